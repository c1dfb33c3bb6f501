// Runs before the widgets load (a classic script): what legacy host pages do to the globals.
window.globalsBefore = new Set(Object.getOwnPropertyNames(window));
Object.prototype.legacyHelper = function legacyHelper() {
  return 'from a legacy library';
};
Object.prototype.title = 'Von Object.prototype';
const platformParse = JSON.parse;
JSON.parse = (text, reviver) =>
  platformParse(text, (key, value) => {
    const revived = reviver ? reviver(key, value) : value;
    return typeof revived === 'string' && /^\d{4}-\d{2}-\d{2}/.test(revived) ? new Date(revived) : revived;
  });
const platformDefine = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => {
  if (name === 'network-card')
    throw new DOMException('a scoped-registry shim refuses it', 'NotSupportedError');
  return platformDefine(name, ...rest);
};
window.uncaught = [];
addEventListener('error', (e) => window.uncaught.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.uncaught.push(String(e.reason)));
