// The Chromium (or Chrome) every tool here starts (tests, examples, Storybook smoke test,
// benchmarks): where it is, and the flags it needs as root on a closed network, where it would
// otherwise try to reach Google's services at every start.
//
//   node scripts/chromium.mjs     (`pretest`: the first step of `npm test`)
//
// finds it (CHROME_PATH, else the usual places on Linux, macOS and Windows); when there is none,
// installs Debian's Chromium as root with apt-get (as .ci/run does), else stops at once with one
// line saying what to install or which CHROME_PATH to set. No browser is ever downloaded.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Where a Chromium or Chrome usually is, in the order tried after CHROME_PATH. */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The browser to start: CHROME_PATH when set (whether or not it exists), else the first one found. */
export function findChromium(env = process.env, candidates = chromiumCandidates) {
  if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return candidates.find(executable);
}

/** The Chromium binary: `CHROME_PATH`, else the first one found, else Debian's path. */
export const chromiumPath = findChromium() ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for running as root without a GPU and without background network traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The one line shown when there is no browser and it cannot be installed here. */
export function missingMessage(env = process.env) {
  return env.CHROME_PATH
    ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file: point it at a Chromium or Chrome binary.`
    : 'No Chromium or Chrome found: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or Google Chrome, or set CHROME_PATH to its binary.';
}

const hasAptGet = () => spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Makes sure there is a browser: installs Debian's Chromium as root where apt-get exists (never
 * when CHROME_PATH names a missing file: that is a mistake to report, not to paper over).
 * Returns its path, or undefined after printing what to do.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!process.env.CHROME_PATH && process.getuid?.() === 0 && hasAptGet()) {
    console.log("No Chromium or Chrome found: installing Debian's Chromium (apt-get install chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) =>
      spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  console.error(missingMessage());
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!ensureChromium()) process.exit(1);
}
