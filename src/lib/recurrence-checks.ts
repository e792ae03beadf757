import { WEEKDAYS } from '../data/recurrence';
import { dictionaries } from '../i18n/index';
import { addDays, dateOf, dayNumber, daysInMonth, isDateOnly, LOCAL_DATE_TIME as LOCAL, weekdayIndex } from './civil-date';
import { formatDay } from './dates';
import { createTranslator } from './i18n';
import { isAllDay, ruleDates, ruleDays, ruleOf, type AgendaTiming } from './recurrence';
import { describeRecurrence } from './recurrence-words';

/**
 * The checks an editor needs on a repeating event, with the sentences the
 * build and the CMS show. They need the event's start, which is why the
 * recurrence schema cannot make them alone: the event schema runs them in its
 * `superRefine`. Build messages are French, like the schemas' own.
 */

const t = createTranslator(dictionaries.fr);
const locale = 'fr-FR';
const dayWords = (date: string) => formatDay(date, locale);
const weekdayName = (key: (typeof WEEKDAYS)[number]['key']) => t(`recurrence.weekday.${key}`);
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${t('list.and')}${items.at(-1)}`);
const rankWord = (rank: number) => t(rank === 1 ? 'recurrence.rankFirst' : 'recurrence.rank', { n: rank });

/** One thing an editor must fix, with the field it is about. */
export interface RecurrenceProblem {
  /** Dotted path for people, e.g. `recurrence.cancelled[1]`. */
  field: string;
  /** The same path for Zod's `ctx.addIssue({ path })`, e.g. `['recurrence', 'cancelled', 1]`. */
  path: (string | number)[];
  /** French sentence saying what is wrong and how to fix it. */
  message: string;
}

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
      `La répétition s’arrête le ${dayWords(recurrence.until)}, avant le début de l’événement (${dayWords(startDate)}) : aucune date n’aurait lieu. Corrigez « Jusqu’au » ou le début.`,
    );
  }

  const startWeekday = WEEKDAYS[weekdayIndex(dayNumber(startDate))] ?? WEEKDAYS[0];
  if (recurrence.frequency === 'weekly' && recurrence.weekdays && recurrence.weekdays.length > 0) {
    const seen = new Set<string>();
    recurrence.weekdays.forEach((key, i) => {
      if (seen.has(key)) add(['recurrence', 'weekdays', i], `Le ${weekdayName(key)} figure deux fois dans les jours.`);
      seen.add(key);
    });
    if (!seen.has(startWeekday.key)) {
      const chosen = WEEKDAYS.filter((w) => seen.has(w.key));
      const firstDay = [...ruleDays(ruleOf(startDate, recurrence), dayNumber(startDate) + 7)][0];
      add(
        ['recurrence', 'weekdays'],
        `Le début (${dayWords(startDate)}) tombe un ${weekdayName(startWeekday.key)}, qui n’est pas parmi les jours choisis (${list(chosen.map((w) => weekdayName(w.key)))}). ` +
          `Les agendas comptent toujours le début comme une date de la série : ajoutez le ${weekdayName(startWeekday.key)} aux jours, ` +
          `ou placez le début au premier jour voulu${firstDay === undefined ? '' : ` (${dayWords(dateOf(firstDay))})`}.`,
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
        `Le début (${dayWords(startDate)}) n’est pas le dernier ${weekdayName(startWeekday.key)} du mois. ` +
          `Placez le début au dernier ${weekdayName(startWeekday.key)} (${dayWords(last)}), ou choisissez « le même jour de la semaine et le même rang » (le ${rankWord(Math.ceil(day / 7))} ${weekdayName(startWeekday.key)}).`,
      );
    }
  }

  const cancelled = recurrence.cancelled ?? [];
  const changes = recurrence.changes ?? [];
  const checkedDates = [...cancelled, ...changes.map((c) => c.date)].filter((d) => LOCAL.test(d));
  // One pass over the rule up to a little past the last date to check, so the nearest next date can be named.
  const known = checkedDates.length === 0 ? new Set<string>() : ruleDates(event, addDays(checkedDates.sort().at(-1) ?? startDate, 400));
  const sortedKnown = [...known].sort();
  const describe = describeRecurrence(recurrence, event.start, { t, locale }).replace(/^./, (c) => c.toLowerCase());
  const notAnOccurrence = (date: string) => {
    const before = sortedKnown.filter((d) => d < date).at(-1);
    const after = sortedKnown.find((d) => d > date);
    const nearest = [before, after].filter((d): d is string => d !== undefined).map((d) => dayWords(d));
    return (
      `Le ${dayWords(date)} n’est pas une date de cette répétition (${describe}).` +
      (nearest.length === 1 ? ` Date prévue la plus proche : ${nearest[0]}.` : '') +
      (nearest.length === 2 ? ` Dates prévues les plus proches : ${nearest.join(', ')}.` : '')
    );
  };

  const cancelledSeen = new Set<string>();
  cancelled.forEach((date, i) => {
    if (cancelledSeen.has(date)) add(['recurrence', 'cancelled', i], `Le ${dayWords(date)} est déjà dans la liste des dates annulées.`);
    else if (!known.has(date)) add(['recurrence', 'cancelled', i], notAnOccurrence(date));
    cancelledSeen.add(date);
  });

  const changeSeen = new Set<string>();
  changes.forEach((change, i) => {
    const at = (...rest: (string | number)[]) => ['recurrence', 'changes', i, ...rest];
    if (changeSeen.has(change.date)) add(at('date'), `Une autre modification porte déjà sur le ${dayWords(change.date)} ; regroupez-les en une seule.`);
    else if (!known.has(change.date)) add(at('date'), notAnOccurrence(change.date));
    else if (cancelledSeen.has(change.date)) {
      add(
        at('date'),
        `Le ${dayWords(change.date)} est aussi dans les dates annulées : une date annulée ne peut pas être modifiée. Retirez-la de l’une des deux listes.`,
      );
    }
    changeSeen.add(change.date);

    if (change.start === undefined && change.end === undefined && change.place === undefined && change.note === undefined) {
      add(at(), `Indiquez ce qui change le ${dayWords(change.date)} : un nouveau début, une nouvelle fin, un autre lieu ou une note.`);
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
        add(
          at('end'),
          `La nouvelle fin (${change.end.replace('T', ' à ')}) doit être après le ${change.start === undefined ? 'début' : 'nouveau début'} (${newStart.replace('T', ' à ')}).`,
        );
      }
    }
  });
  return problems;
}
