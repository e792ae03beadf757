import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { config } from '../config.ts';
import { defaultAccentColour } from '../data/theme.ts';
import { cspHash, layeredCss, themeCss, type StyleLayer } from '../lib/inline.ts';

/**
 * The texts pages carry inline (src/lib/inline.ts says why) and their CSP
 * hashes. The pages print these strings and `headerRules()` hashes the same
 * strings, in the build and in `npm run headers`, so the policy always allows
 * exactly what the pages hold. Everything is read relative to the project's
 * root (the working directory of every npm script and of the tests).
 */

const root = process.cwd();

/** One stylesheet file (src/styles/<file>.css) and the cascade layer it sits in. */
type SheetPart = readonly [StyleLayer, string];

/**
 * Which stylesheet files each kind of page carries, in their layers (src/lib/inline.ts).
 * A member scanning a poster in the shop lands on the directory or a group page:
 * those carry their sheet inline, so the first paint needs only the HTML. Reading
 * pages link the whole site sheet as one file, cached for a year and held once
 * by the pocket copy, instead of repeating 5 KB in each of hundreds of pages.
 */
const sheets = {
  // Every page of Base.astro: linked as one file (the home page carries it inline). The agenda pages add agenda.css.
  site: [
    ['global', 'global'],
    ['search', 'search'],
    ['search', 'header-search'],
    ['directory', 'copy-link'],
    ['directory', 'directory'],
    ['members', 'members'],
    ['my-section', 'my-section'],
    ['reading', 'reading'],
    ['offline', 'offline'],
  ],
  // Inline on the directory and group pages: the site sheet without the search page's and the reading pages' rules.
  directory: [
    ['global', 'global'],
    ['search', 'header-search'],
    ['directory', 'copy-link'],
    ['directory', 'directory'],
    ['members', 'members'],
    ['my-section', 'my-section'],
    ['offline', 'offline'],
  ],
  // The posters (Print.astro): no site frame, the print rules, the unlock box.
  print: [
    ['global', 'global'],
    ['directory', 'copy-link'],
    ['directory', 'directory'],
    ['members', 'members'],
    ['posters', 'posters'],
  ],
} as const satisfies Record<string, readonly SheetPart[]>;

export type StyleSheetName = keyof typeof sheets;

/** The theme part of the settings: the accent colour and the event types' colours. */
export interface Theme {
  accentColour: string;
  eventTypes: readonly { id: string; colour: string }[];
}

/**
 * The co-op's theme read from its settings file, for `npm run headers` (the build passes the
 * loaded settings; the content check has vetted the file before any build).
 */
export function themeFromContent(contentDir = config.contentDir): Theme {
  const file = resolve(root, contentDir, 'settings', 'site.yaml');
  if (!existsSync(file)) throw new Error(`${contentDir}/settings/site.yaml est introuvable : les en-têtes dépendent de ses couleurs.`);
  const data = (parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) ?? {}) as Partial<Theme>;
  return { accentColour: data.accentColour ?? defaultAccentColour, eventTypes: data.eventTypes ?? [] };
}

const memo = new Map<string, string>();
const once = (key: string, make: () => string) => memo.get(key) ?? memo.set(key, make()).get(key) ?? '';

/** What of the theme a stylesheet depends on, as a memo key. */
const themeKey = (theme: Theme) => JSON.stringify([theme.accentColour, theme.eventTypes.map((t) => [t.id, t.colour])]);

/** The whole stylesheet of one kind of page, with the co-op's colours. */
export function inlineStyle(name: StyleSheetName, theme: Theme): string {
  return once(`style:${name}:${themeKey(theme)}`, () =>
    layeredCss(
      sheets[name].map(([layer, file]) => [layer, readFileSync(resolve(root, 'src/styles', `${file}.css`), 'utf8')] as const),
      themeCss(theme.accentColour, theme.eventTypes),
    ),
  );
}

/**
 * The file name of a sheet served as a file (`site.<hash>.css`): a new stylesheet gets a
 * new name, so browsers may keep it for a year (src/integrations/headers.ts).
 */
export function stylesheetFile(name: StyleSheetName, theme: Theme): string {
  return once(`file:${name}:${themeKey(theme)}`, () => `${name}.${createHash('sha256').update(inlineStyle(name, theme)).digest('hex').slice(0, 10)}.css`);
}

/** The browser scripts pages carry inline, and how each runs: a module after parsing, or a classic script at once. */
const scripts = {
  // The member scanning the shop's poster is unlocked with the HTML alone, without waiting for another file.
  members: { file: 'src/elements/members.ts', format: 'esm' },
  // In <head>: a banner closed earlier is hidden before the first paint.
  urgent: { file: 'src/elements/urgent-banner.ts', format: 'iife' },
} as const;

export type InlineScriptName = keyof typeof scripts;

/** A browser script (src/elements/) bundled into one text, printed inline by the page. */
export function inlineScript(name: InlineScriptName): string {
  return once(`script:${name}`, () => {
    const out = buildSync({
      entryPoints: [resolve(root, scripts[name].file)],
      bundle: true,
      format: scripts[name].format,
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      write: false,
    });
    const code = out.outputFiles[0]?.text.trim() ?? '';
    if (!code || /<\/script/i.test(code)) throw new Error(`The ${name} script could not be bundled as an inline script.`);
    return code;
  });
}

/** The unlock element (src/elements/members.ts), printed inline by MembersScript.astro. */
export const membersScript = () => inlineScript('members');

/** The CSP sources of every inline text a page may carry. */
export function inlineHashes(theme: Theme): { styles: string[]; scripts: string[] } {
  return {
    styles: (Object.keys(sheets) as StyleSheetName[]).map((name) => cspHash(inlineStyle(name, theme))),
    scripts: (Object.keys(scripts) as InlineScriptName[]).map((name) => cspHash(inlineScript(name))),
  };
}
