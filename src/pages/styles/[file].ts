import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from '../../content';
import { inlineStyle, stylesheetFile } from '../../integrations/inline-assets';

/**
 * The site's stylesheet as one file, for the reading pages (HeadMeta.astro links it):
 * the very text the home page carries inline, under a name that changes with it.
 */
export const getStaticPaths = (() => [{ params: { file: stylesheetFile('site', settings) } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(inlineStyle('site', settings), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
