/**
 * Writing JSON-LD into a `<script type="application/ld+json">` under Trusted Types.
 *
 * A script element's text is a Trusted Types sink whatever its `type`: on a page with
 * `require-trusted-types-for 'script'` a plain string throws. The text goes through the policy
 * **`bildungsnetz-widgets`**, made on the first JSON-LD written (a page that never asks for
 * structured data sees no policy), which passes only text that is JSON, nothing that could run.
 * A page that enforces Trusted Types lists it: `trusted-types lit-html bildungsnetz-widgets`.
 */

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): ScriptPolicy;
}

/** The policy's name, to be listed in a page's `trusted-types` directive. */
export const POLICY_NAME = 'bildungsnetz-widgets';

/** The platform's JSON.parse, kept at load: a page may wrap it later. */
const jsonParse = JSON.parse;

/** The policy once made; `null` when the page has no Trusted Types or refuses the policy. */
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy =
      factory?.createPolicy(POLICY_NAME, {
        createScript: (text) => {
          jsonParse(text); // throws for anything that is not JSON
          return text;
        },
      }) ?? null;
  } catch {
    // The page's `trusted-types` directive does not list the policy: strings, which such a
    // page refuses (the caller then writes no JSON-LD).
    policy = null;
  }
  return policy;
}

/**
 * Sets a script element's text to JSON-LD, through the policy where Trusted Types exist.
 * Returns false when the page refuses it (Trusted Types enforced, the policy not allowed).
 */
export function setJsonLd(script: HTMLScriptElement, json: string): boolean {
  const trusted = scriptPolicy()?.createScript(json) ?? json;
  try {
    // A TrustedScript is what the sink takes; TypeScript's DOM types know only strings.
    script.textContent = trusted as string;
    return true;
  } catch {
    return false;
  }
}
