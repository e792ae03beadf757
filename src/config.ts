/**
 * Every BABILLARD_* environment variable, read once, with its default. The
 * README's « Environment variables » table lists the same names; a test keeps
 * the two in step. Nothing else in the project reads process.env for them.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** A number from the environment, or the default when it is absent or not a positive number. */
function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The configuration of a process, from an environment (tests pass their own). */
export function configFrom(env: Env) {
  return {
    /** Where the content lives; tests point it at fixture sites. */
    contentDir: env['BABILLARD_CONTENT_DIR'] ?? 'content',
    /** The static files copied as they are (the co-op's media); fixture sites bring their own. */
    publicDir: env['BABILLARD_PUBLIC_DIR'] ?? 'public',
    /** Where the built site goes. */
    outDir: env['BABILLARD_OUT_DIR'] ?? './dist',
    /** The build's clock; tests pin it so their expectations stay true. */
    now: env['BABILLARD_NOW'] ? new Date(env['BABILLARD_NOW']) : new Date(),
    /** How far ahead a recurring event's dates are listed, in months. */
    horizonMonths: positive(env['BABILLARD_HORIZON_MONTHS'], 6),
    /** The passphrase that seals members-only links; without it they are left out. */
    membersPassphrase: env['BABILLARD_MEMBERS_PASSPHRASE']?.trim() || undefined,
    /** `npm start`: the site's port and the CMS local backend's port. */
    port: positive(env['BABILLARD_PORT'], 4321),
    decapPort: positive(env['BABILLARD_DECAP_PORT'], 8081),
    /** The git host the built CMS talks to (see « In production » in the README). */
    cms: {
      backend: env['BABILLARD_CMS_BACKEND'],
      repo: env['BABILLARD_CMS_REPO'],
      branch: env['BABILLARD_CMS_BRANCH'],
      apiRoot: env['BABILLARD_CMS_API_ROOT'],
      baseUrl: env['BABILLARD_CMS_BASE_URL'],
      authEndpoint: env['BABILLARD_CMS_AUTH_ENDPOINT'],
      appId: env['BABILLARD_CMS_APP_ID'],
      authType: env['BABILLARD_CMS_AUTH_TYPE'],
    },
  };
}

export type Config = ReturnType<typeof configFrom>;

/** This process's configuration. */
export const config: Config = configFrom(process.env);

/** The variables `configFrom` reads, for the README check. */
export const variableNames = [
  'BABILLARD_CONTENT_DIR',
  'BABILLARD_PUBLIC_DIR',
  'BABILLARD_OUT_DIR',
  'BABILLARD_NOW',
  'BABILLARD_HORIZON_MONTHS',
  'BABILLARD_MEMBERS_PASSPHRASE',
  'BABILLARD_PORT',
  'BABILLARD_DECAP_PORT',
  'BABILLARD_CMS_BACKEND',
  'BABILLARD_CMS_REPO',
  'BABILLARD_CMS_BRANCH',
  'BABILLARD_CMS_API_ROOT',
  'BABILLARD_CMS_BASE_URL',
  'BABILLARD_CMS_AUTH_ENDPOINT',
  'BABILLARD_CMS_APP_ID',
  'BABILLARD_CMS_AUTH_TYPE',
] as const;
