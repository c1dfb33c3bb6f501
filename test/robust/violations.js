// Loaded first by the CSP and Trusted Types pages (an external classic script: inline scripts
// are what the policy forbids): records every policy violation of the page.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
