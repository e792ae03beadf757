/**
 * Repeating events: the dates they fall on, the checks an editor needs, and a
 * French sentence that describes the rule.
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
import { MONTHLY_MODES, WEEKDAYS, type ChangePlace, type MonthlyMode, type Recurrence, type RecurrenceChange } from '../schemas/recurrence';

export { MONTHLY_MODES, WEEKDAYS };

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

/** One thing an editor must fix, with the field it is about. */
export interface RecurrenceProblem {
  /** Dotted path for people, e.g. `recurrence.cancelled[1]`. */
  field: string;
  /** The same path for Zod's `ctx.addIssue({ path })`, e.g. `['recurrence', 'cancelled', 1]`. */
  path: (string | number)[];
  /** French sentence saying what is wrong and how to fix it. */
  message: string;
}

// ---------------------------------------------------------------------------
// Civil-date arithmetic. Dates are handled as day numbers since 1970-01-01 so
// that no time zone (not even the machine's) can shift them.

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dateOf(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A calendar date moved by whole days.
 * @example addDays('2026-12-31', 1) → '2027-01-01'
 */
export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** 0 = Monday … 6 = Sunday, the order of WEEKDAYS. */
function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** Month is 1–12. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/** The same day N months later, clamped to the month's length (31 January + 1 → 28/29 February). */
function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Minutes since the epoch of a wall-clock string read as UTC: for nominal durations only. */
function wallMinutes(local: string): number {
  return dayNumber(local) * 1440 + Number(local.slice(11, 13) || 0) * 60 + Number(local.slice(14, 16) || 0);
}

function wallClockOf(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${dateOf(day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

const isDateOnly = (value: string) => value.length === 10;
const LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

// ---------------------------------------------------------------------------
// The rule itself.

interface Rule {
  startDay: number;
  frequency: Recurrence['frequency'];
  interval: number;
  /** Weekday indexes, sorted (weekly). */
  weekdays: number[];
  monthly: MonthlyMode;
  untilDay?: number;
  count?: number;
}

function ruleOf(start: string, recurrence: Recurrence): Rule {
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
function* ruleDays(rule: Rule, limitDay: number): Generator<number> {
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

function isAllDay(event: AgendaTiming): boolean {
  return event.allDay ?? isDateOnly(event.start);
}

/** Where the usual end falls for an occurrence starting at `start` (nominal duration of the first one). */
function endFor(event: AgendaTiming, start: string): string | undefined {
  if (event.end === undefined) return undefined;
  if (isAllDay(event)) return addDays(start.slice(0, 10), dayNumber(event.end) - dayNumber(event.start));
  return wallClockOf(wallMinutes(start) + wallMinutes(event.end) - wallMinutes(event.start));
}

function occurrenceOn(
  event: AgendaTiming,
  date: string,
  cancelled: ReadonlySet<string>,
  changes: ReadonlyMap<string, RecurrenceChange>,
): Occurrence {
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

const byStart = (a: Occurrence, b: Occurrence) =>
  lowerBound(a.start).localeCompare(lowerBound(b.start)) || a.originalDate.localeCompare(b.originalDate);

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
function ruleDates(event: AgendaTiming, limit: string): Set<string> {
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
 * The weekday of a date as a row of WEEKDAYS (key, iCalendar code, French name).
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

// ---------------------------------------------------------------------------
// French wording.

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** French writes the first of the month as an ordinal: « 1er mai ». */
const dayOfMonth = (day: number) => (day === 1 ? '1er' : String(day));

/** « samedi 5 décembre 2026 », « 1er juillet 2027 », « 14 juillet ». */
function frenchDate(date: string, { weekday = true, year = true } = {}): string {
  const day = dayNumber(date);
  const text = `${dayOfMonth(Number(date.slice(8, 10)))} ${MONTHS[Number(date.slice(5, 7)) - 1]}${year ? ` ${date.slice(0, 4)}` : ''}`;
  return weekday ? `${WEEKDAYS[weekdayIndex(day)]?.label} ${text}` : text;
}

/** « a », « a et b », « a, b et c ». */
function frenchList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** « 1er », « 2e »: French ordinals of ranks. */
const rankWord = (rank: number) => (rank === 1 ? '1er' : `${rank}e`);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A French sentence describing a recurrence, for the agenda and the CMS preview.
 * @param start the event's start (`YYYY-MM-DD…`), which gives the day, weekday and rank.
 * @example describeRecurrence({ frequency: 'weekly' }, '2026-12-05T10:00') → 'Tous les samedis'
 * @example describeRecurrence({ frequency: 'weekly', interval: 2, weekdays: ['mo', 'th'] }, '2026-12-07') → 'Toutes les 2 semaines, le lundi et le jeudi'
 * @example describeRecurrence({ frequency: 'monthly', monthly: 'weekday-of-month' }, '2026-12-08T18:00') → 'Le 2e mardi de chaque mois'
 * @example describeRecurrence({ frequency: 'monthly', monthly: 'last-weekday' }, '2026-12-25') → 'Le dernier vendredi de chaque mois'
 * @example describeRecurrence({ frequency: 'yearly', until: '2030-12-31' }, '2026-07-14') → 'Chaque année le 14 juillet jusqu’au 31 décembre 2030'
 */
export function describeRecurrence(recurrence: Recurrence, start: string): string {
  const date = start.slice(0, 10);
  const startDay = dayNumber(date);
  const dayInMonth = Number(date.slice(8, 10));
  const weekday = WEEKDAYS[weekdayIndex(startDay)] ?? WEEKDAYS[0];
  const interval = recurrence.interval !== undefined && recurrence.interval > 1 ? recurrence.interval : 1;
  let text: string;
  if (recurrence.frequency === 'weekly') {
    const days = ruleOf(date, recurrence).weekdays.map((i) => WEEKDAYS[i] ?? weekday);
    text =
      interval === 1
        ? `tous les ${frenchList(days.map((d) => d.plural))}`
        : `toutes les ${interval} semaines, ${frenchList(days.map((d) => `le ${d.label}`))}`;
  } else if (recurrence.frequency === 'monthly') {
    const mode = recurrence.monthly ?? 'day-of-month';
    const every = interval === 1 ? ' de chaque mois' : `, tous les ${interval} mois`;
    if (mode === 'day-of-month') {
      text = `le ${dayOfMonth(dayInMonth)}${every}${dayInMonth > 28 ? ` (les mois qui ont un ${dayInMonth})` : ''}`;
    } else if (mode === 'last-weekday') {
      text = `le dernier ${weekday.label}${every}`;
    } else {
      const rank = Math.ceil(dayInMonth / 7);
      text = `le ${rankWord(rank)} ${weekday.label}${every}${rank === 5 ? ' (les mois qui en ont un)' : ''}`;
    }
  } else {
    const day = frenchDate(date, { weekday: false, year: false });
    text = interval === 1 ? `chaque année le ${day}` : `tous les ${interval} ans, le ${day}`;
    if (date.slice(5) === '02-29') text += ' (les années bissextiles)';
  }
  if (recurrence.until !== undefined) text += ` jusqu’au ${frenchDate(recurrence.until, { weekday: false })}`;
  else if (recurrence.count !== undefined) text += `, ${recurrence.count} fois`;
  return capitalise(text);
}

// ---------------------------------------------------------------------------
// Checks.

/**
 * What is wrong with an event's recurrence, in French, field by field.
 * Needs the event's start, which is why the recurrence schema cannot check
 * these alone: the event schema runs this in its `superRefine`.
 * Checks: interval and count are whole numbers ≥ 1; not both `until` and
 * `count`; `until` not before the start; weekly days include the start's
 * weekday (calendar apps always count the start as an occurrence, so a start
 * outside the rule would show a date the site does not); a `last-weekday`
 * start is the last such weekday of its month; each cancelled or changed date
 * is a real occurrence, listed once, not both cancelled and changed; a change
 * changes something, with dates in the event's format and an end after its start.
 * @example
 * recurrenceProblems({ start: '2026-12-05T10:00', recurrence: { frequency: 'weekly', cancelled: ['2026-12-13'] } })
 * → [{ field: 'recurrence.cancelled[0]', path: ['recurrence', 'cancelled', 0],
 *      message: 'Le dimanche 13 décembre 2026 n’est pas une date de cette répétition (tous les samedis). Dates prévues les plus proches : samedi 12 décembre 2026, samedi 19 décembre 2026.' }]
 */
export function recurrenceProblems(event: AgendaTiming): RecurrenceProblem[] {
  const recurrence = event.recurrence;
  if (!recurrence || !LOCAL.test(event.start)) return [];
  const problems: RecurrenceProblem[] = [];
  const add = (path: (string | number)[], message: string) => {
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    problems.push({ field, path, message });
  };
  const startDate = event.start.slice(0, 10);
  const allDay = isAllDay(event);

  if (recurrence.interval !== undefined && !(Number.isInteger(recurrence.interval) && recurrence.interval >= 1)) {
    add(['recurrence', 'interval'], 'L’intervalle doit être un nombre entier d’au moins 1 : 1 pour chaque fois, 2 pour une fois sur deux…');
  }
  if (recurrence.count !== undefined && !(Number.isInteger(recurrence.count) && recurrence.count >= 1)) {
    add(['recurrence', 'count'], 'Le nombre de fois doit être un nombre entier d’au moins 1.');
  }
  if (recurrence.until !== undefined && recurrence.count !== undefined) {
    add(['recurrence', 'count'], 'Indiquez soit « Jusqu’au » (until), soit « Nombre de fois » (count), pas les deux : ils pourraient se contredire.');
  }
  if (recurrence.until !== undefined && LOCAL.test(recurrence.until) && recurrence.until < startDate) {
    add(
      ['recurrence', 'until'],
      `La répétition s’arrête le ${frenchDate(recurrence.until)}, avant le début de l’événement (${frenchDate(startDate)}) : aucune date n’aurait lieu. Corrigez « Jusqu’au » ou le début.`,
    );
  }

  const startWeekday = WEEKDAYS[weekdayIndex(dayNumber(startDate))] ?? WEEKDAYS[0];
  if (recurrence.frequency === 'weekly' && recurrence.weekdays && recurrence.weekdays.length > 0) {
    const seen = new Set<string>();
    recurrence.weekdays.forEach((key, i) => {
      if (seen.has(key)) add(['recurrence', 'weekdays', i], `Le ${WEEKDAYS.find((w) => w.key === key)?.label ?? key} figure deux fois dans les jours.`);
      seen.add(key);
    });
    if (!seen.has(startWeekday.key)) {
      const chosen = WEEKDAYS.filter((w) => seen.has(w.key));
      const firstDay = [...ruleDays(ruleOf(startDate, recurrence), dayNumber(startDate) + 7)][0];
      add(
        ['recurrence', 'weekdays'],
        `Le début (${frenchDate(startDate)}) tombe un ${startWeekday.label}, qui n’est pas parmi les jours choisis (${frenchList(chosen.map((w) => w.label))}). ` +
          `Les agendas comptent toujours le début comme une date de la série : ajoutez le ${startWeekday.label} aux jours, ` +
          `ou placez le début au premier jour voulu${firstDay === undefined ? '' : ` (${frenchDate(dateOf(firstDay))})`}.`,
      );
    }
  }
  if (recurrence.frequency === 'monthly' && recurrence.monthly === 'last-weekday') {
    const day = Number(startDate.slice(8, 10));
    const length = daysInMonth(Number(startDate.slice(0, 4)), Number(startDate.slice(5, 7)));
    if (day + 7 <= length) {
      const last = addDays(startDate, Math.floor((length - day) / 7) * 7);
      add(
        ['recurrence', 'monthly'],
        `Le début (${frenchDate(startDate)}) n’est pas le dernier ${startWeekday.label} du mois. ` +
          `Placez le début au dernier ${startWeekday.label} (${frenchDate(last)}), ou choisissez « le même jour de la semaine et le même rang » (le ${rankWord(Math.ceil(day / 7))} ${startWeekday.label}).`,
      );
    }
  }

  const cancelled = recurrence.cancelled ?? [];
  const changes = recurrence.changes ?? [];
  const checkedDates = [...cancelled, ...changes.map((c) => c.date)].filter((d) => LOCAL.test(d));
  // One pass over the rule up to a little past the last date to check, so the nearest next date can be named.
  const known = checkedDates.length === 0 ? new Set<string>() : ruleDates(event, addDays(checkedDates.sort().at(-1) ?? startDate, 400));
  const sortedKnown = [...known].sort();
  const describe = describeRecurrence(recurrence, event.start).replace(/^./, (c) => c.toLowerCase());
  const notAnOccurrence = (date: string) => {
    const before = sortedKnown.filter((d) => d < date).at(-1);
    const after = sortedKnown.find((d) => d > date);
    const nearest = [before, after].filter((d): d is string => d !== undefined).map((d) => frenchDate(d));
    return (
      `Le ${frenchDate(date)} n’est pas une date de cette répétition (${describe}).` +
      (nearest.length === 1 ? ` Date prévue la plus proche : ${nearest[0]}.` : '') +
      (nearest.length === 2 ? ` Dates prévues les plus proches : ${nearest.join(', ')}.` : '')
    );
  };

  const cancelledSeen = new Set<string>();
  cancelled.forEach((date, i) => {
    if (cancelledSeen.has(date)) add(['recurrence', 'cancelled', i], `Le ${frenchDate(date)} est déjà dans la liste des dates annulées.`);
    else if (!known.has(date)) add(['recurrence', 'cancelled', i], notAnOccurrence(date));
    cancelledSeen.add(date);
  });

  const changeSeen = new Set<string>();
  changes.forEach((change, i) => {
    const at = (...rest: (string | number)[]) => ['recurrence', 'changes', i, ...rest];
    if (changeSeen.has(change.date)) add(at('date'), `Une autre modification porte déjà sur le ${frenchDate(change.date)} ; regroupez-les en une seule.`);
    else if (!known.has(change.date)) add(at('date'), notAnOccurrence(change.date));
    else if (cancelledSeen.has(change.date)) {
      add(at('date'), `Le ${frenchDate(change.date)} est aussi dans les dates annulées : une date annulée ne peut pas être modifiée. Retirez-la de l’une des deux listes.`);
    }
    changeSeen.add(change.date);

    if (change.start === undefined && change.end === undefined && change.place === undefined && change.note === undefined) {
      add(at(), `Indiquez ce qui change le ${frenchDate(change.date)} : un nouveau début, une nouvelle fin, un autre lieu ou une note.`);
    }
    const formatOk = (key: 'start' | 'end') => {
      const value = change[key];
      if (value === undefined) return true;
      if (allDay && !isDateOnly(value)) {
        add(at(key), 'Cet événement dure toute la journée : indiquez une date seule (AAAA-MM-JJ), sans heure.');
        return false;
      }
      if (!allDay && isDateOnly(value)) {
        add(at(key), 'Indiquez la date et l’heure (AAAA-MM-JJTHH:MM), par exemple 2027-01-02T14:00.');
        return false;
      }
      return true;
    };
    const startOk = formatOk('start');
    if (formatOk('end') && startOk && change.end !== undefined) {
      const newStart = change.start ?? (allDay ? change.date : `${change.date}${event.start.slice(10)}`);
      if (change.end < newStart || (!allDay && change.end === newStart)) {
        add(at('end'), `La nouvelle fin (${change.end.replace('T', ' à ')}) doit être après le ${change.start === undefined ? 'début' : 'nouveau début'} (${newStart.replace('T', ' à ')}).`);
      }
    }
  });
  return problems;
}
