import { config } from './config';
import { events, eventTypes, groups, type EventEntry } from './content';
import { agendaCards, eventStatus, filterChoices, pastItems, upcomingItems, type AgendaClock } from './lib/agenda';
import { localTime } from './site';

/** The agenda at build time: what is still to come, what is over, and each event's standing. */

export const horizonMonths = config.horizonMonths;
const clock: AgendaClock = { now: localTime, horizonMonths };
const entries = events.map((e) => ({ id: e.id, data: e.data }));

export const upcoming = upcomingItems(entries, clock);
export const past = pastItems(entries, clock);
/** Where one event stands: going on, to come or over, its next date and its dates to come. */
export const statusOf = (event: EventEntry) => eventStatus(event.data, clock);
/** The agenda's filter links: the types and organising groups with something coming up. */
export const agendaFilters = filterChoices(
  upcoming,
  eventTypes,
  groups.map((g) => ({ id: g.id, name: g.data.name })),
);
/** The home page's « Prochainement »: the next three cards not cancelled, a series counting once. */
export const nextCards = agendaCards(upcoming)
  .filter((card) => (card.kind === 'date' ? !card.item.occurrence.cancelled && !card.item.event.cancelled : !card.event.cancelled))
  .slice(0, 3);
