import type { APIRoute } from 'astro';
import { calendarOf, feedOf } from '../feeds';

/** Every event of the agenda, for calendar apps (see lib/agenda-feeds.ts and lib/ics.ts). */
export const GET: APIRoute = () => {
  const feed = feedOf('all');
  if (!feed) throw new Error('The agenda feed is missing');
  return new Response(calendarOf(feed), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
