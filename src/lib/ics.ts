/**
 * iCalendar (RFC 5545) feeds of the agenda, for Google Calendar, Apple
 * Calendar and Thunderbird subscriptions.
 *
 * Why a small writer of our own rather than ical-generator (installed, and
 * good): it writes no VTIMEZONE by itself (it needs a generator package and
 * then only emits what that package ships), and it formats TZID times from
 * Date objects through the machine's own zone or a date library, whereas our
 * times are wall-clock strings already. Writing the few properties we need by
 * hand keeps the wall-clock strings as they are, and lets us own the details
 * that decide whether apps show the right hour: the VTIMEZONE derived from the
 * same tz database as the site, and the daylight-saving edge cases.
 *
 * Decisions:
 * - Times are written with TZID=<co-op zone> plus a VTIMEZONE, not in UTC: an
 *   RRULE in UTC would drift by an hour at each daylight-saving change.
 *   The VTIMEZONE is derived from Intl's transitions for the years used; a
 *   yearly pattern ("last Sunday of March at 02:00") becomes an open-ended
 *   RRULE so recurring events stay right in later years; anything irregular is
 *   written as dated observances.
 * - A one-off time that does not exist (spring-forward gap) is written as the
 *   time it becomes (02:30 → 03:30), and one that exists twice (fall-back) is
 *   written in UTC as its first occurrence: apps otherwise disagree (ical.js,
 *   hence Thunderbird, picks the second one, against RFC 5545 §3.3.5).
 * - Cancelled dates of a series are EXDATEs: every app honours them, whereas a
 *   RECURRENCE-ID override with STATUS:CANCELLED is shown by some apps as an
 *   ordinary event. A whole cancelled event keeps its VEVENT with STATUS:CANCELLED
 *   so subscribers see it cancelled rather than silently gone.
 * - Each changed date is an override VEVENT (same UID, RECURRENCE-ID), not a copy.
 * - The event page URL is in URL and also at the end of DESCRIPTION, because
 *   Google Calendar does not show the URL property.
 * - A reminder (VALARM, DISPLAY) is an option of the whole feed, for members who
 *   subscribe to the « avec rappel la veille » twin of a feed: every VEVENT,
 *   overrides included, carries it; a cancelled event does not.
 * - Lines are folded at 75 octets between grapheme clusters, so an accented
 *   letter or an emoji is never cut (only a grapheme longer than a line is cut,
 *   between code points).
 */
import { FREQUENCIES, WEEKDAYS } from '../data/recurrence';
import { addDays, pad } from './civil-date';
import { expandOccurrences, isOccurrenceDate, occurrenceOnDate, weekdayOf, type Occurrence, type Recurrence } from './recurrence';
import { localTimeKind, utcToZoned, zonedToUtc, zoneOffsetMinutes, zoneTransitions } from './timezone';

/** One agenda entry as the feed needs it; times are local wall-clock strings in the calendar's zone. */
export interface IcsEvent {
  /** Stable across builds, e.g. `eventUid('2026-12-05-permanence', siteUrl)`. */
  uid: string;
  title: string;
  /** Plain text (no Markdown, no HTML). */
  description?: string | undefined;
  /** `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` when all-day. */
  start: string;
  /** Same format; for all-day events the last day, inclusive. */
  end?: string | undefined;
  allDay?: boolean | undefined;
  recurrence?: Recurrence | undefined;
  /** Place as one line of text, e.g. « Épicerie, 12 rue des Lilas, Lyon ». */
  location?: string | undefined;
  geo?: { lat: number; lon: number } | undefined;
  /** The event's page: absolute, or a path resolved against siteUrl. */
  url?: string | undefined;
  categories?: readonly string[] | undefined;
  status?: 'confirmed' | 'tentative' | 'cancelled' | undefined;
}

