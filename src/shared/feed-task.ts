/**
 * The small part of `@lit/task` the elements use, in a fraction of its bytes: a controller that
 * runs an async function when its arguments change (compared one by one with `!==`) and aborts
 * the previous run. Same names and meaning as `@lit/task` (its `render()` helper is left out:
 * FeedElement reads `status` itself), so it could be swapped back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `@lit/task`'s `TaskStatus` values, as constants the minifier can inline. */
export const INITIAL = 0;
export const PENDING = 1;
export const COMPLETE = 2;
export const ERROR = 3;
export type TaskStatus = typeof INITIAL | typeof PENDING | typeof COMPLETE | typeof ERROR;

/** Returned by a task function: go back to the initial state (nothing to do yet). */
export const initialState = Symbol('initialState');

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<R | typeof initialState>;
  args: () => A;
}

export class Task<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = INITIAL;
  value?: R;
  error?: unknown;
  /** While false, changed arguments do not start a run. */
  autoRun = true;
  private lastArgs?: A;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TaskConfig<A, R>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.autoRun) return;
    const args = this.config.args();
    const last = this.lastArgs;
    if (last && args.length === last.length && args.every((arg, i) => arg === last[i])) return;
    this.lastArgs = args;
    void this.run();
  }

  /** Runs the task now with the current arguments. */
  async run(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.lastArgs ??= this.config.args();
    this.status = PENDING;
    this.host.requestUpdate();
    try {
      const result = await this.config.task(this.lastArgs, { signal: controller.signal });
      if (controller !== this.controller) return;
      if (result === initialState) this.status = INITIAL;
      else {
        this.value = result;
        this.status = COMPLETE;
      }
    } catch (error) {
      if (controller !== this.controller) return;
      this.error = error;
      this.status = ERROR;
    }
    this.host.requestUpdate();
  }

  /** Aborts the running task; its function sees `reason` on its signal. */
  abort(reason?: unknown): void {
    this.controller?.abort(reason);
  }
}
