import { parseContentFile } from '../../src/lib/frontmatter';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dictionaries } from '../../src/i18n/index';
import { addDays } from '../../src/lib/civil-date';
import { createTranslator } from '../../src/lib/i18n';
import {
  expandOccurrences,
  isOccurrenceDate,
  nextOccurrences,
  occurrenceOnDate,
  weekdayOf,
  type AgendaTiming,
  type Occurrence,
} from '../../src/lib/recurrence';
import { recurrenceProblems } from '../../src/lib/recurrence-checks';
import { describeRecurrence, describeSeries } from '../../src/lib/recurrence-words';

const french = { t: createTranslator(dictionaries.fr), locale: 'fr-FR' };
import { placeSchema } from '../../src/schemas/place';
import { recurrenceChangeSchema, recurrenceSchema, type Recurrence } from '../../src/schemas/recurrence';

const starts = (occurrences: Occurrence[]) => occurrences.map((o) => o.start);
const dates = (event: AgendaTiming, from: string, to: string) => starts(expandOccurrences(event, { from, to }));

/** Brute force, independent of the implementation: every day whose weekday and rank in its month match. */
function bruteForceMonthly(start: string, to: string, test: (day: Date) => boolean): string[] {
  const out: string[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d = new Date(d.getTime() + 86_400_000)) {
    if (test(d)) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

describe('recurrenceSchema', () => {
  it('accepts a full block and leaves defaults to the logic', () => {
    const parsed = recurrenceSchema.parse({
      frequency: 'weekly',
      interval: 2,
      weekdays: ['sa', 'mo'],
      until: '2027-06-30',
      cancelled: ['2026-12-26'],
      changes: [{ date: '2027-01-02', start: '2027-01-02T14:00', place: { name: 'Jardin', address: '3 rue Verte' }, note: 'Au jardin' }],
    });
    expect(parsed.weekdays).toEqual(['sa', 'mo']);
    expect(recurrenceSchema.parse({ frequency: 'monthly' })).toEqual({ frequency: 'monthly' });
  });

  it('reads unquoted dates and times in a YAML block as their quoted forms', () => {
    const yaml = [
      'frequency: weekly',
      'until: 2027-06-30',
      'cancelled: [2026-12-26, "2027-01-09"]',
      'changes:',
      '  - date: 2027-01-02',
      '    start: 2027-01-02T14:00:00',
      "    end: '2027-01-02T16:00'",
    ].join('\n');
    // Read as the site reads files: unquoted dates and times stay the text written.
    const raw = parseContentFile(yaml, 'yaml').data as Record<string, unknown>;
    expect(raw['until']).toBe('2027-06-30');
    expect(recurrenceSchema.parse(raw)).toEqual({
      frequency: 'weekly',
      until: '2027-06-30',
      cancelled: ['2026-12-26', '2027-01-09'],
      changes: [{ date: '2027-01-02', start: '2027-01-02T14:00', end: '2027-01-02T16:00' }],
    });
  });

  it.each([
    [{ frequency: 'daily' }, ['frequency'], 'Fréquence attendue : weekly (chaque semaine), monthly (chaque mois) ou yearly (chaque année).'],
    [{ frequency: 'weekly', interval: 0 }, ['interval'], 'L’intervalle vaut au moins 1 (1 = chaque semaine, chaque mois ou chaque année).'],
    [{ frequency: 'weekly', interval: 1.5 }, ['interval'], 'Un nombre entier est attendu : 1 pour chaque fois, 2 pour une fois sur deux…'],
    [{ frequency: 'weekly', count: 5000 }, ['count'], 'Le nombre de fois vaut au plus 500 ; pour plus, laissez-le vide ou indiquez une date de fin.'],
    [
      { frequency: 'weekly', weekdays: ['samedi'] },
      ['weekdays', 0],
      'Jour attendu : mo (lundi), tu (mardi), we (mercredi), th (jeudi), fr (vendredi), sa (samedi) ou su (dimanche).',
    ],
    [{ frequency: 'weekly', weekdays: 'sa' }, ['weekdays'], 'Une liste de jours est attendue, par exemple [sa] ou [mo, th].'],
    [{ frequency: 'monthly', monthly: 'second-tuesday' }, ['monthly'], expect.stringContaining('Mode mensuel attendu')],
    [{ frequency: 'weekly', until: '2027-02-30' }, ['until'], "Cette date n'existe pas dans le calendrier."],
    [{ frequency: 'weekly', cancelled: ['26/12/2026'] }, ['cancelled', 0], 'Date attendue au format AAAA-MM-JJ (par exemple 2026-12-05).'],
    [{ frequency: 'weekly', changes: [{ date: '2027-01-02', place: { name: '' } }] }, ['changes', 0, 'place', 'name'], 'Ce champ ne peut pas être vide.'],
  ])('explains %j in French', (input, path, message) => {
    const result = recurrenceSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path, message });
  });

  it('rejects unknown keys, which are usually typos', () => {
    expect(recurrenceSchema.safeParse({ frequency: 'weekly', weekday: ['sa'] }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('gives every field a French title and description for the CMS', () => {
    for (const schema of [recurrenceSchema, recurrenceChangeSchema, placeSchema]) {
      const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, { title?: string; description?: string }> };
      for (const [key, field] of Object.entries(json.properties)) {
        expect(field.title, key).toBeTruthy();
        expect(field.description, key).toBeTruthy();
      }
    }
  });
});

describe('expandOccurrences: single events', () => {
  it('yields one occurrence for a non-recurring event', () => {
    expect(expandOccurrences({ start: '2026-12-05T10:00', end: '2026-12-05T12:00' }, { from: '2026-12-01', to: '2026-12-31' })).toEqual([
      { start: '2026-12-05T10:00', end: '2026-12-05T12:00', allDay: false, originalDate: '2026-12-05', cancelled: false, changed: false },
    ]);
    expect(expandOccurrences({ start: '2026-12-05T10:00' }, { from: '2026-12-06', to: '2026-12-31' })).toEqual([]);
  });

  it('finds a multi-day all-day event from any of its days', () => {
    const event = { start: '2026-12-04', end: '2026-12-06', allDay: true };
    expect(expandOccurrences(event, { from: '2026-12-06', to: '2026-12-06' })).toEqual([
      { start: '2026-12-04', end: '2026-12-06', allDay: true, originalDate: '2026-12-04', cancelled: false, changed: false },
    ]);
    expect(expandOccurrences(event, { from: '2026-12-07', to: '2026-12-31' })).toEqual([]);
  });

  it('marks every occurrence of a cancelled event', () => {
    expect(expandOccurrences({ start: '2026-12-05', cancelled: true }, { from: '2026-12-01', to: '2026-12-31' })[0]?.cancelled).toBe(true);
  });

  it('includes an event still running at the window start', () => {
    expect(dates({ start: '2026-12-05T10:00', end: '2026-12-05T12:00' }, '2026-12-05T11:00', '2026-12-31')).toEqual(['2026-12-05T10:00']);
  });
});

describe('expandOccurrences: weekly', () => {
  it('repeats on the start’s weekday by default, at the same wall-clock time across daylight saving', () => {
    expect(dates({ start: '2026-10-18T10:00', recurrence: { frequency: 'weekly' } }, '2026-10-01', '2026-11-08')).toEqual([
      '2026-10-18T10:00',
      '2026-10-25T10:00',
      '2026-11-01T10:00',
      '2026-11-08T10:00',
    ]);
  });

  it('follows several weekdays every 2 weeks, weeks starting on Monday', () => {
    const event = { start: '2026-12-10T18:00', recurrence: { frequency: 'weekly', interval: 2, weekdays: ['th', 'mo'] } } satisfies AgendaTiming;
    expect(dates(event, '2026-12-01', '2027-01-10')).toEqual([
      '2026-12-10T18:00',
      '2026-12-21T18:00',
      '2026-12-24T18:00',
      '2027-01-04T18:00',
      '2027-01-07T18:00',
    ]);
  });

  it('stops after until (inclusive) or count', () => {
    expect(dates({ start: '2026-12-05', recurrence: { frequency: 'weekly', until: '2026-12-19' } }, '2026-01-01', '2027-12-31')).toEqual([
      '2026-12-05',
      '2026-12-12',
      '2026-12-19',
    ]);
    expect(dates({ start: '2026-12-05', recurrence: { frequency: 'weekly', count: 2 } }, '2026-01-01', '2027-12-31')).toEqual(['2026-12-05', '2026-12-12']);
  });

  it('counts cancelled dates in count, as RFC 5545 does with EXDATE', () => {
    const occurrences = expandOccurrences(
      { start: '2026-12-05', recurrence: { frequency: 'weekly', count: 3, cancelled: ['2026-12-12'] } },
      { from: '2026-01-01', to: '2027-12-31' },
    );
    expect(occurrences.map((o) => [o.start, o.cancelled])).toEqual([
      ['2026-12-05', false],
      ['2026-12-12', true],
      ['2026-12-19', false],
    ]);
  });

  it('keeps multi-day durations, timed and all-day', () => {
    const weekend = { start: '2026-12-04T18:00', end: '2026-12-06T12:00', recurrence: { frequency: 'weekly' } } satisfies AgendaTiming;
    expect(expandOccurrences(weekend, { from: '2026-12-07', to: '2026-12-13' })).toEqual([
      { start: '2026-12-11T18:00', end: '2026-12-13T12:00', allDay: false, originalDate: '2026-12-11', cancelled: false, changed: false },
    ]);
    const camp = { start: '2026-07-03', end: '2026-07-05', allDay: true, recurrence: { frequency: 'yearly' } } satisfies AgendaTiming;
    expect(expandOccurrences(camp, { from: '2027-07-05', to: '2027-07-05' })).toEqual([
      { start: '2027-07-03', end: '2027-07-05', allDay: true, originalDate: '2027-07-03', cancelled: false, changed: false },
    ]);
  });
});

describe('expandOccurrences: monthly and yearly', () => {
  it('day-of-month from a 31st skips the months without one', () => {
    expect(dates({ start: '2027-01-31', recurrence: { frequency: 'monthly' } }, '2027-01-01', '2027-12-31')).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31',
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
    ]);
  });

  it('weekday-of-month keeps the weekday and its rank (2nd Tuesday)', () => {
    const got = dates({ start: '2026-12-08T18:00', recurrence: { frequency: 'monthly', monthly: 'weekday-of-month' } }, '2026-12-01', '2027-12-31');
    const expected = bruteForceMonthly('2026-12-08', '2027-12-31', (d) => d.getUTCDay() === 2 && Math.ceil(d.getUTCDate() / 7) === 2);
    expect(got).toEqual(expected.map((d) => `${d}T18:00`));
    expect(got.slice(0, 3)).toEqual(['2026-12-08T18:00', '2027-01-12T18:00', '2027-02-09T18:00']);
  });

  it('a 5th Monday skips the months without a 5th Monday (documented rule, like BYDAY=5MO)', () => {
    const got = dates({ start: '2026-11-30', recurrence: { frequency: 'monthly', monthly: 'weekday-of-month' } }, '2026-01-01', '2027-12-31');
    expect(got.slice(0, 4)).toEqual(['2026-11-30', '2027-03-29', '2027-05-31', '2027-08-30']);
    expect(got).toEqual(bruteForceMonthly('2026-11-30', '2027-12-31', (d) => d.getUTCDay() === 1 && d.getUTCDate() > 28));
  });

  it('last-weekday gives the last Friday of each month, every N months', () => {
    const lastFridays = bruteForceMonthly(
      '2026-12-25',
      '2027-12-31',
      (d) => d.getUTCDay() === 5 && d.getUTCDate() + 7 > new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate(),
    );
    expect(dates({ start: '2026-12-25', recurrence: { frequency: 'monthly', monthly: 'last-weekday' } }, '2026-01-01', '2027-12-31')).toEqual(lastFridays);
    expect(dates({ start: '2026-12-25', recurrence: { frequency: 'monthly', monthly: 'last-weekday', interval: 2 } }, '2026-01-01', '2027-04-30')).toEqual([
      '2026-12-25',
      '2027-02-26',
      '2027-04-30',
    ]);
  });

  it('yearly repeats the date; 29 February only in leap years', () => {
    expect(dates({ start: '2026-07-14T11:00', recurrence: { frequency: 'yearly', interval: 2 } }, '2026-01-01', '2031-12-31')).toEqual([
      '2026-07-14T11:00',
      '2028-07-14T11:00',
      '2030-07-14T11:00',
    ]);
    expect(dates({ start: '2028-02-29', recurrence: { frequency: 'yearly' } }, '2028-01-01', '2036-12-31')).toEqual(['2028-02-29', '2032-02-29', '2036-02-29']);
  });
});

describe('expandOccurrences: cancelled and changed dates', () => {
  const permanence = {
    start: '2026-12-05T10:00',
    end: '2026-12-05T12:00',
    recurrence: {
      frequency: 'weekly',
      cancelled: ['2026-12-26'],
      changes: [
        { date: '2026-12-12', end: '2026-12-12T13:00' },
        { date: '2026-12-19', note: 'Avec la mairie' },
        { date: '2027-01-02', start: '2027-01-03T14:00', place: { name: 'Jardin partagé', address: '3 rue Verte' } },
        { date: '2027-02-06', start: '2027-01-20T10:00', end: '2027-01-20T11:00' },
      ],
    },
  } satisfies AgendaTiming;

  it('flags cancelled dates and applies changes of time, place and note', () => {
    expect(expandOccurrences(permanence, { from: '2026-12-01', to: '2027-01-09' })).toEqual([
      { start: '2026-12-05T10:00', end: '2026-12-05T12:00', allDay: false, originalDate: '2026-12-05', cancelled: false, changed: false },
      { start: '2026-12-12T10:00', end: '2026-12-12T13:00', allDay: false, originalDate: '2026-12-12', cancelled: false, changed: true },
      {
        start: '2026-12-19T10:00',
        end: '2026-12-19T12:00',
        allDay: false,
        originalDate: '2026-12-19',
        cancelled: false,
        changed: true,
        note: 'Avec la mairie',
      },
      { start: '2026-12-26T10:00', end: '2026-12-26T12:00', allDay: false, originalDate: '2026-12-26', cancelled: true, changed: false },
      {
        start: '2027-01-03T14:00',
        end: '2027-01-03T16:00',
        allDay: false,
        originalDate: '2027-01-02',
        cancelled: false,
        changed: true,
        place: { name: 'Jardin partagé', address: '3 rue Verte' },
      },
      { start: '2027-01-09T10:00', end: '2027-01-09T12:00', allDay: false, originalDate: '2027-01-09', cancelled: false, changed: false },
    ]);
  });

  it('finds a date by its new time: moved into the window, or out of it', () => {
    const window = expandOccurrences(permanence, { from: '2027-01-17', to: '2027-01-31' });
    expect(window.map((o) => [o.originalDate, o.start])).toEqual([
      ['2027-02-06', '2027-01-20T10:00'],
      ['2027-01-23', '2027-01-23T10:00'],
      ['2027-01-30', '2027-01-30T10:00'],
    ]);
    expect(expandOccurrences(permanence, { from: '2027-01-02', to: '2027-01-02' })).toEqual([]);
  });

  it('finds an occurrence by its original date wherever it moved', () => {
    expect(occurrenceOnDate(permanence, '2027-01-02')?.start).toBe('2027-01-03T14:00');
    expect(occurrenceOnDate(permanence, '2026-12-26')?.cancelled).toBe(true);
    expect(occurrenceOnDate(permanence, '2026-12-27')).toBeUndefined();
    expect(isOccurrenceDate(permanence, '2027-06-26')).toBe(true);
    expect(isOccurrenceDate(permanence, '2026-11-28')).toBe(false);
    expect(isOccurrenceDate({ start: '2026-12-05T10:00' }, '2026-12-05')).toBe(true);
  });
});

describe('nextOccurrences', () => {
  it('lists what is not over yet, up to the horizon', () => {
    const event = { start: '2026-12-05T10:00', end: '2026-12-05T12:00', recurrence: { frequency: 'weekly' } } satisfies AgendaTiming;
    expect(starts(nextOccurrences(event, '2026-12-12T11:00', 1))).toEqual([
      '2026-12-12T10:00',
      '2026-12-19T10:00',
      '2026-12-26T10:00',
      '2027-01-02T10:00',
      '2027-01-09T10:00',
    ]);
    expect(nextOccurrences(event, '2026-12-12T12:01', 6)).toHaveLength(26);
  });
});

describe('small date helpers', () => {
  it('adds days across months and years and names weekdays', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-12-05').key).toBe('sa');
    expect(weekdayOf('1970-01-01').key).toBe('th');
  });
});

