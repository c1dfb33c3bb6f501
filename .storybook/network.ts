import { feedLoader } from '../src/index.js';

/**
 * Storybook's own feed addresses (`storybook:…`, listed in stories/docs/feeds.ts) produce the
 * states a static file cannot produce without a console error. They go through the library's
 * network seam (`feedLoader.setFetch`), never over the network; every other address is fetched
 * as usual. They exist only inside Storybook.
 *
 * - `storybook:pending`: an answer that never comes. The loading state; after the loader's time
 *   limit (15 s) the timeout error, exactly as with a real server that hangs.
 * - `storybook:offline`: a failed request, as when the server cannot be reached.
 * - `storybook:status/503`: an HTTP answer with that status (any 3-digit code) and no body.
 */
export function installStoryNetwork(): void {
  feedLoader.setFetch((url, init) => {
    if (!url.startsWith('storybook:')) return fetch(url, init);
    const what = url.slice('storybook:'.length);
    if (what === 'pending') {
      // Only the loader's abort (time limit, element removed) ends it, as with real fetch.
      return new Promise<Response>((_, reject) =>
        init.signal.addEventListener('abort', () => reject(init.signal.reason), { once: true }),
      );
    }
    if (what === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const status = /^status\/(\d{3})$/.exec(what);
    if (status) return Promise.resolve(new Response(null, { status: Number(status[1]) }));
    return Promise.reject(new TypeError(`Unknown Storybook feed address: ${url}`));
  });
}
