import type { APIRoute, GetStaticPaths } from 'astro';
import type { EventEntry } from '../../../content';
import { occurrenceCalendarOf, occurrenceFeeds } from '../../../feeds';
import type { Occurrence } from '../../../lib/recurrence';

/** One date of a series alone, for « Ajouter à mon agenda » next to that date. */
export const getStaticPaths = (() =>
  occurrenceFeeds.map(({ event, occurrence }) => ({
    params: { slug: event.id, date: occurrence.originalDate },
    props: { event, occurrence },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event, occurrence } = props as { event: EventEntry; occurrence: Occurrence };
  return new Response(occurrenceCalendarOf(event, occurrence), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
