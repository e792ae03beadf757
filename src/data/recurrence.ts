/**
 * The tables of repeating events: their enums (schemas, CMS options) and
 * iCalendar codes come from here; their words are in the dictionary
 * (`recurrence.weekday.mo`, `recurrence.frequency.weekly`…).
 */

/** Days of the week, Monday first as in ISO 8601 and RFC 5545's default WKST. */
export const WEEKDAYS = [
  { key: 'mo', ics: 'MO' },
  { key: 'tu', ics: 'TU' },
  { key: 'we', ics: 'WE' },
  { key: 'th', ics: 'TH' },
  { key: 'fr', ics: 'FR' },
  { key: 'sa', ics: 'SA' },
  { key: 'su', ics: 'SU' },
] as const;

export type WeekdayKey = (typeof WEEKDAYS)[number]['key'];

export const FREQUENCIES = [
  { key: 'weekly', ics: 'WEEKLY' },
  { key: 'monthly', ics: 'MONTHLY' },
  { key: 'yearly', ics: 'YEARLY' },
] as const;

export type Frequency = (typeof FREQUENCIES)[number]['key'];

export const MONTHLY_MODES = [{ key: 'day-of-month' }, { key: 'weekday-of-month' }, { key: 'last-weekday' }] as const;

export type MonthlyMode = (typeof MONTHLY_MODES)[number]['key'];

/** The largest `count` accepted: a safety net against a typo like 1000 that would fill the agenda. */
export const MAX_COUNT = 500;

/** The keys of a table as the non-empty tuple z.enum wants. */
export const keysOf = <K extends string>(table: readonly { readonly key: K }[]) => table.map((row) => row.key) as [K, ...K[]];
