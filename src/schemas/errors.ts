import { z } from 'zod';

/**
 * French for the checks a schema states without its own sentence (a bare
 * `.min(1)`, an object where a text was written…): Zod's own messages are
 * English, and a volunteer must never read one. A schema's own `error` still
 * wins; this only fills the gaps. Imported once by `schemas/index.ts`, so the
 * build, the content check and the CMS all speak the same French.
 */

const expectedWords: Record<string, string> = {
  string: 'Un texte est attendu.',
  number: 'Un nombre est attendu.',
  int: 'Un nombre entier est attendu.',
  boolean: 'Oui ou non est attendu (true ou false).',
  array: 'Une liste est attendue.',
  object: 'Un bloc de champs est attendu.',
  date: 'Une date est attendue.',
};

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) > 1 ? many : one}`;

/** The French sentence for one issue, or undefined to keep the schema's own. */
export function frenchIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return expectedWords[issue.expected] ?? 'Cette valeur n’est pas du type attendu.';
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string') return `Au moins ${plural(min, 'caractère', 'caractères')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Au moins ${plural(min, 'élément', 'éléments')}.`;
      return issue.inclusive ? `La valeur vaut au moins ${min}.` : `La valeur doit être plus grande que ${min}.`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `Au plus ${plural(max, 'caractère', 'caractères')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Au plus ${plural(max, 'élément', 'éléments')}.`;
      return issue.inclusive ? `La valeur vaut au plus ${max}.` : `La valeur doit être plus petite que ${max}.`;
    }
    case 'invalid_value':
      return `Valeur attendue parmi : ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return 'Cette valeur n’a pas la forme attendue.';
    case 'not_multiple_of':
      return `Un multiple de ${String(issue.divisor)} est attendu.`;
    case 'unrecognized_keys':
      return `Champ inconnu : ${issue.keys.join(', ')}.`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return 'Cette valeur n’est pas valide.';
    default:
      return undefined;
  }
}

z.config({ customError: frenchIssue });
