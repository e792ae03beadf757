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

/** The git host's settings as src/config.ts reads them from the BABILLARD_CMS_* variables. */
export interface CmsSettings {
  backend?: string | undefined;
  repo?: string | undefined;
  branch?: string | undefined;
  apiRoot?: string | undefined;
  baseUrl?: string | undefined;
  authEndpoint?: string | undefined;
  appId?: string | undefined;
  authType?: string | undefined;
}

/**
 * The production backend from the settings; unknown names are refused so a
 * typo does not silently send volunteers to the wrong host.
 * @example backendFrom({ backend: 'gitlab', repo: 'coop/site' }) → { name: 'gitlab', repo: 'coop/site', branch: 'main' }
 */
export function backendFrom(cms: CmsSettings): BackendOptions {
  const name = cms.backend ?? defaultBackend.name;
  if (!backends.includes(name as BackendName)) {
    throw new Error(`BABILLARD_CMS_BACKEND="${name}" is not one of ${backends.join(', ')}.`);
  }
  const optional = (key: keyof BackendOptions, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    name: name as BackendName,
    repo: cms.repo ?? defaultBackend.repo,
    branch: cms.branch ?? defaultBackend.branch ?? 'main',
    ...optional('api_root', cms.apiRoot),
    ...optional('base_url', cms.baseUrl),
    ...optional('auth_endpoint', cms.authEndpoint),
    ...optional('app_id', cms.appId),
    ...optional('auth_type', cms.authType),
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
 * @example setupProblem({ backend: 'forgejo', repo: 'coop/site' }) → 'Le CMS n’est pas encore relié…'
 */
export function setupProblem(cms: CmsSettings): string | undefined {
  const backend = cms.backend ?? defaultBackend.name;
  const selfHosted = backend === 'forgejo' || backend === 'gitea';
  if (cms.repo && (!selfHosted || cms.apiRoot)) return undefined;
  return 'Le CMS n’est pas encore relié au dépôt git de la coopérative : la personne qui héberge le site doit définir les variables BABILLARD_CMS_* au moment de construire le site (voir « Editing with the CMS » dans le README). Pour essayer le CMS sur votre ordinateur, lancez « npm start ».';
}
