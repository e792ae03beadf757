import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf, feeds } from '../../../feeds';
import type { Feed } from '../../../lib/agenda-feeds';

/** Events one group organises, for its members. */
export const getStaticPaths = (() =>
  feeds.filter((feed) => feed.kind === 'group').map((feed) => ({ params: { id: feed.id }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(calendarOf((props as { feed: Feed }).feed), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