export interface CalendarInput {
  /** Shown by apps as the calendar's name. */
  name: string;
  description?: string | undefined;
  /** IANA zone of every local time, the co-op's `timezone` setting. */
  timezone: string;
  /** The site's public address, for relative event URLs. */
  siteUrl: string;
  /** Defaults to `-//Babillard//Agenda//FR`. */
  prodId?: string | undefined;
  /** Build time, written as DTSTAMP; a parameter so output is reproducible. */
  now: Date;
  events: readonly IcsEvent[];
  /** How often subscribers should reload, in hours (REFRESH-INTERVAL, X-PUBLISHED-TTL). Default 4. */
  refreshHours?: number | undefined;
  /** A reminder on every event, as a duration relative to its start (VALARM TRIGGER), e.g. `-P1D` for the day before. */
  reminder?: string | undefined;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** UTF-8 length without allocating: 1 to 4 octets per code point. */
function octets(text: string): number {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    total += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return total;
}

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/**
 * Text in which every code point is a grapheme cluster of its own: Latin
 * letters, punctuation, spaces and symbols, without combining marks, joiners
 * or emoji. Most lines are such text; they are cut between code points without
 * asking the (slow) segmenter.
 */
const ONE_POINT_CLUSTERS = /^[\u0000-\u000c\u000e-\u02ff\u1e00-\u1eff\u2000-\u200b\u200e-\u206f\u20a0-\u20cf\u2100-\u214f]*$/;

/** The pieces a line may be cut between: grapheme clusters, and the code points of a cluster longer than a line. */
function cuttable(line: string): string[] {
  if (ONE_POINT_CLUSTERS.test(line)) return Array.from(line);
  // A cluster longer than a whole line (long emoji sequences) has to be cut, between code points.
  return Array.from(graphemes.segment(line), ({ segment }) => segment).flatMap((segment) =>
    octets(segment) > MAX_OCTETS - 1 ? Array.from(segment) : [segment],
  );
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines
 * start with a space, which counts in their 75. Cuts only between grapheme
 * clusters, so « é » or « 👩‍🌾 » is never split.
 * @example foldLine('DESCRIPTION:' + 'é'.repeat(40)).split('\r\n') → ['DESCRIPTION:' + 'é'.repeat(31), ' ' + 'é'.repeat(9)]
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const unit of cuttable(line)) {
    const length = octets(unit);
    if (size + length > limit) {
      pieces.push(current);
      current = '';
      size = 0;
      limit = MAX_OCTETS - 1;
    }
    current += unit;
    size += length;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and
 * line breaks; drops control characters, which TEXT does not allow.
 * @example escapeText('a;b,c\\d\nsuite') → 'a\\;b\\,c\\\\d\\nsuite'
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A parameter value, quoted when it holds a character that would end it. */
function paramValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001F\u007F"]/g, '');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/** One folded content line. `value` must already be in its iCalendar form (escaped TEXT, etc.). */
function contentLine(name: string, value: string, params: Readonly<Record<string, string>> = {}): string {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${paramValue(v)}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

/** `2026-12-05` → `20261205`. */
const icsDate = (date: string) => date.slice(0, 10).replaceAll('-', '');

/** `2026-12-05T10:00` → `20261205T100000`. */
const icsLocal = (local: string) => `${icsDate(local)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;

/** An instant as `20261205T090000Z`. */
function icsUtc(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

const isDateOnly = (value: string) => value.length === 10;

/**
 * A DATE or DATE-TIME property. `exact` (one-off times) rewrites a time in the
 * spring-forward gap to the time it becomes, and writes a fall-back time that
 * occurs twice in UTC, so every app reads the instant RFC 5545 means. Series
 * (DTSTART of an RRULE, EXDATE, RECURRENCE-ID) keep the plain wall clock,
 * which is what makes them follow daylight-saving time.
 */
function dateProperty(name: string, value: string, timeZone: string, exact: boolean): string {
  if (isDateOnly(value)) return contentLine(name, icsDate(value), { VALUE: 'DATE' });
  if (exact) {
    const kind = localTimeKind(value, timeZone);
    if (kind === 'ambiguous') return contentLine(name, icsUtc(zonedToUtc(value, timeZone)));
    if (kind === 'gap') return contentLine(name, icsLocal(utcToZoned(zonedToUtc(value, timeZone), timeZone)), { TZID: timeZone });
  }
  return contentLine(name, icsLocal(value), { TZID: timeZone });
}

/**
 * The RRULE value of a recurrence (RFC 5545 §3.3.10), explicit about the day
 * so apps do not have to infer it from DTSTART.
 * @example rruleOf({ frequency: 'monthly', monthly: 'weekday-of-month', until: '2027-06-30' }, '2026-12-08T18:00', 'Europe/Paris')
 *   → 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T215959Z'
 */
export function rruleOf(recurrence: Recurrence, start: string, timeZone: string): string {
  const date = start.slice(0, 10);
  const day = Number(date.slice(8, 10));
  const weekday = weekdayOf(date).ics;
  const frequency = FREQUENCIES.find((f) => f.key === recurrence.frequency) ?? FREQUENCIES[0];
  const parts = [`FREQ=${frequency.ics}`];
  const interval = recurrence.interval ?? 1;
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  if (recurrence.frequency === 'weekly') {
    const keys = recurrence.weekdays && recurrence.weekdays.length > 0 ? new Set(recurrence.weekdays) : new Set([weekdayOf(date).key]);
    parts.push(
      `BYDAY=${WEEKDAYS.filter((w) => keys.has(w.key))
        .map((w) => w.ics)
        .join(',')}`,
    );
    // The week start decides which weeks "every 2 weeks" picks; RFC's default is Monday, said explicitly for apps that assume Sunday.
    if (interval > 1) parts.push('WKST=MO');
  } else if (recurrence.frequency === 'monthly') {
    const mode = recurrence.monthly ?? 'day-of-month';
    if (mode === 'day-of-month') parts.push(`BYMONTHDAY=${day}`);
    else if (mode === 'last-weekday') parts.push(`BYDAY=-1${weekday}`);
    else parts.push(`BYDAY=${Math.ceil(day / 7)}${weekday}`);
  } else {
    parts.push(`BYMONTH=${Number(date.slice(5, 7))}`, `BYMONTHDAY=${day}`);
  }
  if (recurrence.until !== undefined) {
    // RFC 5545: with a zoned DTSTART, UNTIL is in UTC; "until" is inclusive, so the end of that local day.
    parts.push(
      `UNTIL=${isDateOnly(start) ? icsDate(recurrence.until) : icsUtc(new Date(zonedToUtc(`${recurrence.until}T23:59`, timeZone).getTime() + 59_000))}`,
    );
  } else if (recurrence.count !== undefined) {
    parts.push(`COUNT=${recurrence.count}`);
  }
  return parts.join(';');
}

// ---------------------------------------------------------------------------
// VTIMEZONE

/** `+0100`, `-0330`, `+053328` (seconds only when the zone has some). */
function icsOffset(minutes: number): string {
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const sign = minutes < 0 ? '-' : '+';
  const seconds = totalSeconds % 60;
  return `${sign}${pad(Math.floor(totalSeconds / 3600))}${pad(Math.floor(totalSeconds / 60) % 60)}${seconds ? pad(seconds) : ''}`;
}

const abbreviationFormatters = new Map<string, Intl.DateTimeFormat>();

/** A letter abbreviation like CET or EDT when ICU has one; TZNAME is optional, so "GMT+11" is left out. */
function zoneAbbreviation(date: Date, timeZone: string): string | undefined {
  for (const locale of ['en-US', 'en-GB']) {
    const key = `${locale}|${timeZone}`;
    let formatter = abbreviationFormatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
      abbreviationFormatters.set(key, formatter);
    }
    const name = formatter.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return undefined;
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  at: Date;
  from: number;
  to: number;
  /** Wall clock of the onset, read in the offset before it (RFC 5545 §3.6.5), as UTC fields. */
  onset: Date;
  /** RRULE day descriptors that fit this onset: last weekday, nth weekday, day of month. */
  fits: string[];
}

function observanceOf(at: Date, from: number, to: number): Observance {
  const onset = new Date(at.getTime() + from * 60_000);
  const day = onset.getUTCDate();
  const length = new Date(Date.UTC(onset.getUTCFullYear(), onset.getUTCMonth() + 1, 0)).getUTCDate();
  const weekday = WEEKDAYS[(onset.getUTCDay() + 6) % 7]?.ics ?? 'SU';
  const fits = [...(day + 7 > length ? [`BYDAY=-1${weekday}`] : []), `BYDAY=${Math.ceil(day / 7)}${weekday}`, `BYMONTHDAY=${day}`];
  return { kind: to > from ? 'DAYLIGHT' : 'STANDARD', at, from, to, onset, fits };
}

const onsetText = (o: Observance) =>
  `${o.onset.getUTCFullYear()}${pad(o.onset.getUTCMonth() + 1)}${pad(o.onset.getUTCDate())}` +
  `T${pad(o.onset.getUTCHours())}${pad(o.onset.getUTCMinutes())}${pad(o.onset.getUTCSeconds())}`;

/** Same kind, offsets, month and time of day: candidates for one yearly rule. */
const ruleKey = (o: Observance) => `${o.kind}|${o.from}|${o.to}|${o.onset.getUTCMonth()}|${onsetText(o).slice(9)}`;

/**
 * The VTIMEZONE lines of a zone, correct from 1 January of `fromYear` on.
 * Transitions come from Intl (the tz database the build runs with); each
 * yearly pattern that still holds in `toYear` is written as an open-ended
 * RRULE, so later years stay right too.
 * @example buildVTimezone('Europe/Paris', 2026, 2027) → ['BEGIN:VTIMEZONE', 'TZID:Europe/Paris', …,
 *   'BEGIN:DAYLIGHT', 'DTSTART:20250330T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST',
 *   'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT', …, 'END:VTIMEZONE']
 */
export function buildVTimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  // Every feed of a build asks for the same zone over nearly the same years: work it out once.
  const key = `${timeZone}|${fromYear}|${toYear}`;
  const known = vtimezones.get(key);
  if (known) return [...known];
  const lines = computeVTimezone(timeZone, fromYear, toYear);
  vtimezones.set(key, lines);
  return [...lines];
}

const vtimezones = new Map<string, readonly string[]>();

function computeVTimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  // Scanning from the year before guarantees an observance that started before 1 January of fromYear.
  const scanStart = new Date(Date.UTC(fromYear - 1, 0, 1));
  const scanEnd = new Date(Date.UTC(toYear + 1, 0, 1));
  const observances = zoneTransitions(scanStart, scanEnd, timeZone).map((t) => observanceOf(t.at, t.offsetBefore, t.offsetAfter));

  const components: { sortKey: number; lines: string[] }[] = [];
  const component = (o: Observance, rrule?: string) => {
    const name = zoneAbbreviation(new Date(o.at.getTime() + 60_000), timeZone);
    components.push({
      sortKey: o.at.getTime(),
      lines: [
        `BEGIN:${o.kind}`,
        `DTSTART:${onsetText(o)}`,
        `TZOFFSETFROM:${icsOffset(o.from)}`,
        `TZOFFSETTO:${icsOffset(o.to)}`,
        ...(name ? [`TZNAME:${name}`] : []),
        ...(rrule ? [`RRULE:${rrule}`] : []),
        `END:${o.kind}`,
      ],
    });
  };

  // A zone without a change before fromYear (no daylight saving, or none yet) starts with its offset then.
  const first = observances[0];
  if (!first || first.at.getTime() > Date.UTC(fromYear, 0, 1) - 14 * 3_600_000) {
    const offset = zoneOffsetMinutes(scanStart, timeZone);
    const initial = observanceOf(scanStart, offset, offset);
    initial.onset = new Date(Date.UTC(fromYear - 1, 0, 1));
    component(initial);
  }

  // Group each kind's observances into runs of consecutive years that one yearly RRULE describes.
  for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
    const list = observances.filter((o) => o.kind === kind);
    let run: Observance[] = [];
    let fits: string[] = [];
    const flush = () => {
      const head = run[0];
      const tail = run.at(-1);
      if (!head || !tail) return;
      if (run.length === 1 || fits.length === 0) {
        for (const o of run) component(o);
      } else {
        const ongoing = tail.onset.getUTCFullYear() >= toYear;
        component(head, `FREQ=YEARLY;BYMONTH=${head.onset.getUTCMonth() + 1};${fits[0]}${ongoing ? '' : `;UNTIL=${icsUtc(tail.at)}`}`);
      }
      run = [];
      fits = [];
    };
    for (const o of list) {
      const last = run.at(-1);
      const shared = last ? fits.filter((f) => o.fits.includes(f)) : o.fits;
      if (last && (ruleKey(last) !== ruleKey(o) || o.onset.getUTCFullYear() !== last.onset.getUTCFullYear() + 1 || shared.length === 0)) {
        flush();
        run = [o];
        fits = o.fits;
      } else {
        run.push(o);
        fits = shared;
      }
    }
    flush();
  }

  return [
    'BEGIN:VTIMEZONE',
    contentLine('TZID', escapeText(timeZone)),
    // libical (Thunderbird, Evolution) uses it to match its own copy of the zone.
    contentLine('X-LIC-LOCATION', escapeText(timeZone)),
    ...components.sort((a, b) => a.sortKey - b.sortKey).flatMap((c) => c.lines),
    'END:VTIMEZONE',
  ];
}

// ---------------------------------------------------------------------------
// Events

/**
 * A UID that stays the same across builds and is unique across sites:
 * the entry's slug at the site's host.
 * @example eventUid('2026-12-05-permanence', 'https://coop.exemple.org/') → '2026-12-05-permanence@coop.exemple.org'
 */
export function eventUid(slug: string, siteUrl: string): string {
  return `${slug}@${new URL(siteUrl).hostname}`;
}

const STATUS = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** Place of a changed date as one line, like IcsEvent.location. */
const placeText = (place: NonNullable<Occurrence['place']>) => [place.name, place.address].filter(Boolean).join(', ');

function geoValue(geo: { lat: number; lon: number }): string {
  const fixed = (n: number) => String(Number(n.toFixed(6)));
  return `${fixed(geo.lat)};${fixed(geo.lon)}`;
}

interface EventContext {
  timeZone: string;
  siteUrl: string;
  stamp: string;
  reminder?: string | undefined;
}

/** The VALARM of a feed with reminders (RFC 5545 §3.6.6): DISPLAY needs its text, the event's title here. */
function alarmLines(event: IcsEvent, context: EventContext): string[] {
  if (!context.reminder || event.status === 'cancelled') return [];
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', contentLine('DESCRIPTION', escapeText(event.title)), `TRIGGER:${context.reminder}`, 'END:VALARM'];
}

/** The lines common to the master VEVENT and its overrides. */
function describedLines(event: IcsEvent, context: EventContext, occurrence?: Occurrence): string[] {
  const url = event.url ? new URL(event.url, context.siteUrl).href : undefined;
  const description = [occurrence?.note, event.description?.trim(), url].filter((part) => part !== undefined && part !== '').join('\n\n');
  const place = occurrence?.place;
  const location = place ? placeText(place) : event.location;
  const geo = place ? (place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : undefined) : event.geo;
  return [
    contentLine('SUMMARY', escapeText(event.title)),
    ...(description ? [contentLine('DESCRIPTION', escapeText(description))] : []),
    ...(location ? [contentLine('LOCATION', escapeText(location))] : []),
    ...(geo ? [contentLine('GEO', geoValue(geo))] : []),
    ...(url ? [contentLine('URL', url, { VALUE: 'URI' })] : []),
    ...(event.categories && event.categories.length > 0 ? [contentLine('CATEGORIES', event.categories.map(escapeText).join(','))] : []),
    ...(event.status ? [contentLine('STATUS', STATUS[event.status])] : []),
  ];
}

/** DTEND of an all-day span is the day after the last day (exclusive, RFC 5545 §3.6.1). */
function endLines(start: string, end: string | undefined, allDay: boolean, context: EventContext, exact: boolean): string[] {
  if (allDay) return [dateProperty('DTEND', addDays((end ?? start).slice(0, 10), 1), context.timeZone, exact)];
  return end === undefined ? [] : [dateProperty('DTEND', end, context.timeZone, exact)];
}

function eventLines(event: IcsEvent, context: EventContext): string[] {
  const allDay = event.allDay ?? isDateOnly(event.start);
  const start = allDay ? event.start.slice(0, 10) : event.start;
  const end = event.end === undefined ? undefined : allDay ? event.end.slice(0, 10) : event.end;
  const recurrence = event.recurrence;
  const timing = { start, end, allDay, recurrence };
  const head = [contentLine('UID', escapeText(event.uid)), `DTSTAMP:${context.stamp}`];

  if (!recurrence) {
    return [
      'BEGIN:VEVENT',
      ...head,
      dateProperty('DTSTART', start, context.timeZone, true),
      ...endLines(start, end, allDay, context, true),
      ...describedLines(event, context),
      ...alarmLines(event, context),
      'END:VEVENT',
    ];
  }

  const originalStart = (date: string) => (allDay ? date : `${date}${start.slice(10)}`);
  const cancelled = [...new Set(recurrence.cancelled ?? [])].filter((date) => isOccurrenceDate(timing, date)).sort();
  const master = [
    'BEGIN:VEVENT',
    ...head,
    dateProperty('DTSTART', start, context.timeZone, false),
    ...endLines(start, end, allDay, context, false),
    contentLine('RRULE', rruleOf(recurrence, start, context.timeZone)),
    ...cancelled.map((date) => dateProperty('EXDATE', originalStart(date), context.timeZone, false)),
    ...describedLines(event, context),
    ...alarmLines(event, context),
    'END:VEVENT',
  ];

  const overrides: string[] = [];
  const seen = new Set<string>();
  for (const change of recurrence.changes ?? []) {
    if (seen.has(change.date)) continue;
    seen.add(change.date);
    const occurrence = occurrenceOnDate(timing, change.date);
    // Not a date of the series, or cancelled: recurrenceProblems reports it; an orphan override would confuse apps.
    if (!occurrence || occurrence.cancelled) continue;
    overrides.push(
      'BEGIN:VEVENT',
      ...head,
      dateProperty('RECURRENCE-ID', originalStart(change.date), context.timeZone, false),
      dateProperty('DTSTART', occurrence.start, context.timeZone, true),
      ...endLines(occurrence.start, occurrence.end, allDay, context, true),
      ...describedLines(event, context, occurrence),
      ...alarmLines(event, context),
      'END:VEVENT',
    );
  }
  return [...master, ...overrides];
}

/** Every year a VTIMEZONE must cover for these events. */
function yearsUsed(events: readonly IcsEvent[], nowYear: number): { from: number; to: number } {
  const years = [nowYear];
  let to = nowYear + 1;
  const yearOf = (value: string | undefined) => {
    if (value !== undefined && /^\d{4}/.test(value)) years.push(Number(value.slice(0, 4)));
  };
  for (const event of events) {
    yearOf(event.start);
    yearOf(event.end);
    const recurrence = event.recurrence;
    if (!recurrence) continue;
    yearOf(recurrence.until);
    for (const change of recurrence.changes ?? []) {
      yearOf(change.start);
      yearOf(change.end);
    }
    if (recurrence.count !== undefined && recurrence.count >= 1) {
      // COUNT is capped by the schema, so this walk is short; the 100-year window only bounds a broken rule.
      const horizon = `${Number(event.start.slice(0, 4)) + 100}-12-31`;
      yearOf(expandOccurrences({ start: event.start, recurrence }, { from: event.start, to: horizon }).at(-1)?.start);
    } else if (recurrence.until === undefined) {
      // Open-ended: the VTIMEZONE's RRULEs carry on, but zones without a yearly pattern need explicit years.
      to = Math.max(to, nowYear + 5);
    }
  }
  return { from: Math.min(...years), to: Math.max(to, ...years) };
}

/**
 * A complete iCalendar feed (RFC 5545, with RFC 7986 calendar properties):
 * CRLF line ends, folded lines, one VTIMEZONE for the co-op's zone, one VEVENT
 * per event with RRULE/EXDATE, and one override VEVENT per changed date.
 * Events are sorted by start then UID, so the same content gives the same file.
 * @example
 * buildCalendar({ name: 'Agenda de la coop', timezone: 'Europe/Paris', siteUrl: 'https://coop.exemple.org/',
 *   now: new Date('2026-11-01T00:00:00Z'),
 *   events: [{ uid: 'permanence@coop.exemple.org', title: 'Permanence', start: '2026-12-05T10:00', end: '2026-12-05T12:00',
 *     recurrence: { frequency: 'weekly' }, url: '/agenda/permanence/' }] })
 * → 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;TZID=Europe/Paris:20261205T100000\r\n…RRULE:FREQ=WEEKLY;BYDAY=SA\r\n…END:VCALENDAR\r\n'
 */
export function buildCalendar(input: CalendarInput): string {
  const timeZone = input.timezone;
  if (input.reminder !== undefined && !/^-?P(?=\d|T\d)(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/.test(input.reminder))
    throw new Error(`Not an iCalendar duration: ${input.reminder}`);
  const context: EventContext = { timeZone, siteUrl: input.siteUrl, stamp: icsUtc(input.now), reminder: input.reminder };
  const refresh = `PT${Math.max(1, Math.round(input.refreshHours ?? 4))}H`;
  const years = yearsUsed(input.events, Number(utcToZoned(input.now, timeZone).slice(0, 4)));
  const events = [...input.events].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(input.prodId ?? '-//Babillard//Agenda//FR')),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('NAME', escapeText(input.name)),
    contentLine('X-WR-CALNAME', escapeText(input.name)),
    ...(input.description ? [contentLine('DESCRIPTION', escapeText(input.description)), contentLine('X-WR-CALDESC', escapeText(input.description))] : []),
    contentLine('X-WR-TIMEZONE', escapeText(timeZone)),
    contentLine('URL', new URL(input.siteUrl).href, { VALUE: 'URI' }),
    contentLine('REFRESH-INTERVAL', refresh, { VALUE: 'DURATION' }),
    `X-PUBLISHED-TTL:${refresh}`,
    ...buildVTimezone(timeZone, years.from, years.to),
    ...events.flatMap((event) => eventLines(event, context)),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
