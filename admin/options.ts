import type { Settings } from '../src/schemas/settings';
import { backendFromEnv, setupProblem } from '../src/lib/cms-backend';
import type { ConfigOptions } from './config';
import type { PreviewContext } from './previews';

/**
 * What the admin page hands to the CMS script: the git host (from the
 * environment at build time), the local decap-server (only in `astro dev`),
 * and the few settings the form and the previews show.
 */

export interface AdminOptions extends ConfigOptions {
  /** Set when the production git host is not configured: shown instead of the CMS. */
  setupMessage?: string;
  preview: PreviewContext;
  stylesheets: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** The address `npm start` gives decap-server; BABILLARD_DECAP_PORT moves it (tests use free ports). */
export function localBackendUrl(env: Env): string {
  return `http://127.0.0.1:${env['BABILLARD_DECAP_PORT'] ?? '8081'}/api/v1`;
}

/** The setup message of a production build whose git host is not configured. */
function setupOf(dev: boolean, env: Env): { setupMessage?: string } {
  const problem = dev ? undefined : setupProblem(env);
  return problem ? { setupMessage: problem } : {};
}

export function adminOptions({
  env,
  dev,
  settings,
  categories,
  charterHref,
  stylesheets,
}: {
  env: Env;
  dev: boolean;
  settings: Settings;
  categories: readonly { id: string; data: { name: string } }[];
  /** Where the charter is, when the site has one (the join box links to it). */
  charterHref?: string | undefined;
  stylesheets: string[];
}): AdminOptions {
  return {
    backend: backendFromEnv(env),
    ...(dev ? { localBackend: localBackendUrl(env) } : {}),
    ...setupOf(dev, env),
    groupNameExample: settings.groupNameExample,
    siteUrl: settings.baseUrl,
    stylesheets,
    preview: {
      eventTypes: settings.eventTypes.map(({ id, label }) => ({ id, label })),
      categories: Object.fromEntries(categories.map((category) => [category.id, category.data.name])),
      moderationEmail: settings.moderationEmail,
      houseRules: settings.houseRules,
      ...(charterHref ? { charterHref } : {}),
    },
  };
}
