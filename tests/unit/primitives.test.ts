import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { httpsOrMailto, httpsUrl, isRealDate, localDate, localDateOrDateTime, localDateTime } from '../../src/schemas/primitives';

/** The parsed value, or the messages a volunteer would read. */
function parse(schema: z.ZodType, value: unknown): { ok: unknown } | { errors: string[] } {
  const result = schema.safeParse(value);
  return result.success ? { ok: result.data } : { errors: result.error.issues.map((i) => i.message) };
}

/** A YAML 1.1 parser (or a program filling data in) may hand over a Date at UTC for an unquoted date: the schemas read it back. */
const yamlDate = (text: string) => new Date(`${text}Z`);

describe('isRealDate', () => {
  it.each([
    ['2026-12-05', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-12-05T10:00', true],
  ] as const)('%s → %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
  });
});

describe('localDate', () => {
  it('accepts a day written as text or read by YAML as a Date', () => {
    expect(parse(localDate, '2026-12-05')).toEqual({ ok: '2026-12-05' });
    expect(parse(localDate, new Date('2026-12-05'))).toEqual({ ok: '2026-12-05' });
  });

  it('refuses a day that does not exist, with one clear message', () => {
    expect(parse(localDate, '2026-02-30')).toEqual({ errors: ["Cette date n'existe pas dans le calendrier."] });
    expect(parse(localDate, '2026-02-29')).toEqual({ errors: ["Cette date n'existe pas dans le calendrier."] });
  });

  it('explains the expected format for other texts', () => {
    for (const text of ['5/12/2026', '2026-12-5', 'demain', '2026-12-05T10:00']) {
      expect(parse(localDate, text)).toEqual({ errors: ['Date attendue au format AAAA-MM-JJ (par exemple 2026-12-05).'] });
    }
    expect(parse(localDate, 20261205)).toEqual({ errors: ['Une date est attendue, au format AAAA-MM-JJ (par exemple 2026-12-05).'] });
  });
});

describe('localDateTime', () => {
  it('accepts the forms YAML and editors write, down to the minute', () => {
    expect(parse(localDateTime, '2026-12-05T10:00')).toEqual({ ok: '2026-12-05T10:00' });
    expect(parse(localDateTime, '2026-12-05 10:00')).toEqual({ ok: '2026-12-05T10:00' });
    expect(parse(localDateTime, '2026-12-05T10:00:00')).toEqual({ ok: '2026-12-05T10:00' });
    expect(parse(localDateTime, ' 2026-12-05T18:30 ')).toEqual({ ok: '2026-12-05T18:30' });
  });

  it('reads a YAML Date as the wall-clock time that was written', () => {
    expect(parse(localDateTime, yamlDate('2026-12-05T10:00:00'))).toEqual({ ok: '2026-12-05T10:00' });
    expect(parse(localDateTime, yamlDate('2026-07-14T23:45:00'))).toEqual({ ok: '2026-07-14T23:45' });
  });

  it('refuses a day that does not exist', () => {
    expect(parse(localDateTime, '2026-02-30T10:00')).toEqual({ errors: ["Cette date n'existe pas dans le calendrier."] });
  });

  it('refuses an hour that does not exist', () => {
    for (const text of ['2026-12-05T24:00', '2026-12-05T10:60', '2026-12-05T9:00']) {
      expect(parse(localDateTime, text)).toEqual({ errors: ['Date et heure attendues au format AAAA-MM-JJTHH:MM (par exemple 2026-12-05T10:00).'] });
    }
  });

  it('refuses a time zone rather than shifting the hour without a word', () => {
    for (const text of ['2026-12-05T10:00Z', '2026-12-05T10:00:00Z', '2026-12-05T10:00+02:00', '2026-12-05T10:00-0500']) {
      const result = parse(localDateTime, text);
      expect(result, text).toHaveProperty('errors');
      expect('errors' in result && result.errors[0], text).toContain('sans fuseau');
    }
  });

  it('refuses text after the time instead of cutting it off', () => {
    expect(parse(localDateTime, '2026-12-05T10:00 environ')).toHaveProperty('errors');
    expect(parse(localDateTime, '2026-12-05T10:005')).toHaveProperty('errors');
  });

  it('refuses a day without a time', () => {
    expect(parse(localDateTime, '2026-12-05')).toHaveProperty('errors');
  });
});

