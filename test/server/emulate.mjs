// A Web Test Runner command for tests that need another browser: `emulate` sets the test
// page's time zone and/or user agent through the Chrome DevTools Protocol (Playwright's
// Chromium), at once and for the rest of the page's life; `{}` restores both.
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   await executeServerCommand('emulate', { timezoneId: 'Asia/Tokyo' });
//   await executeServerCommand('emulate', { userAgent: 'Mozilla/5.0 (iPhone; …) Instagram …' });

const sessions = new WeakMap();

export function emulatePlugin() {
  return {
    name: 'emulate-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('emulate needs the Playwright launcher');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        sessions.set(page, cdp);
      }
      // An empty time zone / user agent restores the browser's own.
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timezoneId ?? '' });
      await cdp.send('Emulation.setUserAgentOverride', { userAgent: payload?.userAgent ?? '' });
      return true;
    },
  };
}
