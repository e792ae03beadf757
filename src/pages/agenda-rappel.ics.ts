import type { APIRoute } from 'astro';
import { calendarOf, feedOf } from '../feeds';

/** Every event of the agenda, each with a reminder the day before (« avec rappel la veille »). */
export const GET: APIRoute = () => {
  const feed = feedOf('all');
  if (!feed) throw new Error('The agenda feed is missing');
  return new Response(calendarOf(feed, { reminder: true }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
