/**
 * The feed is checked by parsing it back with ical.js, an independent and
 * maintained parser (Thunderbird's own), which reads our VTIMEZONE rather than
 * a built-in copy: so a wrong VTIMEZONE shows up as a wrong instant here.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, buildVTimezone, escapeText, eventUid, foldLine, rruleOf, type CalendarInput, type IcsEvent } from '../../src/lib/ics';
import { expandOccurrences } from '../../src/lib/recurrence';
import { zonedToUtc } from '../../src/lib/timezone';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

const PARIS = 'Europe/Paris';
const SITE = 'https://coop.exemple.org/';
const NOW = new Date('2026-11-01T10:00:00Z');

function calendar(events: IcsEvent[], extra: Partial<CalendarInput> = {}): string {
  return buildCalendar({ name: 'Agenda de la coop', timezone: PARIS, siteUrl: SITE, now: NOW, events, ...extra });
}

function parse(text: string): Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** An instant as ISO UTC, or a bare date for all-day values. */
const instant = (time: Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());

interface Seen {
  start: string;
  end: string;
  recurrenceId: string;
  location: string;
}

/** What ical.js says the occurrences of one UID are, overrides applied, EXDATEs removed. */
function icalOccurrences(root: Component, uid: string, until: string): Seen[] {
  const components = root.getAllSubcomponents('vevent').filter((c) => c.getFirstPropertyValue('uid') === uid);
  const master = components.find((c) => !c.hasProperty('recurrence-id'));
  if (!master) throw new Error(`no master VEVENT for ${uid}`);
  const event = new ICAL.Event(master, { exceptions: components.filter((c) => c.hasProperty('recurrence-id')), strictExceptions: true });
  const iterator = event.iterator();
  const seen: Seen[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (instant(next).slice(0, 10) > until) break;
    const details = event.getOccurrenceDetails(next);
    seen.push({
      start: instant(details.startDate),
      end: instant(details.endDate),
      recurrenceId: instant(details.recurrenceId),
      location: String(details.item.component.getFirstPropertyValue('location') ?? ''),
    });
    if (seen.length > 1000) throw new Error('runaway expansion');
  }
  return seen;
}

/** The same occurrences according to our own expansion, as instants via zonedToUtc. */
function ourOccurrences(event: IcsEvent, until: string): Omit<Seen, 'location'>[] {
  const allDay = event.allDay ?? event.start.length === 10;
  const toInstant = (local: string) => (allDay ? local : zonedToUtc(local, PARIS).toISOString());
  return expandOccurrences(event, { from: event.start.slice(0, 10), to: until.slice(0, 10) })
    .filter((o) => !o.cancelled)
    .map((o) => ({
      start: toInstant(o.start),
      end: allDay ? addDay(o.end ?? o.start) : toInstant(o.end ?? o.start),
      recurrenceId: toInstant(allDay ? o.originalDate : `${o.originalDate}${event.start.slice(10)}`),
    }));
}

