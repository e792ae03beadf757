import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf, feeds } from '../../feeds';
import type { Feed } from '../../lib/agenda-feeds';

/** One event (with its whole series), for "add to my calendar". */
export const getStaticPaths = (() =>
  feeds.filter((feed) => feed.kind === 'event').map((feed) => ({ params: { slug: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(calendarOf((props as { feed: Feed }).feed), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
