import fr from '../src/i18n/fr';
import type { Settings } from '../src/schemas/settings';
import type { Config } from '../src/config';
import { backendFrom, setupProblem } from '../src/lib/cms-backend';
import type { ConfigOptions } from './config';
import { backendPath } from './local/paths';
import type { PreviewContext } from './previews';

/**
 * What the admin page hands to the CMS script: the git host (from the
 * environment at build time), the local backend (only in `astro dev` under
 * `npm start`), and the few settings the form and the previews show.
 */

export interface AdminOptions extends ConfigOptions {
  /** Set when the production git host is not configured: shown instead of the CMS. */
  setupMessage?: string;
  preview: PreviewContext;
  stylesheets: string[];
}

/** How a sentence in place of the CMS looks (the page has no stylesheet of ours then). */
export const setupMessageStyle =
  'box-sizing:border-box;width:min(40rem, 100% - 2rem);margin:4rem auto;padding:1rem 1.25rem;font:1.1rem/1.5 system-ui,sans-serif;border-left:4px solid #1f6f5c';

/**
 * The local backend of `npm start`, on the page's own origin, with the run's
 * secret (BABILLARD_LOCAL_SECRET); undefined outside `npm start`.
 * @example localBackendUrl('s3cr3t', 'http://127.0.0.1:4321') → 'http://127.0.0.1:4321/__babillard/cms?key=s3cr3t'
 */
export function localBackendUrl(secret: string | undefined, origin: string): string | undefined {
  return secret ? `${origin}${backendPath}?key=${encodeURIComponent(secret)}` : undefined;
}

/**
 * Where the CMS saves: the local backend in `astro dev` under `npm start`, or
 * a French sentence in its place (`npm run dev` has no backend; a production
 * build without its git host configured).
 */
function localOrSetup(dev: boolean, config: Config, origin: string): { localBackend?: string; setupMessage?: string } {
  if (!dev) {
    const problem = setupProblem(config.cms);
    return problem ? { setupMessage: problem } : {};
  }
  const localBackend = localBackendUrl(config.localSecret, origin);
  return localBackend ? { localBackend } : { setupMessage: fr['cms.local.noBackend'] };
}

export function adminOptions({
  config,
  dev,
  origin,
  settings,
  categories,
  charterHref,
  groupCards,
  stylesheets,
}: {
  config: Config;
  dev: boolean;
  /** The address the page was asked at (the local backend is on the same origin). */
  origin: string;
  settings: Settings;
  categories: readonly { id: string; data: { name: string } }[];
  /** Where the charter is, when the site has one (the join box links to it). */
  charterHref?: string | undefined;
  /** The cards `::groupe{id=…}` lines place, by group id (src/components/groups/placed-cards.ts). */
  groupCards: Readonly<Record<string, string>>;
  stylesheets: string[];
}): AdminOptions {
  return {
    backend: backendFrom(config.cms),
    ...localOrSetup(dev, config, origin),
    groupNameExample: settings.groupNameExample,
    siteUrl: settings.baseUrl,
    stylesheets,
    preview: {
      eventTypes: settings.eventTypes.map(({ id, label }) => ({ id, label })),
      categories: Object.fromEntries(categories.map((category) => [category.id, category.data.name])),
      moderationEmail: settings.moderationEmail,
      houseRules: settings.houseRules,
      ...(charterHref ? { charterHref } : {}),
      groupCards,
    },
  };
}
