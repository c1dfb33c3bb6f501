// Demo and test harness, NOT part of the embed: records what a page would otherwise only show
// in the console (errors, warnings, Content-Security-Policy violations), so a person reading a
// demo page and the browser tests (test/embed) can see it. Load it first, as a classic script.
(() => {
  const log = { errors: [], console: [], violations: [] };
  window.embedHarness = log;
  for (const level of ['error', 'warn', 'log', 'info', 'debug']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      log.console.push({ level, text: args.map(String).join(' ') });
      original(...args);
    };
  }
  window.addEventListener('error', (event) => log.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) =>
    log.violations.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
    ),
  );
  // A line at the foot of the page says what happened, for people looking at a demo.
  const report = () => {
    const out = document.getElementById('harness-report');
    if (out)
      out.textContent =
        `Fehler: ${log.errors.length} · Warnungen in der Konsole: ` +
        `${log.console.filter((c) => c.level === 'warn' || c.level === 'error').length} · ` +
        `CSP-Verstöße: ${log.violations.length}`;
  };
  window.addEventListener('load', () => setTimeout(report, 1500));
})();
