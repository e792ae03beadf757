/**
 * French (or other locale) wording of the site's local date strings.
 * Dates are stored as wall-clock values in the co-op's zone, so formatting
 * needs no zone conversion: we format them as if they were UTC.
 */

const utc = (local: string) => {
  const [date = '', time = '00:00'] = local.split('T');
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** French writes the first day of a month as an ordinal: « 1er décembre », never « 1 décembre ». */
function format(local: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const firstIsOrdinal = /^fr\b/i.test(locale);
  return fmt(locale, options)
    .formatToParts(utc(local))
    .map((part) => (firstIsOrdinal && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/**
 * @example formatDay('2026-12-05', 'fr-FR') → 'samedi 5 décembre 2026'
 * @example formatDay('2026-12-01', 'fr-FR') → 'mardi 1er décembre 2026'
 * @example formatDay('2026-12-05', 'fr-FR', { year: false }) → 'samedi 5 décembre'
 */
export function formatDay(local: string, locale: string, { year = true, weekday = true } = {}): string {
  return format(local, locale, { ...(weekday ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}) });
}

/**
 * A day of the month alone, as in « le 15 de chaque mois ».
 * @example formatDayOfMonth(1, 'fr-FR') → '1er'
 * @example formatDayOfMonth(15, 'fr-FR') → '15'
 */
export function formatDayOfMonth(day: number, locale: string): string {
  return format(`2000-01-${String(day).padStart(2, '0')}`, locale, { day: 'numeric' });
}

/**
 * A day in few letters, for a line that says more: « prochaine : sam. 5 déc. ».
 * @example formatShortDay('2026-12-05T10:00', 'fr-FR') → 'sam. 5 déc.'
 * @example formatShortDay('2027-01-02', 'fr-FR', { year: true }) → 'sam. 2 janv. 2027'
 */
export function formatShortDay(local: string, locale: string, { year = false } = {}): string {
  return format(local, locale, { weekday: 'short', day: 'numeric', month: 'short', ...(year ? { year: 'numeric' } : {}) });
}

/** @example formatShortDate('2026-12-05', 'fr-FR') → '5 déc. 2026' */
export function formatShortDate(local: string, locale: string): string {
  return format(local, locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * French typography writes hours as « 10 h » or « 10 h 30 », with no-break
 * spaces so a phone never puts « 30 » alone on the next line.
 * @example formatTime('2026-12-05T10:30') → '10\u00a0h\u00a030'
 */
export function formatTime(local: string): string {
  const [hh = '00', mm = '00'] = (local.split('T')[1] ?? '').split(':');
  return `${Number(hh)}\u00a0h${mm === '00' ? '' : `\u00a0${mm}`}`;
}

/** @example monthLabel('2026-12-05', 'fr-FR') → 'décembre 2026' */
export function monthLabel(local: string, locale: string): string {
  return fmt(locale, { month: 'long', year: 'numeric' }).format(utc(local));
}

export interface RangeOptions {
  locale: string;
  /** Spans within this year are written without it; a span that leaves it shows its years. */
  currentYear: number;
  /** Wording of spans across days, e.g. `du {from} au {to}` (from the dictionary). */
  spanDays: string;
}

/**
 * The human wording of an event's time span.
 * @example formatRange('2026-12-05T10:00', '2026-12-05T12:00', fr) → 'samedi 5 décembre, 10 h – 12 h'
 * @example formatRange('2026-12-04', '2026-12-06', fr) → 'du vendredi 4 au dimanche 6 décembre'
 * @example formatRange('2026-12-30', '2027-01-02', fr) → 'du mercredi 30 décembre 2026 au samedi 2 janvier 2027'
 */
export function formatRange(start: string, end: string | undefined, { locale, currentYear, spanDays }: RangeOptions): string {
  const span = (from: string, to: string) => spanDays.replace('{from}', from).replace('{to}', to);
  const yearOf = (s: string) => Number(s.slice(0, 4));
  const showYear = yearOf(start) !== currentYear || (end !== undefined && yearOf(end) !== currentYear);
  // The start of a span needs its own year only when the span ends in another one.
  const startYear = end !== undefined && yearOf(end) !== yearOf(start);
  const day = (s: string) => formatDay(s, locale, { year: showYear });
  const allDay = start.length === 10;
  if (!end || end.slice(0, 10) === start.slice(0, 10)) {
    if (allDay) return day(start);
    return end ? `${day(start)}, ${formatTime(start)} – ${formatTime(end)}` : `${day(start)}, ${formatTime(start)}`;
  }
  const startDay = formatDay(start, locale, { year: startYear });
  if (allDay) {
    const startText = start.slice(0, 7) === end.slice(0, 7) ? startDay.replace(/ \S+$/, '') : startDay;
    return span(startText, day(end));
  }
  return span(`${startDay}, ${formatTime(start)}`, `${day(end)}, ${formatTime(end)}`);
}

/**
 * The three lines of a calendar leaf for a day: short weekday, day number, short month.
 * @example calendarLeaf('2026-12-05T10:00', 'fr-FR') → { weekday: 'sam.', day: '5', month: 'déc.' }
 */
export function calendarLeaf(local: string, locale: string): { weekday: string; day: string; month: string } {
  const date = utc(local);
  return {
    weekday: fmt(locale, { weekday: 'short' }).format(date),
    day: String(date.getUTCDate()),
    month: fmt(locale, { month: 'short' }).format(date),
  };
}

export interface TimeSpanOptions {
  locale: string;
  currentYear: number;
  /** Wording of a whole day, e.g. « Toute la journée ». */
  allDay: string;
  /** Wording of a span to a later day, e.g. `jusqu’au {to}`. */
  until: string;
}

/**
 * The time part of a span, for a line that already shows the day (a calendar leaf).
 * @example formatTimeSpan('2026-12-05T10:00', '2026-12-05T12:00', fr) → '10 h – 12 h'
 * @example formatTimeSpan('2027-04-10', '2027-04-11', fr) → 'Jusqu’au dimanche 11 avril 2027'
 * @example formatTimeSpan('2027-04-10', undefined, fr) → 'Toute la journée'
 */
export function formatTimeSpan(start: string, end: string | undefined, { locale, currentYear, allDay, until }: TimeSpanOptions): string {
  const day = (s: string) => formatDay(s, locale, { year: Number(s.slice(0, 4)) !== currentYear });
  const sameDay = !end || end.slice(0, 10) === start.slice(0, 10);
  if (start.length === 10) return sameDay ? allDay : until.replace('{to}', day(end));
  if (sameDay) return end ? `${formatTime(start)} – ${formatTime(end)}` : formatTime(start);
  return `${formatTime(start)} – ${day(end)}, ${formatTime(end)}`;
}