describe('describeRecurrence', () => {
  const cases: [Recurrence, string, string][] = [
    [{ frequency: 'weekly' }, '2026-12-05T10:00', 'Tous les samedis'],
    [{ frequency: 'weekly', weekdays: ['th', 'mo'] }, '2026-12-07', 'Tous les lundis et jeudis'],
    [{ frequency: 'weekly', weekdays: ['mo', 'we', 'fr'] }, '2026-12-07', 'Tous les lundis, mercredis et vendredis'],
    [{ frequency: 'weekly', interval: 2, weekdays: ['mo', 'th'] }, '2026-12-07', 'Toutes les 2 semaines, le lundi et le jeudi'],
    [{ frequency: 'monthly' }, '2026-12-15T18:00', 'Le 15 de chaque mois'],
    [{ frequency: 'monthly' }, '2027-01-01', 'Le 1er de chaque mois'],
    [{ frequency: 'monthly' }, '2027-01-31', 'Le 31 de chaque mois (les mois qui ont un 31)'],
    [{ frequency: 'monthly', interval: 3 }, '2026-12-15', 'Le 15, tous les 3 mois'],
    [{ frequency: 'monthly', monthly: 'weekday-of-month' }, '2026-12-08T18:00', 'Le 2e mardi de chaque mois'],
    [{ frequency: 'monthly', monthly: 'weekday-of-month' }, '2026-12-01', 'Le 1er mardi de chaque mois'],
    [{ frequency: 'monthly', monthly: 'weekday-of-month' }, '2026-11-30', 'Le 5e lundi de chaque mois (les mois qui en ont un)'],
    [{ frequency: 'monthly', monthly: 'weekday-of-month', interval: 2 }, '2026-12-08', 'Le 2e mardi, tous les 2 mois'],
    [{ frequency: 'monthly', monthly: 'last-weekday' }, '2026-12-25', 'Le dernier vendredi de chaque mois'],
    [{ frequency: 'yearly' }, '2026-07-14', 'Chaque année le 14 juillet'],
    [{ frequency: 'yearly' }, '2027-05-01', 'Chaque année le 1er mai'],
    [{ frequency: 'yearly', interval: 2 }, '2026-07-14', 'Tous les 2 ans, le 14 juillet'],
    [{ frequency: 'yearly' }, '2028-02-29', 'Chaque année le 29 février (les années bissextiles)'],
    [{ frequency: 'weekly', until: '2027-06-30' }, '2026-12-05', 'Tous les samedis jusqu’au 30 juin 2027'],
    [{ frequency: 'monthly', monthly: 'weekday-of-month', until: '2027-07-01' }, '2026-12-08', 'Le 2e mardi de chaque mois jusqu’au 1er juillet 2027'],
    [{ frequency: 'weekly', count: 10 }, '2026-12-05', 'Tous les samedis, 10 fois'],
  ];
  it.each(cases)('%j from %s → %s', (recurrence, start, text) => {
    expect(describeRecurrence(recurrence, start, french)).toBe(text);
  });

  it('leaves out the end of the series when asked (an agenda card says the next date instead)', () => {
    expect(describeRecurrence({ frequency: 'weekly', until: '2027-06-30' }, '2026-12-05', french, { bounds: false })).toBe('Tous les samedis');
    expect(describeRecurrence({ frequency: 'weekly', count: 10 }, '2026-12-05', french, { bounds: false })).toBe('Tous les samedis');
  });
});

