// Debian's Chromium as every tool here starts it (tests, Storybook smoke test, benchmarks):
// the path (CHROME_PATH overrides it) and the flags it needs as root on a closed network,
// where it would otherwise try to reach Google's services at every start.

/** The Chromium binary: `CHROME_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for running as root without a GPU and without background network traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
