import { WEEKDAYS } from '../data/recurrence';
import { dayNumber, weekdayIndex } from './civil-date';
import { formatDay, formatDayOfMonth, formatShortDay, formatTimeSpan } from './dates';
import type { Translate } from './i18n';
import { ruleOf, type Recurrence } from './recurrence';

/**
 * The sentence that says how an event repeats, in the site's language: every
 * word from the dictionary (`recurrence.*`), dates from `dates.ts`.
 */

export interface Wording {
  t: Translate;
  locale: string;
}

/** « a », « a et b », « a, b et c ». */
function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * @param start the event's start (`YYYY-MM-DD…`), which gives the day, weekday and rank.
 * @example describeRecurrence({ frequency: 'weekly' }, '2026-12-05T10:00', fr) → 'Tous les samedis'
 * @example describeRecurrence({ frequency: 'weekly', interval: 2, weekdays: ['mo', 'th'] }, '2026-12-07', fr) → 'Toutes les 2 semaines, le lundi et le jeudi'
 * @example describeRecurrence({ frequency: 'monthly', monthly: 'weekday-of-month' }, '2026-12-08T18:00', fr) → 'Le 2e mardi de chaque mois'
 * @example describeRecurrence({ frequency: 'yearly', until: '2030-12-31' }, '2026-07-14', fr) → 'Chaque année le 14 juillet jusqu’au 31 décembre 2030'
 */
export function describeRecurrence(recurrence: Recurrence, start: string, { t, locale }: Wording, { bounds = true } = {}): string {
  const date = start.slice(0, 10);
  const dayInMonth = Number(date.slice(8, 10));
  const weekday = WEEKDAYS[weekdayIndex(dayNumber(date))] ?? WEEKDAYS[0];
  const weekdayName = t(`recurrence.weekday.${weekday.key}`);
  const interval = recurrence.interval !== undefined && recurrence.interval > 1 ? recurrence.interval : 1;
  const and = t('list.and');
  let text: string;
  if (recurrence.frequency === 'weekly') {
    const days = ruleOf(date, recurrence).weekdays.map((i) => WEEKDAYS[i] ?? weekday);
    text =
      interval === 1
        ? t('recurrence.weekly', {
            days: list(
              days.map((d) => t(`recurrence.weekdays.${d.key}`)),
              and,
            ),
          })
        : t('recurrence.weeklyInterval', {
            n: interval,
            days: list(
              days.map((d) => t('recurrence.onDay', { day: t(`recurrence.weekday.${d.key}`) })),
              and,
            ),
          });
  } else if (recurrence.frequency === 'monthly') {
    const mode = recurrence.monthly ?? 'day-of-month';
    const every = interval === 1 ? t('recurrence.everyMonth') : t('recurrence.everyNMonths', { n: interval });
    if (mode === 'day-of-month') {
      text =
        t('recurrence.dayOfMonth', { day: formatDayOfMonth(dayInMonth, locale), every }) +
        (dayInMonth > 28 ? t('recurrence.dayOfMonthNote', { day: dayInMonth }) : '');
    } else if (mode === 'last-weekday') {
      text = t('recurrence.lastWeekday', { weekday: weekdayName, every });
    } else {
      const rank = Math.ceil(dayInMonth / 7);
      text =
        t('recurrence.weekdayOfMonth', { rank: t(rank === 1 ? 'recurrence.rankFirst' : 'recurrence.rank', { n: rank }), weekday: weekdayName, every }) +
        (rank === 5 ? t('recurrence.fifthNote') : '');
    }
  } else {
    const day = formatDay(date, locale, { weekday: false, year: false });
    text = interval === 1 ? t('recurrence.yearly', { day }) : t('recurrence.yearlyInterval', { n: interval, day });
    if (date.slice(5) === '02-29') text += t('recurrence.leapNote');
  }
  if (bounds && recurrence.until !== undefined) text += t('recurrence.until', { date: formatDay(recurrence.until, locale, { weekday: false }) });
  else if (bounds && recurrence.count !== undefined) text += t('recurrence.count', { n: recurrence.count });
  return capitalise(text);
}

/** A series this short is written as its dates: « tous les mardis et mercredis, 2 fois » says less than the two days. */
const FEW_DATES = 4;

/**
 * Whether a series is written as its dates (`dates`: every one of them, cancelled too): a `count` of four or less.
 * @example writtenAsDates({ frequency: 'weekly', weekdays: ['tu', 'we'], count: 2 }, ['2026-12-22T15:00', '2026-12-23T15:00']) → true
 */
export function writtenAsDates(recurrence: Recurrence, dates: readonly string[]): boolean {
  return recurrence.count !== undefined && recurrence.count <= FEW_DATES && dates.length === recurrence.count;
}

/**
 * The line of a series' card in the agenda: how it repeats, its hours, and the
 * date it is filed under (the next one; in the archives, the last one). A
 * series of a few dates (`count` of 4 or less) lists them instead, given `dates`.
 * @example describeSeries({ start: '2026-12-05T10:00', end: '2026-12-05T11:30', recurrence: { frequency: 'weekly' } }, '2026-12-05T10:00', { t, locale, currentYear: 2026 })
 *   → 'Tous les samedis, 10 h – 11 h 30 · prochaine : sam. 5 déc.'
 */
export function describeSeries(
  event: { start: string; end?: string | undefined; recurrence: Recurrence },
  shown: string,
  { t, locale, currentYear, past = false, dates = [] }: Wording & { currentYear: number; past?: boolean; dates?: readonly string[] },
): string {
  const day = (date: string) => formatShortDay(date, locale, { year: Number(date.slice(0, 4)) !== currentYear });
  const few = writtenAsDates(event.recurrence, dates);
  const pattern = few ? list(dates.map(day), t('list.and')) : describeRecurrence(event.recurrence, event.start, { t, locale }, { bounds: false });
  // A whole day needs no hours: « Le 4 de chaque mois » says it.
  const what =
    event.start.length === 10
      ? pattern
      : t('agenda.seriesHours', {
          pattern,
          hours: formatTimeSpan(event.start, event.end, { locale, currentYear, allDay: t('date.allDay'), until: t('date.until') }),
        });
  if (few) return what;
  return t(past ? 'agenda.seriesWhenPast' : 'agenda.seriesWhen', { what, next: day(shown) });
}
