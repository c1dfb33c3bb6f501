/**
 * Long work in slices, so that no task blocks the page for long (issue 14: no task over 50 ms
 * while 1,000 events are parsed and shown). A piece of work is written once, as a generator
 * that `yield`s wherever it may pause (after each item); {@link runToEnd} runs it in one go,
 * {@link runInSlices} pauses for the page whenever a slice has taken {@link SLICE_MS}. Both give
 * the same result: the work does not know how it is run.
 */

/** Work that may pause at each `yield` and finally returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** How long one slice may run before the page gets its turn (well below the 50 ms of a long task). */
export const SLICE_MS = 8;

/** Runs the work without a pause (for callers that need the result at once). */
export function runToEnd<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Runs the work, giving the page its turn (input, rendering) each time a slice has taken
 * `SLICE_MS`. Work that is done within one slice never pauses.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let deadline = performance.now() + sliceMs;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToPage();
      deadline = performance.now() + sliceMs;
    }
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and resumes in a new one: `scheduler.yield()` where there is one (the
 * continuation comes before other queued work), else a message to a `MessageChannel` (not
 * clamped to 4 ms as a nested `setTimeout` is). No code is built from text: CSP-safe.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
