/**
 * Answering an event by e-mail: « Je viens », « Peut-être », « Je ne peux pas »,
 * each a `mailto:` whose subject names the event and the date, so the
 * organisers can count answers without asking back. Static pages cannot
 * collect answers themselves (PRODUCT.md: what needs a server stays outside);
 * a pre-filled e-mail is the next best thing, and needs no JavaScript.
 */
import { addDays } from './civil-date';
import type { Translate } from './i18n';
import { mailtoHref } from './mailto';
import type { Occurrence } from './recurrence';

export const answerChoices = ['yes', 'maybe', 'no'] as const;
export type AnswerChoice = (typeof answerChoices)[number];

/** One date a member can answer for. */
export interface AnswerDate {
  /** `YYYY-MM-DD`: the date of the series (its anchor), or the day of a multi-day event. */
  key: string;
  start: string;
  end?: string | undefined;
}

/** Beyond this many days, a multi-day event is answered as a whole: nobody picks among three weeks of days. */
const MAX_DAYS = 7;

/**
 * The dates to answer for, each with its own buttons: every date still to come
 * of a series (not cancelled), each remaining day of an all-day event over
 * several days (a two-day stand: Saturday or Sunday), or the event itself.
 * @example answerDates({ allDay: true, start: '2027-04-10', end: '2027-04-11' }, [stand], '2026-11-21')
 *   → [{ key: '2027-04-10', start: '2027-04-10' }, { key: '2027-04-11', start: '2027-04-11' }]
 */
export function answerDates(
  event: { allDay: boolean; start: string; end?: string | undefined; recurrence?: object | undefined },
  dates: readonly Occurrence[],
  today: string,
): AnswerDate[] {
  const open = dates.filter((date) => !date.cancelled);
  if (event.recurrence) return open.map((o) => ({ key: o.originalDate, start: o.start, end: o.end }));
  const [only] = open;
  if (!only) return [];
  const last = only.end?.slice(0, 10);
  if (only.allDay && last && last > only.start) {
    const days: string[] = [];
    for (let day = only.start; day <= last && days.length <= MAX_DAYS; day = addDays(day, 1)) days.push(day);
    if (days.length <= MAX_DAYS) {
      const left = days.filter((day) => day >= today);
      return left.map((day) => ({ key: day, start: day }));
    }
  }
  return [{ key: only.start.slice(0, 10), start: only.start, end: only.end }];
}

/**
 * The three answers for one date, as `mailto:` links (every part encoded, see
 * mailto.ts). `when` is the date in words, `url` the page of that date.
 * @example answerMails('accueil@coop.example', { title: 'Permanence', when: 'samedi 12 décembre, 10 h – 11 h 30', url: 'https://…/#date-2026-12-12' }, t)[0]
 *   → { choice: 'yes', label: 'Je viens', href: 'mailto:accueil@coop.example?subject=Je%20viens%20%3A%20Permanence%2C%20samedi%2012%20d%C3%A9cembre…&body=…' }
 */
export function answerMails(
  address: string,
  date: { title: string; when: string; url: string },
  t: Translate,
): { choice: AnswerChoice; label: string; href: string }[] {
  return answerChoices.map((choice) => ({
    choice,
    label: t(`answer.${choice}`),
    href: mailtoHref(address, { subject: t(`answer.subject.${choice}`, date), body: t(`answer.body.${choice}`, date) }),
  }));
}