const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('buildCalendar: the whole file', () => {
  it('writes exactly this calendar for a small agenda', () => {
    const text = calendar(
      [
        {
          uid: eventUid('2026-12-05-permanence', SITE),
          title: 'Permanence d’accueil',
          description: 'Pour les nouveaux.',
          start: '2026-12-05T10:00',
          end: '2026-12-05T12:00',
          recurrence: {
            frequency: 'weekly',
            until: '2027-06-30',
            cancelled: ['2026-12-26'],
            changes: [{ date: '2027-01-02', start: '2027-01-02T14:00', note: 'L’après-midi' }],
          },
          location: 'Épicerie, 12 rue des Lilas',
          geo: { lat: 45.76, lon: 4.83 },
          url: '/agenda/2026-12-05-permanence/',
          categories: ['Accueil'],
        },
        { uid: eventUid('2027-07-03-fete', SITE), title: 'Fête de l’été', start: '2027-07-03', end: '2027-07-04', allDay: true, status: 'tentative' },
      ],
      { description: 'Tous les événements' },
    );
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Babillard//Agenda//FR',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'NAME:Agenda de la coop',
        'X-WR-CALNAME:Agenda de la coop',
        'DESCRIPTION:Tous les événements',
        'X-WR-CALDESC:Tous les événements',
        'X-WR-TIMEZONE:Europe/Paris',
        'URL;VALUE=URI:https://coop.exemple.org/',
        'REFRESH-INTERVAL;VALUE=DURATION:PT4H',
        'X-PUBLISHED-TTL:PT4H',
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Paris',
        'X-LIC-LOCATION:Europe/Paris',
        'BEGIN:DAYLIGHT',
        'DTSTART:20250330T020000',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'TZNAME:CEST',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20251026T030000',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'TZNAME:CET',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'END:STANDARD',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:2026-12-05-permanence@coop.exemple.org',
        'DTSTAMP:20261101T100000Z',
        'DTSTART;TZID=Europe/Paris:20261205T100000',
        'DTEND;TZID=Europe/Paris:20261205T120000',
        'RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20270630T215959Z',
        'EXDATE;TZID=Europe/Paris:20261226T100000',
        'SUMMARY:Permanence d’accueil',
        'DESCRIPTION:Pour les nouveaux.\\n\\nhttps://coop.exemple.org/agenda/2026-12-0',
        ' 5-permanence/',
        'LOCATION:Épicerie\\, 12 rue des Lilas',
        'GEO:45.76;4.83',
        'URL;VALUE=URI:https://coop.exemple.org/agenda/2026-12-05-permanence/',
        'CATEGORIES:Accueil',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:2026-12-05-permanence@coop.exemple.org',
        'DTSTAMP:20261101T100000Z',
        'RECURRENCE-ID;TZID=Europe/Paris:20270102T100000',
        'DTSTART;TZID=Europe/Paris:20270102T140000',
        'DTEND;TZID=Europe/Paris:20270102T160000',
        'SUMMARY:Permanence d’accueil',
        'DESCRIPTION:L’après-midi\\n\\nPour les nouveaux.\\n\\nhttps://coop.exemple.o',
        ' rg/agenda/2026-12-05-permanence/',
        'LOCATION:Épicerie\\, 12 rue des Lilas',
        'GEO:45.76;4.83',
        'URL;VALUE=URI:https://coop.exemple.org/agenda/2026-12-05-permanence/',
        'CATEGORIES:Accueil',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:2027-07-03-fete@coop.exemple.org',
        'DTSTAMP:20261101T100000Z',
        'DTSTART;VALUE=DATE:20270703',
        'DTEND;VALUE=DATE:20270705',
        'SUMMARY:Fête de l’été',
        'STATUS:TENTATIVE',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('is byte-for-byte the same for the same input, whatever the order of events', () => {
    const a: IcsEvent = { uid: 'a@x', title: 'A', start: '2026-12-05T10:00' };
    const b: IcsEvent = { uid: 'b@x', title: 'B', start: '2026-12-01' };
    expect(calendar([a, b])).toBe(calendar([b, a]));
  });

  it('uses CRLF line ends only, and ends with one', () => {
    const text = calendar([{ uid: 'a@x', title: 'Ligne 1\nLigne 2\r\nLigne 3\rfin', description: 'x\ny', start: '2026-12-05T10:00' }]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('carries the calendar properties that apps read', () => {
    const root = parse(calendar([], { refreshHours: 6, prodId: '-//Ma coop//Agenda//FR' }));
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Agenda de la coop');
    expect(root.getFirstPropertyValue('x-wr-timezone')).toBe(PARIS);
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Ma coop//Agenda//FR');
    expect(root.getFirstProperty('refresh-interval')?.toICALString()).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(root.getFirstPropertyValue('x-published-ttl')).toBe('PT6H');
    expect(root.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });
});

describe('text: escaping and folding', () => {
  it('escapes TEXT values and ical.js reads them back unchanged', () => {
    expect(escapeText('a;b,c\\d\nsuite')).toBe('a\\;b\\,c\\\\d\\nsuite');
    const root = parse(
      calendar([
        {
          uid: 'a@x',
          title: 'a;b,c\\d',
          description: 'a;b,c\\d\nligne 2\r\nligne 3',
          location: 'Salle 1; étage 2, porte \\B',
          categories: ['Accueil', 'Vie, coop; fête'],
          start: '2026-12-05T10:00',
        },
      ]),
    );
    const vevent = root.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('a;b,c\\d');
    expect(vevent?.getFirstPropertyValue('description')).toBe('a;b,c\\d\nligne 2\nligne 3');
    expect(vevent?.getFirstPropertyValue('location')).toBe('Salle 1; étage 2, porte \\B');
    expect(vevent?.getFirstProperty('categories')?.getValues()).toEqual(['Accueil', 'Vie, coop; fête']);
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 1 + 212 - 75 - 74]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(foldLine('SUMMARY:court')).toBe('SUMMARY:court');
  });

  it('cuts plain French text and text with combining marks alike: between grapheme clusters, 75 octets at most', () => {
    const segmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });
    const boundaries = (text: string) => new Set([...segmenter.segment(text)].map((s) => s.index));
    // Precomposed letters, French punctuation and a narrow no-break space (each code point its own cluster)…
    const plain = `DESCRIPTION:Rendez-vous à l’épicerie « Les Tilleuls » à 18\u202fh, 5\u00a0€ : ${'çà et là, '.repeat(12)}fin`;
    // …and the same letters written with combining accents, which must stay with their letter.
    const combining = plain.normalize('NFD');
    for (const line of [plain, combining]) {
      const pieces = foldLine(line).split('\r\n');
      expect(pieces.every((piece) => new TextEncoder().encode(piece).length <= 75)).toBe(true);
      expect(pieces.map((piece, i) => (i === 0 ? piece : piece.slice(1))).join('')).toBe(line);
      let at = 0;
      for (const piece of pieces.slice(0, -1)) {
        at += piece.length - (at === 0 ? 0 : 1);
        expect(boundaries(line).has(at)).toBe(true);
      }
    }
  });

  it('never cuts an accented letter or an emoji, and unfolding restores the text', () => {
    const description = `Fête de l’été à la coopérative 🎉 ${'é'.repeat(50)} ${'👩‍🌾'.repeat(12)} ${'ü'.repeat(3)}🇫🇷 fin`;
    const text = calendar([{ uid: 'a@x', title: 'Fête', description, start: '2026-12-05T10:00' }]);
    const bytes = new TextEncoder().encode(text);
    // Split the raw bytes at CRLF and decode each physical line strictly: a cut UTF-8 sequence would throw.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lineStart = 0;
    const lines: string[] = [];
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(lineStart, i);
        expect(line.length).toBeLessThanOrEqual(75);
        lines.push(decoder.decode(line));
        lineStart = i + 2;
      }
    }
    // Every fold falls between grapheme clusters of the unfolded line.
    const first = lines.findIndex((l) => l.startsWith('DESCRIPTION:'));
    const rest = lines.slice(first + 1);
    const continuation = rest.slice(
      0,
      rest.findIndex((l) => !l.startsWith(' ')),
    );
    const pieces = [lines[first] ?? '', ...continuation.map((l) => l.slice(1))];
    expect(pieces.length).toBeGreaterThan(3);
    const logical = pieces.join('');
    const boundaries = new Set([...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(logical)].map((s) => s.index));
    let position = 0;
    for (const piece of pieces.slice(0, -1)) {
      position += piece.length;
      expect(boundaries.has(position), `fold at ${position}`).toBe(true);
    }
    expect(parse(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('description')).toBe(description);
  });
});

describe('times across daylight-saving changes (Europe/Paris)', () => {
  it('keeps a weekly Sunday 10:00 at 10:00 local across the end of October and the end of March', () => {
    const event: IcsEvent = { uid: 'dimanche@x', title: 'Marché', start: '2026-10-18T10:00', end: '2026-10-18T11:00', recurrence: { frequency: 'weekly' } };
    const seen = icalOccurrences(parse(calendar([event])), 'dimanche@x', '2027-04-05');
    const byStart = seen.map((s) => s.start);
    // CEST (+02:00) until 25 October 2026 at 03:00, CET (+01:00) until 28 March 2027 at 02:00.
    expect(byStart.slice(0, 3)).toEqual(['2026-10-18T08:00:00.000Z', '2026-10-25T09:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    expect(byStart.slice(-3)).toEqual(['2027-03-21T09:00:00.000Z', '2027-03-28T08:00:00.000Z', '2027-04-04T08:00:00.000Z']);
    expect(seen.map(({ location: _location, ...rest }) => rest)).toEqual(ourOccurrences(event, '2027-04-05'));
  });

  it('stays right years later, through the VTIMEZONE’s yearly rules', () => {
    const event: IcsEvent = { uid: 'loin@x', title: 'AG', start: '2026-07-14T18:00', recurrence: { frequency: 'yearly' } };
    const seen = icalOccurrences(parse(calendar([event])), 'loin@x', '2040-12-31');
    expect(seen.at(-1)?.start).toBe('2040-07-14T16:00:00.000Z');
    expect(seen).toHaveLength(15);
  });

  it('writes a one-off 02:30 in the spring-forward gap as 03:30 CEST', () => {
    const text = calendar([{ uid: 'gap@x', title: 'Nuit', start: '2027-03-28T02:30', end: '2027-03-28T04:00' }]);
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270328T033000\r\n');
    const vevent = parse(text).getFirstSubcomponent('vevent');
    expect(instant(vevent?.getFirstPropertyValue('dtstart') as Time)).toBe('2027-03-28T01:30:00.000Z');
    expect(instant(vevent?.getFirstPropertyValue('dtend') as Time)).toBe('2027-03-28T02:00:00.000Z');
  });

  it('writes a one-off 02:30 that happens twice in autumn as the first one, in UTC', () => {
    const text = calendar([{ uid: 'twice@x', title: 'Nuit', start: '2026-10-25T02:30', end: '2026-10-25T04:00' }]);
    expect(text).toContain('DTSTART:20261025T003000Z\r\n');
    const vevent = parse(text).getFirstSubcomponent('vevent');
    expect(instant(vevent?.getFirstPropertyValue('dtstart') as Time)).toBe('2026-10-25T00:30:00.000Z');
    expect(instant(vevent?.getFirstPropertyValue('dtend') as Time)).toBe('2026-10-25T03:00:00.000Z');
  });

  it('keeps ordinary one-off times as TZID wall clocks', () => {
    const vevent = parse(calendar([{ uid: 'a@x', title: 'A', start: '2026-12-05T10:00', end: '2026-12-05T12:00' }])).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(PARIS);
    expect(instant(vevent?.getFirstPropertyValue('dtstart') as Time)).toBe('2026-12-05T09:00:00.000Z');
  });
});

describe('recurrence rules: ical.js expands them as expandOccurrences does', () => {
  const cases: [string, IcsEvent, string][] = [
    ['weekly, default day', { uid: 'r@x', title: 'r', start: '2026-12-05T10:00', end: '2026-12-05T12:00', recurrence: { frequency: 'weekly' } }, '2027-12-31'],
    [
      'every 2 weeks on Monday and Thursday, from a Thursday',
      { uid: 'r@x', title: 'r', start: '2026-12-10T18:00', end: '2026-12-10T20:00', recurrence: { frequency: 'weekly', interval: 2, weekdays: ['mo', 'th'] } },
      '2027-12-31',
    ],
    ['monthly on the 31st', { uid: 'r@x', title: 'r', start: '2027-01-31T19:00', recurrence: { frequency: 'monthly' } }, '2028-12-31'],
    [
      '2nd Tuesday',
      { uid: 'r@x', title: 'r', start: '2026-12-08T18:30', end: '2026-12-08T20:00', recurrence: { frequency: 'monthly', monthly: 'weekday-of-month' } },
      '2028-12-31',
    ],
    ['5th Monday', { uid: 'r@x', title: 'r', start: '2026-11-30T18:00', recurrence: { frequency: 'monthly', monthly: 'weekday-of-month' } }, '2029-12-31'],
    [
      'last Friday every 2 months',
      { uid: 'r@x', title: 'r', start: '2026-12-25T17:00', recurrence: { frequency: 'monthly', monthly: 'last-weekday', interval: 2 } },
      '2028-12-31',
    ],
    ['yearly on 29 February', { uid: 'r@x', title: 'r', start: '2028-02-29T12:00', recurrence: { frequency: 'yearly' } }, '2040-12-31'],
    ['until, inclusive', { uid: 'r@x', title: 'r', start: '2026-12-05T22:30', recurrence: { frequency: 'weekly', until: '2027-01-30' } }, '2027-12-31'],
    ['count', { uid: 'r@x', title: 'r', start: '2026-12-05T10:00', recurrence: { frequency: 'monthly', count: 5 } }, '2027-12-31'],
    [
      'all-day, multi-day, weekly',
      { uid: 'r@x', title: 'r', start: '2026-12-04', end: '2026-12-06', allDay: true, recurrence: { frequency: 'weekly', until: '2027-03-01' } },
      '2027-12-31',
    ],
    ['all-day yearly, count', { uid: 'r@x', title: 'r', start: '2026-07-14', allDay: true, recurrence: { frequency: 'yearly', count: 3 } }, '2035-12-31'],
    [
      'overnight weekly',
      { uid: 'r@x', title: 'r', start: '2026-12-04T22:00', end: '2026-12-05T02:00', recurrence: { frequency: 'weekly', count: 8 } },
      '2027-12-31',
    ],
  ];

  it.each(cases)('%s', (_name, event, until) => {
    const seen = icalOccurrences(parse(calendar([event])), event.uid, until);
    const ours = ourOccurrences(event, until);
    expect(ours.length).toBeGreaterThan(2);
    expect(seen.map(({ location: _location, ...rest }) => rest)).toEqual(ours);
  });

  it('writes explicit RRULEs', () => {
    expect(rruleOf({ frequency: 'weekly' }, '2026-12-05T10:00', PARIS)).toBe('FREQ=WEEKLY;BYDAY=SA');
    expect(rruleOf({ frequency: 'weekly', interval: 2, weekdays: ['th', 'mo'] }, '2026-12-10T18:00', PARIS)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO');
    expect(rruleOf({ frequency: 'monthly' }, '2027-01-31', PARIS)).toBe('FREQ=MONTHLY;BYMONTHDAY=31');
    expect(rruleOf({ frequency: 'monthly', monthly: 'weekday-of-month', until: '2027-06-30' }, '2026-12-08T18:00', PARIS)).toBe(
      'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T215959Z',
    );
    expect(rruleOf({ frequency: 'monthly', monthly: 'last-weekday', count: 4 }, '2026-12-25', PARIS)).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=4');
    expect(rruleOf({ frequency: 'yearly', until: '2030-01-01' }, '2026-07-14', PARIS)).toBe('FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=14;UNTIL=20300101');
  });
});

describe('cancelled and changed dates', () => {
  const permanence: IcsEvent = {
    uid: 'perm@x',
    title: 'Permanence',
    description: 'Accueil',
    start: '2026-12-05T10:00',
    end: '2026-12-05T12:00',
    location: 'Épicerie',
    recurrence: {
      frequency: 'weekly',
      until: '2027-02-27',
      cancelled: ['2026-12-26', '2027-01-16', '2027-01-17'],
      changes: [
        { date: '2027-01-02', start: '2027-01-03T14:00', place: { name: 'Jardin', address: '3 rue Verte', lat: 45.1, lon: 4.2 }, note: 'Au jardin' },
        { date: '2027-01-09', end: '2027-01-09T13:00' },
        { date: '2027-01-16', note: 'annulée aussi' },
        { date: '2027-01-10', note: 'pas une date' },
      ],
    },
  };
  const text = calendar([permanence]);
  const root = parse(text);

  it('removes cancelled dates with EXDATE, and only real occurrences', () => {
    const exdates = root
      .getAllSubcomponents('vevent')
      .flatMap((c) => c.getAllProperties('exdate'))
      .map((p) => instant(p.getFirstValue() as Time));
    expect(exdates).toEqual(['2026-12-26T09:00:00.000Z', '2027-01-16T09:00:00.000Z']);
    const starts = icalOccurrences(root, 'perm@x', '2027-12-31').map((s) => s.start);
    expect(starts).not.toContain('2026-12-26T09:00:00.000Z');
    // 13 Saturdays from 5 December to 27 February, less the two cancelled ones.
    expect(starts).toHaveLength(13 - 2);
  });

  it('writes each changed date as an override with the same UID and a RECURRENCE-ID', () => {
    const overrides = root.getAllSubcomponents('vevent').filter((c) => c.hasProperty('recurrence-id'));
    expect(overrides.map((c) => [c.getFirstPropertyValue('uid'), instant(c.getFirstPropertyValue('recurrence-id') as Time)])).toEqual([
      ['perm@x', '2027-01-02T09:00:00.000Z'],
      ['perm@x', '2027-01-09T09:00:00.000Z'],
    ]);
    const seen = icalOccurrences(root, 'perm@x', '2027-12-31');
    expect(seen.find((s) => s.recurrenceId === '2027-01-02T09:00:00.000Z')).toEqual({
      start: '2027-01-03T13:00:00.000Z',
      end: '2027-01-03T15:00:00.000Z',
      recurrenceId: '2027-01-02T09:00:00.000Z',
      location: 'Jardin, 3 rue Verte',
    });
    expect(seen.find((s) => s.recurrenceId === '2027-01-09T09:00:00.000Z')?.end).toBe('2027-01-09T12:00:00.000Z');
    expect(seen.map(({ location: _location, ...rest }) => rest)).toEqual(ourOccurrences(permanence, '2027-12-31'));
    const moved = overrides[0];
    expect(moved?.getFirstPropertyValue('description')).toBe('Au jardin\n\nAccueil');
    expect(moved?.getFirstPropertyValue('geo')).toEqual([45.1, 4.2]);
  });

  it('keeps a whole cancelled event, marked STATUS:CANCELLED', () => {
    const vevent = parse(calendar([{ uid: 'c@x', title: 'Annulé', start: '2026-12-05T10:00', status: 'cancelled' }])).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('uses DATE values for all-day series, overrides and EXDATEs', () => {
    const event: IcsEvent = {
      uid: 'j@x',
      title: 'Journée',
      start: '2026-12-05',
      allDay: true,
      recurrence: { frequency: 'weekly', count: 4, cancelled: ['2026-12-12'], changes: [{ date: '2026-12-19', start: '2026-12-20', end: '2026-12-21' }] },
    };
    const allDayText = calendar([event]);
    expect(allDayText).toContain('EXDATE;VALUE=DATE:20261212\r\n');
    expect(allDayText).toContain('RECURRENCE-ID;VALUE=DATE:20261219\r\n');
    expect(icalOccurrences(parse(allDayText), 'j@x', '2027-12-31')).toEqual([
      { start: '2026-12-05', end: '2026-12-06', recurrenceId: '2026-12-05', location: '' },
      { start: '2026-12-20', end: '2026-12-22', recurrenceId: '2026-12-19', location: '' },
      { start: '2026-12-26', end: '2026-12-27', recurrenceId: '2026-12-26', location: '' },
    ]);
  });
});

describe('all-day and multi-day events', () => {
  it('writes DATE values with an exclusive DTEND', () => {
    const root = parse(
      calendar([
        { uid: 'one@x', title: 'Un jour', start: '2026-12-05', allDay: true },
        { uid: 'three@x', title: 'Trois jours', start: '2026-12-30', end: '2027-01-01', allDay: true },
        { uid: 'timed@x', title: 'Week-end', start: '2026-12-04T18:00', end: '2026-12-06T12:00', url: 'https://ailleurs.exemple.org/page' },
      ]),
    );
    const byUid = (uid: string) => root.getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === uid);
    const span = (uid: string) => ['dtstart', 'dtend'].map((p) => instant(byUid(uid)?.getFirstPropertyValue(p) as Time));
    expect(span('one@x')).toEqual(['2026-12-05', '2026-12-06']);
    expect(span('three@x')).toEqual(['2026-12-30', '2027-01-02']);
    expect(span('timed@x')).toEqual(['2026-12-04T17:00:00.000Z', '2026-12-06T11:00:00.000Z']);
    expect(byUid('timed@x')?.getFirstPropertyValue('url')).toBe('https://ailleurs.exemple.org/page');
  });
});

describe('VTIMEZONE for other zones', () => {
  it.each([
    ['America/New_York', '2026-03-01T10:00', ['2026-03-01T15:00:00.000Z', '2026-03-08T14:00:00.000Z']],
    ['Australia/Sydney', '2026-03-29T10:00', ['2026-03-28T23:00:00.000Z', '2026-04-05T00:00:00.000Z']],
    ['Asia/Kolkata', '2026-03-01T10:00', ['2026-03-01T04:30:00.000Z', '2026-03-08T04:30:00.000Z']],
    ['Europe/London', '2026-03-22T10:00', ['2026-03-22T10:00:00.000Z', '2026-03-29T09:00:00.000Z']],
  ])('%s: ical.js reads the right instants', (zone, start, expected) => {
    const root = parse(
      buildCalendar({ name: 'x', timezone: zone, siteUrl: SITE, now: NOW, events: [{ uid: 'w@x', title: 'w', start, recurrence: { frequency: 'weekly' } }] }),
    );
    const seen = icalOccurrences(root, 'w@x', '2036-12-31');
    expect(seen.slice(0, 2).map((s) => s.start)).toEqual(expected);
    // Years past the scanned range still follow the rules.
    const ours = expandOccurrences({ start, recurrence: { frequency: 'weekly' } }, { from: start, to: '2036-12-31' }).map((o) =>
      zonedToUtc(o.start, zone).toISOString(),
    );
    expect(seen.map((s) => s.start)).toEqual(ours);
  });

  it('writes a single observance for a zone without daylight saving', () => {
    expect(buildVTimezone('Asia/Kolkata', 2026, 2027)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'X-LIC-LOCATION:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('bounds a yearly rule that stopped (São Paulo dropped daylight saving in 2019)', () => {
    const lines = buildVTimezone('America/Sao_Paulo', 2017, 2026);
    expect(lines.filter((l) => l.startsWith('RRULE:')).every((l) => l.includes(';UNTIL='))).toBe(true);
    const root = parse(
      buildCalendar({
        name: 'x',
        timezone: 'America/Sao_Paulo',
        siteUrl: SITE,
        now: NOW,
        events: [{ uid: 's@x', title: 's', start: '2017-01-08T10:00', recurrence: { frequency: 'yearly' } }],
      }),
    );
    // January: daylight time (-02:00) in 2017–2019, standard (-03:00) from 2020 on.
    expect(icalOccurrences(root, 's@x', '2031-12-31').map((s) => s.start.slice(11, 13))).toEqual([
      '12',
      '12',
      '12',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
      '13',
    ]);
  });
});

describe('eventUid', () => {
  it('is the slug at the site’s host', () => {
    expect(eventUid('2026-12-05-permanence', 'https://coop.exemple.org/sous/dossier/')).toBe('2026-12-05-permanence@coop.exemple.org');
  });
});

describe('a reminder the day before (the « avec rappel la veille » feeds)', () => {
  const series: IcsEvent = {
    uid: eventUid('2026-12-05-permanence', SITE),
    title: 'Permanence, accueil',
    start: '2026-12-05T10:00',
    end: '2026-12-05T11:30',
    recurrence: { frequency: 'weekly', changes: [{ date: '2026-12-12', start: '2026-12-12T14:00' }] },
  };
  const cancelled: IcsEvent = { uid: eventUid('2026-12-08-reunion', SITE), title: 'Réunion', start: '2026-12-08T19:00', status: 'cancelled' };
  const allDay: IcsEvent = { uid: eventUid('2027-04-10-stand', SITE), title: 'Stand', start: '2027-04-10', end: '2027-04-11', allDay: true };

  it('puts a VALARM in every VEVENT, overrides included, that ical.js reads as one day before the start', () => {
    const root = parse(calendar([series, allDay], { reminder: '-P1D' }));
    const vevents = root.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(3);
    for (const vevent of vevents) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const [alarm] = alarms;
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('description')).toBe(vevent.getFirstPropertyValue('summary'));
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-P1D');
    }
  });

  it('leaves cancelled events without a reminder, and feeds without the option without any', () => {
    expect(
      parse(calendar([cancelled], { reminder: '-P1D' }))
        .getFirstSubcomponent('vevent')
        ?.getAllSubcomponents('valarm'),
    ).toEqual([]);
    expect(calendar([series, allDay])).not.toContain('VALARM');
  });

  it('refuses a trigger that is not a duration', () => {
    expect(() => calendar([series], { reminder: 'la veille' })).toThrow(/duration/);
    expect(() => calendar([series], { reminder: '-P' })).toThrow(/duration/);
  });
});
