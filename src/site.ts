import { config } from './config';
import { allNews, settings } from './content';
import { dictionaries } from './i18n/index';
import { formatRange, formatShortDay, formatTimeSpan } from './lib/dates';
import { createTranslator } from './lib/i18n';
import { describeSeries } from './lib/recurrence-words';
import type { Recurrence } from './lib/recurrence';
import { published } from './lib/site';
import { localNow } from './lib/timezone';

/**
 * What every page shares: the words of the site's language, the build's clock
 * in the co-op's zone, and the news published by then.
 */

export const t = createTranslator(dictionaries[settings.language], dictionaries.fr);
export const locale = t('meta.locale');

/** Build time (BABILLARD_NOW pins it in tests). */
export const now = config.now;
/** Local wall-clock time in the co-op's zone, `YYYY-MM-DDTHH:mm`. */
export const localTime = localNow(now, settings.timezone);
export const today = localTime.slice(0, 10);

/** The news items dated today or earlier, newest first. */
export const news = published(allNews, today);

const currentYear = Number(today.slice(0, 4));
/** Words of a time span in the site's language. */
export const when = (start: string, end?: string) => formatRange(start, end, { locale, currentYear, spanDays: t('date.spanDays') });
/** The time part of a span, for lines that already show the day. */
export const hours = (start: string, end?: string) => formatTimeSpan(start, end, { locale, currentYear, allDay: t('date.allDay'), until: t('date.until') });
/** A day in few letters (« sam. 5 déc. »), with its year when it is not this one, unless `year` is false (a list in order, months ahead). */
export const shortDay = (local: string, { year = Number(local.slice(0, 4)) !== currentYear } = {}) => formatShortDay(local, locale, { year });
/** The line of a series' card: « Tous les samedis, 10 h – 11 h 30 · prochaine : sam. 5 déc. ». */
export const seriesWhen = (event: { start: string; end?: string | undefined; recurrence: Recurrence }, shown: string, dates: readonly string[], past = false) =>
  describeSeries(event, shown, { t, locale, currentYear, past, dates });