describe('describeSeries: the line of a series’ card', () => {
  const nbsp = (text: string) => text.replaceAll('\u00a0', ' ');
  const permanence = { start: '2026-12-05T10:00', end: '2026-12-05T11:30', recurrence: { frequency: 'weekly', until: '2027-06-30' } as Recurrence };

  it('says how it repeats, its hours and its next date, in few words', () => {
    expect(nbsp(describeSeries(permanence, '2026-12-05T10:00', { ...french, currentYear: 2026 }))).toBe(
      'Tous les samedis, 10 h – 11 h 30 · prochaine : sam. 5 déc.',
    );
    expect(nbsp(describeSeries(permanence, '2027-01-02T10:00', { ...french, currentYear: 2026 }))).toBe(
      'Tous les samedis, 10 h – 11 h 30 · prochaine : sam. 2 janv. 2027',
    );
  });

  it('lists the dates of a series of a few dates instead of its rule', () => {
    const renfort = { start: '2026-12-22T15:00', end: '2026-12-22T20:00', recurrence: { frequency: 'weekly', weekdays: ['tu', 'we'], count: 2 } as Recurrence };
    const options = { ...french, currentYear: 2026 };
    expect(nbsp(describeSeries(renfort, '2026-12-22T15:00', { ...options, dates: ['2026-12-22T15:00', '2026-12-23T15:00'] }))).toBe(
      'mar. 22 déc. et mer. 23 déc., 15 h – 20 h',
    );
    // Some of its dates out of the list (over, or cancelled and left out): the rule again.
    expect(nbsp(describeSeries(renfort, '2026-12-23T15:00', { ...options, dates: ['2026-12-23T15:00'] }))).toBe(
      'Tous les mardis et mercredis, 15 h – 20 h · prochaine : mer. 23 déc.',
    );
  });

  it('says « dernière » in the archives, and no hours for whole days', () => {
    const market = { start: '2026-10-04', recurrence: { frequency: 'monthly' } as Recurrence };
    expect(describeSeries(market, '2026-11-04', { ...french, currentYear: 2026, past: true })).toBe('Le 4 de chaque mois · dernière : mer. 4 nov.');
  });
});

