/**
 * Barrier-free venues: the facts of `location.accessibility` in words, and the feature names
 * of the `accessible` filter. Only what the publisher states is shown: a key that is absent is
 * "unknown" and shown not at all; `false` is a stated "no" and shown as such ("Kein
 * stufenloser Zugang"), because a visitor who needs the feature must know. Plain TypeScript.
 */
import type { Locale } from './messages.js';
import type { Accessibility } from './types.js';

/** The boolean facts, in the order they are shown. */
export type AccessibilityFeature = Exclude<keyof Accessibility, 'note'>;

/** Each fact's filter value (`accessible="step-free hearing-loop"`) → its key in the feed. */
export const FEATURES: Readonly<Record<string, AccessibilityFeature>> = {
  'step-free': 'stepFree',
  'accessible-toilet': 'accessibleToilet',
  'hearing-loop': 'hearingLoop',
  'sign-language': 'signLanguage',
  'easy-language': 'easyLanguage',
  parking: 'parking',
};

/** The filter value of a feed key (`stepFree` → `step-free`). */
export const featureValue = (key: AccessibilityFeature): string =>
  Object.keys(FEATURES).find((value) => FEATURES[value] === key)!;

/** The feed keys of filter values; unknown values are kept (they match nothing). */
export const featureKeys = (values: readonly string[]): string[] =>
  values.map((v) => FEATURES[v.toLowerCase()] ?? v);

/** Per fact: what "yes" and what "no" is called. */
const NAMES: Record<Locale, Record<AccessibilityFeature, [yes: string, no: string]>> = {
  de: {
    stepFree: ['Stufenloser Zugang', 'Kein stufenloser Zugang'],
    accessibleToilet: ['Barrierefreies WC', 'Kein barrierefreies WC'],
    hearingLoop: ['Induktionsschleife', 'Keine Induktionsschleife'],
    signLanguage: ['Gebärdensprachdolmetschung', 'Keine Gebärdensprachdolmetschung'],
    easyLanguage: ['Material in Leichter Sprache', 'Kein Material in Leichter Sprache'],
    parking: ['Behindertenparkplatz', 'Kein Behindertenparkplatz'],
  },
  en: {
    stepFree: ['Step-free access', 'No step-free access'],
    accessibleToilet: ['Accessible toilet', 'No accessible toilet'],
    hearingLoop: ['Hearing loop', 'No hearing loop'],
    signLanguage: ['Sign-language interpreting', 'No sign-language interpreting'],
    easyLanguage: ['Material in Easy Read', 'No material in Easy Read'],
    parking: ['Accessible parking', 'No accessible parking'],
  },
};

export const ACCESSIBILITY_FEATURES = Object.keys(NAMES.de) as AccessibilityFeature[];

/** The name of a fact that is there ("Stufenloser Zugang"). */
export const featureName = (key: AccessibilityFeature, locale: Locale): string => NAMES[locale][key][0];

/** The stated facts in words, in a fixed order, then the note; empty when nothing is stated. */
export function accessibilityFacts(a: Accessibility | undefined, locale: Locale): string[] {
  if (!a) return [];
  const facts = ACCESSIBILITY_FEATURES.filter((key) => typeof a[key] === 'boolean').map(
    (key) => NAMES[locale][key][a[key] ? 0 : 1],
  );
  return a.note ? [...facts, a.note] : facts;
}
