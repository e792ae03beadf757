/**
 * Calendar arithmetic on the site's local date strings (`YYYY-MM-DD`,
 * `YYYY-MM-DDTHH:mm`), handled as day numbers since 1970-01-01 so that no
 * time zone, not even the machine's, can shift them. The one place that pads,
 * adds days and months, and tells a bare date from a date-time.
 */

export const DAY_MS = 86_400_000;

/** @example pad(7) → '07'; pad(7, 4) → '0007' */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A local date or date-time, as the content stores them. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** True for `YYYY-MM-DD` without a time. */
export const isDateOnly = (value: string): boolean => value.length === 10;

/** Days since 1970-01-01 of the date part. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The `YYYY-MM-DD` of a day number. */
export function dateOf(day: number): string {
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
export function weekdayIndex(day: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** Month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/**
 * The same day N months later, clamped to the month's length.
 * @example addMonths('2026-08-31', 6) → '2027-02-28'
 * @example addMonths('2026-03-31', -1) → '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** True when `y-m-d` names a day that exists (rejects 2026-02-30). */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Minutes since the epoch of a wall-clock string read as UTC: for nominal durations only. */
export function wallMinutes(local: string): number {
  return dayNumber(local) * 1440 + Number(local.slice(11, 13) || 0) * 60 + Number(local.slice(14, 16) || 0);
}

/** The wall-clock string of `wallMinutes`. */
export function wallClockOf(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${dateOf(day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}