describe('localDateOrDateTime', () => {
  it('keeps a day as a day and a date-time as a date-time', () => {
    expect(parse(localDateOrDateTime, '2026-12-05')).toEqual({ ok: '2026-12-05' });
    expect(parse(localDateOrDateTime, '2026-12-05T10:00')).toEqual({ ok: '2026-12-05T10:00' });
  });

  it('reads an unquoted YAML day (a Date at midnight) as a day, not as 00:00', () => {
    expect(parse(localDateOrDateTime, new Date('2026-12-05'))).toEqual({ ok: '2026-12-05' });
  });

  it('reads a YAML timestamp as a date-time', () => {
    expect(parse(localDateOrDateTime, yamlDate('2026-12-05T10:30:00'))).toEqual({ ok: '2026-12-05T10:30' });
  });

  it('says that a day does not exist, in either form', () => {
    expect(parse(localDateOrDateTime, '2026-02-30')).toEqual({ errors: ["Cette date n'existe pas dans le calendrier."] });
    expect(parse(localDateOrDateTime, '2026-02-30T10:00')).toEqual({ errors: ["Cette date n'existe pas dans le calendrier."] });
  });

  it('explains a time zone, and both forms otherwise', () => {
    expect(parse(localDateOrDateTime, '2026-12-05T10:00Z')).toEqual({ errors: [expect.stringContaining('sans fuseau')] });
    expect(parse(localDateOrDateTime, 'samedi')).toEqual({ errors: ['Date attendue (AAAA-MM-JJ) ou date et heure (AAAA-MM-JJTHH:MM).'] });
  });
});

describe('httpsUrl', () => {
  it('accepts https addresses, trimmed', () => {
    expect(parse(httpsUrl, 'https://exemple.org/page?x=1#haut')).toEqual({ ok: 'https://exemple.org/page?x=1#haut' });
    expect(parse(httpsUrl, '  https://visio.exemple.org/reunion  ')).toEqual({ ok: 'https://visio.exemple.org/reunion' });
  });

  it.each([
    ['http:', 'http://exemple.org'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in disguise', 'javascript://exemple.org/%0Aalert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:contact@exemple.org'],
    ['no host', 'https://'],
    ['a space inside', 'https://exemple.org/ma page'],
    ['no scheme', 'exemple.org'],
  ])('refuses %s', (_, url) => {
    expect(parse(httpsUrl, url)).toEqual({ errors: ['Adresse web attendue, commençant par https:// (par exemple https://exemple.org/page).'] });
  });
});

describe('httpsOrMailto', () => {
  it('accepts a web page or an e-mail address', () => {
    expect(parse(httpsOrMailto, 'https://framaforms.org/inscription')).toEqual({ ok: 'https://framaforms.org/inscription' });
    expect(parse(httpsOrMailto, 'mailto:accueil@exemple.org')).toEqual({ ok: 'mailto:accueil@exemple.org' });
    expect(parse(httpsOrMailto, 'mailto:accueil@exemple.org?subject=Inventaire')).toEqual({ ok: 'mailto:accueil@exemple.org?subject=Inventaire' });
  });

  it.each(['http://exemple.org', 'javascript:alert(1)', 'mailto:accueil', 'mailto:accueil@exemple', 'accueil@exemple.org', 'tel:+33100000000'])(
    'refuses %s',
    (url) => {
      expect(parse(httpsOrMailto, url)).toHaveProperty('errors');
    },
  );
});
