import type { Settings } from '../src/schemas/settings';
import { backends, defaultBackend, type BackendName, type BackendOptions, type ConfigOptions } from './config';
import type { PreviewContext } from './previews';

/**
 * What the admin page hands to the CMS script: the git host (from the
 * environment at build time), the local decap-server (only in `astro dev`),
 * and the few settings the form and the previews show.
 */

export interface AdminOptions extends ConfigOptions {
  preview: PreviewContext;
  stylesheets: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** The address `npm start` gives decap-server; BABILLARD_DECAP_PORT moves it (tests use free ports). */
export function localBackendUrl(env: Env): string {
  return `http://127.0.0.1:${env['BABILLARD_DECAP_PORT'] ?? '8081'}/api/v1`;
}

/**
 * The production backend from BABILLARD_CMS_* variables; unknown names are refused
 * so a typo does not silently send volunteers to the wrong host.
 * @example backendFromEnv({ BABILLARD_CMS_BACKEND: 'gitlab', BABILLARD_CMS_REPO: 'coop/site' }) → { name: 'gitlab', repo: 'coop/site', branch: 'main' }
 */
export function backendFromEnv(env: Env): BackendOptions {
  const name = env['BABILLARD_CMS_BACKEND'] ?? defaultBackend.name;
  if (!backends.includes(name as BackendName)) {
    throw new Error(`BABILLARD_CMS_BACKEND="${name}" is not one of ${backends.join(', ')}.`);
  }
  const optional = (key: string, variable: string) => (env[variable] ? { [key]: env[variable] } : {});
  return {
    name: name as BackendName,
    repo: env['BABILLARD_CMS_REPO'] ?? defaultBackend.repo,
    branch: env['BABILLARD_CMS_BRANCH'] ?? defaultBackend.branch ?? 'main',
    ...optional('api_root', 'BABILLARD_CMS_API_ROOT'),
    ...optional('base_url', 'BABILLARD_CMS_BASE_URL'),
    ...optional('auth_endpoint', 'BABILLARD_CMS_AUTH_ENDPOINT'),
    ...optional('app_id', 'BABILLARD_CMS_APP_ID'),
    ...optional('auth_type', 'BABILLARD_CMS_AUTH_TYPE'),
  };
}

export function adminOptions({
  env,
  dev,
  settings,
  categories,
  stylesheets,
}: {
  env: Env;
  dev: boolean;
  settings: Settings;
  categories: readonly { id: string; data: { name: string } }[];
  stylesheets: string[];
}): AdminOptions {
  return {
    backend: backendFromEnv(env),
    ...(dev ? { localBackend: localBackendUrl(env) } : {}),
    groupNameExample: settings.groupNameExample,
    siteUrl: settings.baseUrl,
    stylesheets,
    preview: {
      eventTypes: settings.eventTypes.map(({ id, label }) => ({ id, label })),
      categories: Object.fromEntries(categories.map((category) => [category.id, category.data.name])),
      moderationEmail: settings.moderationEmail,
    },
  };
}
