import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf } from '../../../feeds';
import type { Feed } from '../../../lib/agenda-feeds';
import { sectionCalendars } from '../../../sections';

/** The events of one section, for its members' calendars. */
export const getStaticPaths = (() => sectionCalendars.map((feed) => ({ params: { id: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(calendarOf((props as { feed: Feed }).feed), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
