// Web Test Runner: every browser test runs in real headless Chromium (Debian's by default;
// set CHROME_PATH to use another Chrome). No browser is ever downloaded.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { emulatePlugin } from './test/server/emulate.mjs';
import { testServerMiddleware } from './test/server/routes.mjs';

export default {
  // `*.alone.test.ts` measure time: they run alone, on a quiet machine (`npm run test:long-tasks`).
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/node/**', '!test/**/*.alone.test.ts'],
  // The production build of Lit, as partners' visitors get it (and no dev-mode console noise).
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: testServerMiddleware,
  plugins: [
    // `executeServerCommand('emulate', { timezoneId, userAgent })` (test/server/emulate.mjs).
    emulatePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        args: [...chromiumArgs, '--disable-quic'],
      },
    }),
  ],
};
