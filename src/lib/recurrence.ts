/**
 * Repeating events: the dates they fall on. The checks an editor needs are in
 * recurrence-checks.ts, the sentence that describes a rule in recurrence-words.ts.
 *
 * Everything works on local wall-clock strings in the co-op's zone
 * (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`), never on instants: "every Sunday at
 * 10:00" stays 10:00 across daylight-saving changes, exactly as an RRULE with
 * a TZID does in calendar apps. So nothing here needs the time zone; the feed
 * writer (`ics.ts`) converts at the edges with `timezone.ts`.
 *
 * The rules match RFC 5545 so that the site and the calendar apps show the
 * same dates:
 * - `monthly: day-of-month` from a 31st skips the months without a 31st (BYMONTHDAY=31);
 * - `monthly: weekday-of-month` from a 5th Monday skips the months without a
 *   5th Monday (BYDAY=5MO); `last-weekday` is the alternative (BYDAY=-1MO);
 * - `yearly` from 29 February happens in leap years only;
 * - `count` counts cancelled occurrences too (EXDATE removes dates after COUNT).
 * Durations are wall-clock durations: an occurrence lasts as many days and
 * hours and minutes on the clock as the first one.
 */
import { WEEKDAYS, type MonthlyMode, type WeekdayKey } from '../data/recurrence';
import {
  addDays,
  addMonths,
  dateOf,
  DAY_MS,
  dayNumber,
  daysInMonth,
  isDateOnly,
  isLeapYear,
  LOCAL_DATE_TIME as LOCAL,
  wallClockOf,
  wallMinutes,
  weekdayIndex,
} from './civil-date';

