import { z } from 'zod';
import { imageExtensions } from '../data/media';
import { isRealDate, pad } from '../lib/civil-date';

export { isRealDate };

/**
 * Small reusable field types. Every content schema is composed from these,
 * so a date or a slug is validated the same way everywhere.
 */

/**
 * YAML turns unquoted `2026-12-05` (and `2026-12-05T10:00:00`) into a Date at UTC.
 * We store local wall-clock values, so we read the Date back through its UTC fields.
 */
function yamlDateToLocal(value: unknown, withTime: boolean): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  return withTime ? `${day}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day;
}

/** A calendar day, `YYYY-MM-DD`. */
export const localDate = z.preprocess(
  (v) => yamlDateToLocal(v, false),
  z
    .string({ error: 'Une date est attendue, au format AAAA-MM-JJ (par exemple 2026-12-05).' })
    // abort: a text that is not a date at all is not also told that the day does not exist.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Date attendue au format AAAA-MM-JJ (par exemple 2026-12-05).', abort: true })
    .refine(isRealDate, { error: "Cette date n'existe pas dans le calendrier." }),
);

const DATE_TIME_FORMAT = 'Date et heure attendues au format AAAA-MM-JJTHH:MM (par exemple 2026-12-05T10:00).';
const NOT_A_DAY = "Cette date n'existe pas dans le calendrier.";
const WITH_ZONE = "L'heure s'écrit à l'heure locale de la coopérative, sans fuseau : retirez « Z » ou « +02:00 » (par exemple 2026-12-05T10:00).";

/** YAML's date-time forms, read down to the minute: a space for the T, seconds (ignored). */
const dateTimeRE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The most helpful message for a date-time that was refused: a time zone
 * suffix would silently shift the hour, so it gets its own explanation.
 */
function dateTimeMessage(input: unknown, fallback: string): string {
  if (typeof input !== 'string') return fallback;
  if (/^\d{4}-\d{2}-\d{2}/.test(input) && !isRealDate(input)) return NOT_A_DAY;
  if (/[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)$/i.test(input)) return WITH_ZONE;
  return fallback;
}

/** A local wall-clock time in the co-op's time zone, `YYYY-MM-DDTHH:mm`. */
export const localDateTime = z.preprocess(
  (v) => yamlDateToLocal(v, true),
  z
    .string({ error: 'Une date et une heure sont attendues, au format AAAA-MM-JJTHH:MM (par exemple 2026-12-05T10:00).' })
    .transform((s) => {
      const match = dateTimeRE.exec(s.trim());
      return match ? `${match[1]}T${match[2]}` : s;
    })
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => dateTimeMessage(issue.input, DATE_TIME_FORMAT), abort: true })
        .refine(isRealDate, { error: NOT_A_DAY }),
    ),
);

/**
 * Either a day (all-day events) or a local date-time. An unquoted YAML day
 * arrives as a Date at midnight UTC: we read that back as a day, not as 00:00.
 */
export const localDateOrDateTime = z.preprocess(
  (v) => (v instanceof Date && v.getUTCHours() === 0 && v.getUTCMinutes() === 0 ? yamlDateToLocal(v, false) : v),
  z.union([localDateTime, localDate], {
    error: (issue) => dateTimeMessage(issue.input, 'Date attendue (AAAA-MM-JJ) ou date et heure (AAAA-MM-JJTHH:MM).'),
  }),
);

/**
 * Whether the runtime knows a time zone name, aliases included (`Europe/Kyiv`,
 * `Asia/Calcutta`, `America/Montreal`): asked of `Intl.DateTimeFormat` itself,
 * the same code that turns the site's times into instants, rather than a list.
 * @example isTimeZone('America/Montreal') → true
 * @example isTimeZone('Europe/Pariss') → false
 */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** File names of entries, used as references between entries. */
export const slug = z.string({ error: 'Un identifiant est attendu.' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'Identifiant attendu en minuscules sans accents, mots séparés par des tirets (par exemple equipe-du-lundi).',
});

/** A one-line text that must not be empty. */
export const line = (max = 160) =>
  z
    .string({ error: 'Un texte est attendu.' })
    .trim()
    .min(1, { error: 'Ce champ ne peut pas être vide.' })
    .max(max, { error: `Texte trop long : ${max} caractères au plus.` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'Une seule ligne est attendue.' });

/** Web addresses that may be printed as links: https only, no dangerous schemes. */
export const httpsUrl = z
  .string({ error: 'Une adresse web est attendue.' })
  .trim()
  .regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, { error: 'Adresse web attendue, commençant par https:// (par exemple https://exemple.org/page).' });

/** An answer link: a web page (form, chat) or an e-mail address. */
export const httpsOrMailto = z
  .string({ error: 'Un lien est attendu.' })
  .trim()
  .regex(/^(https:\/\/[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/i, {
    error: 'Lien attendu, commençant par https:// ou mailto: (par exemple mailto:accueil@exemple.org).',
  });

/**
 * A plain e-mail address: the settings' addresses are put into `mailto:` links
 * and shown as text, so nothing that could add recipients or headers gets in
 * (no `?cc=`, `&`, `%`, quotes, spaces).
 */
export const email = z
  .string({ error: 'Une adresse e-mail est attendue.' })
  .trim()
  .regex(/^[A-Za-z0-9._+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)+$/, {
    error: 'Adresse e-mail seule attendue, sans espace ni « ? », « & », « % » ou guillemets (par exemple contact@exemple.org).',
  });

/**
 * A file under public/, referenced by its site path. Only a path of this site:
 * `//host/x.png`, `/\\host/x.png`, backslashes, `..` and spaces would let a
 * browser fetch it elsewhere (or nowhere), so they are refused.
 */
export const publicPath = z
  .string({ error: 'Un chemin de fichier est attendu.' })
  .regex(new RegExp(String.raw`^\/(?![/\\])(?:[\w\-]+\/)*[\w\-.]+\.(?:${imageExtensions.join('|')})$`, 'i'), {
    error: 'Chemin d’image du site attendu, commençant par /media/ (par exemple /media/affiche.jpg).',
  })
  .refine((path) => !path.split('/').includes('..'), { error: 'Chemin d’image du site attendu, commençant par /media/ (par exemple /media/affiche.jpg).' });

export const order = z
  .number({ error: 'Un nombre est attendu.' })
  .int({ error: 'Un nombre entier est attendu.' })
  .min(0, { error: 'Un nombre positif est attendu.' });

export const hexColour = z
  .string({ error: 'Une couleur est attendue.' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Couleur attendue au format #RRGGBB (par exemple #2f6f4e).' });
