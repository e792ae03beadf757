import type { CmsBackendType } from 'decap-cms-core';

/**
 * The git host of the CMS in production, from BABILLARD_CMS_* variables. Only
 * a type import here, so the headers script (plain Node) can read it too.
 */

/** The git hosts a co-op can use in production; Forgejo first for those who avoid US services. */
export const backends = ['forgejo', 'gitea', 'gitlab', 'github'] as const satisfies readonly CmsBackendType[];
export type BackendName = (typeof backends)[number];

/** Backends whose Decap implementation has drafts and reviews (the editorial workflow). */
export const withEditorialWorkflow: ReadonlySet<BackendName> = new Set(['forgejo', 'gitlab', 'github']);

export interface BackendOptions {
  name: BackendName;
  repo: string;
  branch?: string;
  /** Forgejo/Gitea/GitLab: the instance's API, e.g. https://code.coop.example/api/v1. */
  api_root?: string;
  /** Gitea/GitLab: the instance's root; GitHub: the OAuth server. */
  base_url?: string;
  /** Gitea: the authorisation page. */
  auth_endpoint?: string;
  /** OAuth client id (Forgejo, Gitea, GitLab with PKCE). */
  app_id?: string;
  /** GitLab: `pkce` for a login without an OAuth server. */
  auth_type?: 'pkce' | 'implicit';
}

/** The backend when nothing is configured: a placeholder that only the local mode replaces. */
export const defaultBackend: BackendOptions = { name: 'forgejo', repo: 'cooperative/babillard', branch: 'main' };

type Env = Readonly<Record<string, string | undefined>>;

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

/** Where a backend's API is, when its settings do not say: the public hosts' defaults. */
const defaultApiRoots: Record<BackendName, string | undefined> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
  forgejo: undefined,
  gitea: undefined,
};

/**
 * The origins the CMS must reach, for the admin page's Content-Security-Policy.
 * @example backendOrigins({ name: 'forgejo', repo: 'a/b', branch: 'main', api_root: 'https://git.coop.example/api/v1' }) → ['https://git.coop.example']
 */
export function backendOrigins(backend: BackendOptions): string[] {
  const roots = [backend.api_root ?? defaultApiRoots[backend.name], backend.base_url].filter((url): url is string => Boolean(url));
  return [...new Set(roots.map((url) => new URL(url).origin))];
}


/**
 * Why the CMS cannot start on this build, in French for the volunteer who opens
 * /admin/, or undefined when the git host is configured.
 * @example setupProblem({ BABILLARD_CMS_BACKEND: 'forgejo', BABILLARD_CMS_REPO: 'coop/site' }) → 'Le CMS n’est pas encore relié…'
 */
export function setupProblem(env: Env): string | undefined {
  const backend = env['BABILLARD_CMS_BACKEND'] ?? defaultBackend.name;
  const selfHosted = backend === 'forgejo' || backend === 'gitea';
  if (env['BABILLARD_CMS_REPO'] && (!selfHosted || env['BABILLARD_CMS_API_ROOT'])) return undefined;
  return 'Le CMS n’est pas encore relié au dépôt git de la coopérative : la personne qui héberge le site doit définir les variables BABILLARD_CMS_* au moment de construire le site (voir « Editing with the CMS » dans le README). Pour essayer le CMS sur votre ordinateur, lancez « npm start ».';
}
