import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf, reminderFeeds } from '../../../../feeds';
import type { Feed } from '../../../../lib/agenda-feeds';

/** Events of one type, each with a reminder the day before. */
export const getStaticPaths = (() => reminderFeeds('type').map((feed) => ({ params: { id: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(calendarOf((props as { feed: Feed }).feed, { reminder: true }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
