import type { UiKey } from '../i18n/index';

/**
 * Flat dotted-key dictionaries (Starlight style). The default language is
 * complete; another language is one more file with the same keys. Keys are
 * typed from `src/i18n/fr.ts`: asking for a key French does not have is a
 * type error (`astro check`), not a surprise at build time.
 */
export type Dictionary<K extends string = string> = Readonly<Record<K, string>>;

export type Params = Readonly<Record<string, string | number>>;

/** A translator of the site's words (the keys of fr.ts), or of the keys of a given dictionary. */
export type Translate<K extends string = UiKey> = (key: K, params?: Params) => string;

/**
 * Fills `{name}` placeholders; `{n|singulier|pluriel}` picks a form by the number `n`.
 * @example interpolate('{n} groupe{n||s}', { n: 2 }) → '2 groupes'
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined && many !== undefined) return Number(value) > 1 ? many : one;
    return String(value);
  });
}

/**
 * A translator over a dictionary; an unknown key throws, so a typo fails the build
 * instead of printing a key to members.
 * @example createTranslator({ 'nav.home': 'Accueil' })('nav.home') → 'Accueil'
 */
export function createTranslator<K extends string>(dictionary: Partial<Dictionary<K>>, fallback?: Dictionary<K>): Translate<K> {
  return (key, params) => {
    const template = dictionary[key] ?? fallback?.[key];
    if (template === undefined) throw new Error(`Missing UI string "${key}"`);
    return interpolate(template, params);
  };
}

/** Keys of `reference` missing from `candidate`, and keys `candidate` has in excess. */
export function compareDictionaries(reference: Dictionary, candidate: Partial<Dictionary>): { missing: string[]; extra: string[] } {
  const missing = Object.keys(reference).filter((k) => !(k in candidate));
  const extra = Object.keys(candidate).filter((k) => !(k in reference));
  return { missing, extra };
}