describe('recurrenceProblems', () => {
  const weekly = (recurrence: Partial<Recurrence>, start = '2026-12-05T10:00'): AgendaTiming => ({
    start,
    end: start.length > 10 ? `${start.slice(0, 10)}T12:00` : undefined,
    recurrence: { frequency: 'weekly', ...recurrence },
  });

  it('finds nothing wrong with a sound event, or one without recurrence', () => {
    expect(
      recurrenceProblems(
        weekly({
          interval: 1,
          weekdays: ['sa'],
          until: '2027-06-30',
          cancelled: ['2026-12-26'],
          changes: [{ date: '2027-01-02', start: '2027-01-03T14:00', end: '2027-01-03T16:00', note: 'Décalé au dimanche' }],
        }),
      ),
    ).toEqual([]);
    expect(recurrenceProblems({ start: '2026-12-05T10:00' })).toEqual([]);
  });

  const cases: [string, AgendaTiming, string, string][] = [
    [
      'interval below 1',
      weekly({ interval: 0 }),
      'recurrence.interval',
      'L’intervalle doit être un nombre entier d’au moins 1 : 1 pour chaque fois, 2 pour une fois sur deux…',
    ],
    ['count below 1', weekly({ count: 0 }), 'recurrence.count', 'Le nombre de fois doit être un nombre entier d’au moins 1.'],
    [
      'count and until',
      weekly({ count: 4, until: '2027-01-31' }),
      'recurrence.count',
      'Indiquez soit « Jusqu’au » (until), soit « Nombre de fois » (count), pas les deux : ils pourraient se contredire.',
    ],
    [
      'until before start',
      weekly({ until: '2026-11-30' }),
      'recurrence.until',
      'La répétition s’arrête le lundi 30 novembre 2026, avant le début de l’événement (samedi 5 décembre 2026) : aucune date n’aurait lieu. Corrigez « Jusqu’au » ou le début.',
    ],
    ['weekday twice', weekly({ weekdays: ['sa', 'mo', 'sa'] }), 'recurrence.weekdays[2]', 'Le samedi figure deux fois dans les jours.'],
    [
      'weekdays without the start’s weekday',
      weekly({ weekdays: ['mo', 'th'] }),
      'recurrence.weekdays',
      'Le début (samedi 5 décembre 2026) tombe un samedi, qui n’est pas parmi les jours choisis (lundi et jeudi). Les agendas comptent toujours le début comme une date de la série : ajoutez le samedi aux jours, ou placez le début au premier jour voulu (lundi 7 décembre 2026).',
    ],
    [
      'last-weekday from a start that is not the last one',
      { start: '2026-12-11T18:00', recurrence: { frequency: 'monthly', monthly: 'last-weekday' } },
      'recurrence.monthly',
      'Le début (vendredi 11 décembre 2026) n’est pas le dernier vendredi du mois. Placez le début au dernier vendredi (vendredi 25 décembre 2026), ou choisissez « le même jour de la semaine et le même rang » (le 2e vendredi).',
    ],
    [
      'cancelled date that is not an occurrence',
      weekly({ cancelled: ['2026-12-13'] }),
      'recurrence.cancelled[0]',
      'Le dimanche 13 décembre 2026 n’est pas une date de cette répétition (tous les samedis). Dates prévues les plus proches : samedi 12 décembre 2026, samedi 19 décembre 2026.',
    ],
    [
      'cancelled date before the start',
      weekly({ cancelled: ['2026-11-28'] }),
      'recurrence.cancelled[0]',
      'Le samedi 28 novembre 2026 n’est pas une date de cette répétition (tous les samedis). Date prévue la plus proche : samedi 5 décembre 2026.',
    ],
    [
      'cancelled date twice',
      weekly({ cancelled: ['2026-12-12', '2026-12-12'] }),
      'recurrence.cancelled[1]',
      'Le samedi 12 décembre 2026 est déjà dans la liste des dates annulées.',
    ],
    [
      'change of a date that is not an occurrence',
      weekly({ until: '2026-12-19', changes: [{ date: '2026-12-26', note: 'x' }] }),
      'recurrence.changes[0].date',
      'Le samedi 26 décembre 2026 n’est pas une date de cette répétition (tous les samedis jusqu’au 19 décembre 2026). Date prévue la plus proche : samedi 19 décembre 2026.',
    ],
    [
      'two changes of one date',
      weekly({
        changes: [
          { date: '2026-12-12', note: 'a' },
          { date: '2026-12-12', note: 'b' },
        ],
      }),
      'recurrence.changes[1].date',
      'Une autre modification porte déjà sur le samedi 12 décembre 2026 ; regroupez-les en une seule.',
    ],
    [
      'a date both cancelled and changed',
      weekly({ cancelled: ['2026-12-12'], changes: [{ date: '2026-12-12', note: 'a' }] }),
      'recurrence.changes[0].date',
      'Le samedi 12 décembre 2026 est aussi dans les dates annulées : une date annulée ne peut pas être modifiée. Retirez-la de l’une des deux listes.',
    ],
    [
      'a change that changes nothing',
      weekly({ changes: [{ date: '2026-12-12' }] }),
      'recurrence.changes[0]',
      'Indiquez ce qui change le samedi 12 décembre 2026 : un nouveau début, une nouvelle fin, un autre lieu ou une note.',
    ],
    [
      'a time on an all-day event',
      weekly({ changes: [{ date: '2026-12-12', start: '2026-12-13T10:00' }] }, '2026-12-05'),
      'recurrence.changes[0].start',
      'Cet événement dure toute la journée : indiquez une date seule (AAAA-MM-JJ), sans heure.',
    ],
    [
      'a bare date on a timed event',
      weekly({ changes: [{ date: '2026-12-12', end: '2026-12-13' }] }),
      'recurrence.changes[0].end',
      'Indiquez la date et l’heure (AAAA-MM-JJTHH:MM), par exemple 2027-01-02T14:00.',
    ],
    [
      'a new end before the new start',
      weekly({ changes: [{ date: '2026-12-12', start: '2026-12-12T15:00', end: '2026-12-12T14:00' }] }),
      'recurrence.changes[0].end',
      'La nouvelle fin (2026-12-12 à 14:00) doit être après le nouveau début (2026-12-12 à 15:00).',
    ],
    [
      'a new end before the usual start',
      weekly({ changes: [{ date: '2026-12-12', end: '2026-12-12T10:00' }] }),
      'recurrence.changes[0].end',
      'La nouvelle fin (2026-12-12 à 10:00) doit être après le début (2026-12-12 à 10:00).',
    ],
    [
      'an all-day change ending before it starts',
      weekly({ changes: [{ date: '2026-12-12', start: '2026-12-14', end: '2026-12-13' }] }, '2026-12-05'),
      'recurrence.changes[0].end',
      'La nouvelle fin (2026-12-13) doit être après le nouveau début (2026-12-14).',
    ],
  ];

  it.each(cases)('reports %s', (_name, event, field, message) => {
    const problems = recurrenceProblems(event);
    expect(problems).toContainEqual({
      field,
      path: field
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      message,
    });
    expect(problems).toHaveLength(1);
  });
});