/** Where an event, or one changed date of it, takes place. */
export interface ChangePlace {
  name: string;
  address?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** One date of a series that keeps its place in the series but changes time, place or both. */
export interface RecurrenceChange {
  date: string;
  start?: string | undefined;
  end?: string | undefined;
  place?: ChangePlace | undefined;
  note?: string | undefined;
}

/** How an event repeats (the `recurrence` block; src/schemas/recurrence.ts checks its fields). */
export interface Recurrence {
  frequency: 'weekly' | 'monthly' | 'yearly';
  interval?: number | undefined;
  weekdays?: readonly WeekdayKey[] | undefined;
  monthly?: MonthlyMode | undefined;
  until?: string | undefined;
  count?: number | undefined;
  cancelled?: readonly string[] | undefined;
  changes?: readonly RecurrenceChange[] | undefined;
}

/** The fields of an event that decide when it happens (a subset of the event entry). */
export interface AgendaTiming {
  /** `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for an all-day event. */
  start: string;
  /** Same format as start; for all-day events the last day, inclusive. */
  end?: string | undefined;
  /** Defaults to "start has no time". */
  allDay?: boolean | undefined;
  /** The whole event is cancelled: every occurrence is. */
  cancelled?: boolean | undefined;
  recurrence?: Recurrence | undefined;
}

/** One date of an event, as the site shows it. */
export interface Occurrence {
  /** Local start, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD` (all-day). */
  start: string;
  /** Local end in the same format (all-day: last day, inclusive); absent when the event has none. */
  end?: string;
  allDay: boolean;
  /** The date the rule gave this occurrence, before any change: its identity (RECURRENCE-ID). */
  originalDate: string;
  cancelled: boolean;
  /** Moved, or held elsewhere, or annotated, through `recurrence.changes`. */
  changed: boolean;
  place?: ChangePlace;
  note?: string;
}

// ---------------------------------------------------------------------------
// The rule itself.

export interface Rule {
  startDay: number;
  frequency: Recurrence['frequency'];
  interval: number;
  /** Weekday indexes, sorted (weekly). */
  weekdays: number[];
  monthly: MonthlyMode;
  untilDay?: number;
  count?: number;
}

export function ruleOf(start: string, recurrence: Recurrence): Rule {
  const startDay = dayNumber(start);
  const chosen = (recurrence.weekdays ?? []).map((key) => WEEKDAYS.findIndex((w) => w.key === key)).filter((i) => i >= 0);
  return {
    startDay,
    frequency: recurrence.frequency,
    // A broken interval is reported by recurrenceProblems; expanding with 1 keeps the site usable meanwhile.
    interval: Number.isInteger(recurrence.interval) && (recurrence.interval ?? 1) >= 1 ? (recurrence.interval ?? 1) : 1,
    weekdays: chosen.length > 0 ? [...new Set(chosen)].sort((a, b) => a - b) : [weekdayIndex(startDay)],
    monthly: recurrence.monthly ?? 'day-of-month',
    ...(recurrence.until !== undefined && LOCAL.test(recurrence.until) ? { untilDay: dayNumber(recurrence.until) } : {}),
    ...(recurrence.count !== undefined && recurrence.count >= 1 ? { count: Math.floor(recurrence.count) } : {}),
  };
}

/** The day of the month a monthly rule gives in year/month, or undefined when that month has none. */
function monthlyDay(rule: Rule, year: number, month: number): number | undefined {
  const start = new Date(rule.startDay * DAY_MS);
  const startDate = start.getUTCDate();
  const weekday = weekdayIndex(rule.startDay);
  const length = daysInMonth(year, month);
  if (rule.monthly === 'day-of-month') return startDate <= length ? startDate : undefined;
  if (rule.monthly === 'last-weekday') {
    const lastWeekday = weekdayIndex(Date.UTC(year, month - 1, length) / DAY_MS);
    return length - ((lastWeekday - weekday + 7) % 7);
  }
  const rank = Math.ceil(startDate / 7);
  const firstWeekday = weekdayIndex(Date.UTC(year, month - 1, 1) / DAY_MS);
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (rank - 1);
  return day <= length ? day : undefined;
}

/**
 * The day numbers a rule gives, ascending, from the start, honouring `until`
 * and `count`, and never past `limitDay` (so a rule that seldom matches,
 * like 29 February every 100 years, cannot loop for long).
 */
export function* ruleDays(rule: Rule, limitDay: number): Generator<number> {
  const last = Math.min(limitDay, rule.untilDay ?? Number.POSITIVE_INFINITY);
  let produced = 0;
  const emit = (day: number): 'skip' | 'yield' | 'stop' => {
    if (day < rule.startDay) return 'skip';
    if (day > last) return 'stop';
    return 'yield';
  };
  const start = new Date(rule.startDay * DAY_MS);
  const startYear = start.getUTCFullYear();
  const startMonth = start.getUTCMonth() + 1;

  for (let period = 0; ; period += rule.interval) {
    let candidates: number[];
    let periodStart: number;
    if (rule.frequency === 'weekly') {
      periodStart = rule.startDay - weekdayIndex(rule.startDay) + period * 7;
      candidates = rule.weekdays.map((i) => periodStart + i);
    } else if (rule.frequency === 'monthly') {
      const index = startYear * 12 + startMonth - 1 + period;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      periodStart = Date.UTC(year, month - 1, 1) / DAY_MS;
      const day = monthlyDay(rule, year, month);
      candidates = day === undefined ? [] : [Date.UTC(year, month - 1, day) / DAY_MS];
    } else {
      const year = startYear + period;
      periodStart = Date.UTC(year, 0, 1) / DAY_MS;
      const day = start.getUTCDate();
      candidates = startMonth === 2 && day === 29 && !isLeapYear(year) ? [] : [Date.UTC(year, startMonth - 1, day) / DAY_MS];
    }
    if (periodStart > last) return;
    for (const day of candidates) {
      const verdict = emit(day);
      if (verdict === 'stop') return;
      if (verdict === 'skip') continue;
      yield day;
      produced += 1;
      if (rule.count !== undefined && produced >= rule.count) return;
    }
  }
}

// ---------------------------------------------------------------------------
// Occurrences.

export function isAllDay(event: AgendaTiming): boolean {
  return event.allDay ?? isDateOnly(event.start);
}

/** Where the usual end falls for an occurrence starting at `start` (nominal duration of the first one). */
function endFor(event: AgendaTiming, start: string): string | undefined {
  if (event.end === undefined) return undefined;
  if (isAllDay(event)) return addDays(start.slice(0, 10), dayNumber(event.end) - dayNumber(event.start));
  return wallClockOf(wallMinutes(start) + wallMinutes(event.end) - wallMinutes(event.start));
}

function occurrenceOn(event: AgendaTiming, date: string, cancelled: ReadonlySet<string>, changes: ReadonlyMap<string, RecurrenceChange>): Occurrence {
  const allDay = isAllDay(event);
  const start = allDay ? date : `${date}${event.start.slice(10)}`;
  const isCancelled = event.cancelled === true || cancelled.has(date);
  // A date both cancelled and changed is reported as a problem; cancelling wins, as it is the safer reading.
  const change = isCancelled ? undefined : changes.get(date);
  if (!change) {
    const end = endFor(event, start);
    return { start, ...(end === undefined ? {} : { end }), allDay, originalDate: date, cancelled: isCancelled, changed: false };
  }
  const newStart = change.start ?? start;
  const newEnd = change.end ?? endFor(event, newStart);
  return {
    start: newStart,
    ...(newEnd === undefined ? {} : { end: newEnd }),
    allDay,
    originalDate: date,
    cancelled: false,
    changed: true,
    ...(change.place === undefined ? {} : { place: change.place }),
    ...(change.note === undefined ? {} : { note: change.note }),
  };
}

/** Window bounds as comparable wall-clock strings: a bare date means its whole day. */
const lowerBound = (value: string) => (isDateOnly(value) ? `${value}T00:00` : value);
const upperBound = (value: string) => (isDateOnly(value) ? `${value}T23:59` : value);

function overlaps(occurrence: Occurrence, from: string, to: string): boolean {
  return lowerBound(occurrence.start) <= to && upperBound(occurrence.end ?? occurrence.start) >= from;
}

const byStart = (a: Occurrence, b: Occurrence) => lowerBound(a.start).localeCompare(lowerBound(b.start)) || a.originalDate.localeCompare(b.originalDate);

/**
 * The occurrences of an event that overlap a local-time window, sorted by start.
 *
 * A non-recurring event yields its single occurrence. Cancelled dates are
 * included with `cancelled: true` so the site can show them struck through;
 * changed dates carry their new time, place and note, and are found by their
 * new time (a date moved into the window is included, one moved out is not).
 *
 * @param window `from`/`to` as `YYYY-MM-DD` (whole day) or `YYYY-MM-DDTHH:mm`, inclusive.
 * @example
 * expandOccurrences(
 *   { start: '2026-12-05T10:00', end: '2026-12-05T12:00', recurrence: { frequency: 'weekly', cancelled: ['2026-12-12'] } },
 *   { from: '2026-12-01', to: '2026-12-15' },
 * )
 * → [
 *   { start: '2026-12-05T10:00', end: '2026-12-05T12:00', allDay: false, originalDate: '2026-12-05', cancelled: false, changed: false },
 *   { start: '2026-12-12T10:00', end: '2026-12-12T12:00', allDay: false, originalDate: '2026-12-12', cancelled: true, changed: false },
 * ]
 */
export function expandOccurrences(event: AgendaTiming, window: { from: string; to: string }): Occurrence[] {
  if (!LOCAL.test(event.start)) return [];
  const from = lowerBound(window.from);
  const to = upperBound(window.to);
  const startDate = event.start.slice(0, 10);
  const recurrence = event.recurrence;
  if (!recurrence) {
    const single = occurrenceOn(event, startDate, new Set(), new Map());
    return overlaps(single, from, to) ? [single] : [];
  }
  const cancelled = new Set(recurrence.cancelled ?? []);
  const changes = new Map<string, RecurrenceChange>();
  // The first change of a date wins; a second one is reported by recurrenceProblems.
  for (const change of recurrence.changes ?? []) if (!changes.has(change.date)) changes.set(change.date, change);
  // Changes may move a later date into the window, so look as far as the last changed date too.
  const limitDay = Math.max(dayNumber(to), ...[...changes.keys()].filter((d) => LOCAL.test(d)).map(dayNumber));
  const occurrences: Occurrence[] = [];
  for (const day of ruleDays(ruleOf(startDate, recurrence), limitDay)) {
    const occurrence = occurrenceOn(event, dateOf(day), cancelled, changes);
    if (overlaps(occurrence, from, to)) occurrences.push(occurrence);
  }
  return occurrences.sort(byStart);
}

/**
 * The occurrences not yet over at `now`, up to `horizonMonths` ahead, sorted;
 * cancelled ones included (flagged) so the agenda can say so.
 * @param now local wall clock, e.g. from `localNow(new Date(), settings.timezone)`.
 * @example nextOccurrences({ start: '2026-12-05T10:00', recurrence: { frequency: 'weekly' } }, '2026-12-06T09:00', 1)
 *   → occurrences on 12, 19 and 26 December and 2 January
 */
export function nextOccurrences(event: AgendaTiming, now: string, horizonMonths = 6): Occurrence[] {
  return expandOccurrences(event, { from: now, to: addMonths(now.slice(0, 10), horizonMonths) });
}

/**
 * The rule's original dates up to `limit`, cancelled ones included: what
 * "is this date an occurrence?" is checked against.
 */
export function ruleDates(event: AgendaTiming, limit: string): Set<string> {
  const dates = new Set<string>();
  if (!event.recurrence) return dates;
  for (const day of ruleDays(ruleOf(event.start.slice(0, 10), event.recurrence), dayNumber(limit))) dates.add(dateOf(day));
  return dates;
}

/**
 * The occurrence whose original date is `date` (with its change applied, or
 * flagged cancelled), or undefined when the event has no such date. Unlike
 * expandOccurrences it finds a date by its identity, wherever a change moved it.
 * @example occurrenceOnDate({ start: '2026-12-05T10:00', recurrence: { frequency: 'weekly' } }, '2026-12-12')
 *   → { start: '2026-12-12T10:00', allDay: false, originalDate: '2026-12-12', cancelled: false, changed: false }
 */
export function occurrenceOnDate(event: AgendaTiming, date: string): Occurrence | undefined {
  if (!isOccurrenceDate(event, date)) return undefined;
  const recurrence = event.recurrence;
  const changes = new Map<string, RecurrenceChange>();
  for (const change of recurrence?.changes ?? []) if (!changes.has(change.date)) changes.set(change.date, change);
  return occurrenceOn(event, date, new Set(recurrence?.cancelled ?? []), changes);
}

/**
 * The weekday of a date as a row of WEEKDAYS (key, iCalendar code).
 * @example weekdayOf('2026-12-05').key → 'sa'
 */
export function weekdayOf(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[weekdayIndex(dayNumber(date))] ?? WEEKDAYS[0];
}

/**
 * Whether a date is one of the rule's original dates (cancelled or not).
 * @example isOccurrenceDate({ start: '2026-12-05T10:00', recurrence: { frequency: 'weekly' } }, '2026-12-12') → true
 */
export function isOccurrenceDate(event: AgendaTiming, date: string): boolean {
  if (!LOCAL.test(event.start) || !LOCAL.test(date)) return false;
  if (!event.recurrence) return date === event.start.slice(0, 10);
  return ruleDates(event, date).has(date);
}
