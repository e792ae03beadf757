/**
 * The chat platforms a group can live on: one row per platform, and everything
 * else (the Zod enum, the CMS select, the icons, the invite-link checks in
 * `lib/platforms.ts`) is derived from this table. Adding a platform is adding a
 * row here and its `platform.<id>.*` strings in `i18n/fr-platforms.ts`.
 *
 * Patterns are anchored, case-sensitive and written so that their source also
 * compiles with the `u` and `v` flags (an HTML `pattern` attribute uses `v`):
 * inside a character class every `-`, `/`, `(`, `)`, `[`, `]`, `{`, `|`, `}`
 * is escaped. Links must be stored as the apps produce them: `https://` in
 * lower case and a lower-case host for the known platforms.
 */

/** One row of the platform table. */
export interface PlatformInfo {
  /** Inline SVG markup, 24×24, drawn in `currentColor`, hidden from assistive technology (the name is printed next to it). */
  readonly icon: string;
  /** Accent colour (#rrggbb) for a badge border; always paired with the name, never the only cue. */
  readonly colour: string;
  /** How an invite link starts: every platform uses `https`, except a mailing list (`mailto`). */
  readonly scheme: 'https' | 'mailto';
  /** Accepted invite shapes, each anchored with `^…$`. */
  readonly patterns: readonly RegExp[];
  /** Fake but well-formed links, at least one per pattern, shown to editors as models. */
  readonly examples: readonly string[];
  /**
   * Domains that belong to the platform (subdomains included): any link on them is
   * that platform's, whatever its path, so a WhatsApp link filed under Signal or
   * under "other" is caught even when its shape is wrong.
   */
  readonly hosts: readonly string[];
  /** True if the link opens the platform's native app when it is installed. */
  readonly appLink?: boolean;
  /**
   * True for the fallback row: its patterns accept any link, so they say nothing
   * about which platform a link belongs to and are skipped when detecting one.
   */
  readonly catchAll?: boolean;
}

/** Wraps a 24×24 drawing in the attributes every platform icon shares. */
function icon(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** A host name (lower case, optional port), for the platforms a co-op may host itself. */
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9\-]{1,59})(?::\d{1,5})?`;
/** Any character a pasted URL may hold after its host: no space, control character, quote, angle bracket or backslash. */
const URL_CHAR = String.raw`[^\s\x00-\x1F\x7F"<>\\\^\x60\{\|\}]`;
/** A Matrix server name, with optional port. */
const MATRIX_SERVER = String.raw`(?:[A-Za-z0-9\-]+\.)+[A-Za-z0-9\-]+(?::\d{1,5})?`;
/** Optional `?via=server&via=…` routing hints that Element adds to room links. */
const MATRIX_VIA = String.raw`(?:\?via=${MATRIX_SERVER}(?:&via=${MATRIX_SERVER})*)?`;
/** `t.me` and its two historical aliases. */
const TELEGRAM_HOST = String.raw`(?:t\.me|telegram\.me|telegram\.dog)`;
/**
 * Telegram paths of five letters or more that are not user names, so that
 * `t.me/joinchat` without its code is not mistaken for a public group.
 */
const TELEGRAM_RESERVED = 'joinchat|addlist|addstickers|addemoji|addtheme|proxy|socks|share|login|setlanguage|confirmphone|contact|invoice|boost';
/** Slack and Discord invite tokens: URL-safe characters only. */
const TOKEN = String.raw`[A-Za-z0-9_~.\-]`;
/** Mattermost may be served under a path prefix (https://coop.example/chat/…). */
const MATTERMOST_PREFIX = String.raw`(?:\/[A-Za-z0-9._~\-]+)*`;

const rx = (source: string): RegExp => new RegExp(`^${source}$`);

/**
 * The platform table, in the order editors see it in the CMS.
 * @example platforms.signal.examples[0] → 'https://signal.group/#CjQKIP…'
 */
export const platforms = {
  whatsapp: {
    icon: icon(
      '<path fill-rule="evenodd" d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2Zm0 2a8 8 0 1 1-4.1 14.9l-.3-.2-3 .8.8-2.9-.2-.3A8 8 0 0 1 12 4Z"/>' +
        '<path d="M9 7.5c.3 0 .5 0 .7.5l.8 1.8c.1.3 0 .5-.1.7l-.6.7c.7 1.4 1.8 2.4 3.1 3.1l.7-.8c.2-.2.4-.3.7-.2l1.8.8c.4.2.5.4.4.7-.2 1.2-1.1 1.8-2.2 1.8-3.2-.3-6.2-3.3-6.6-6.5 0-1.2.6-2.1 1.3-2.3Z"/>',
    ),
    colour: '#25D366',
    scheme: 'https',
    patterns: [
      // Groups and communities. Recent apps append `?mode=…` to the link they share.
      /^https:\/\/chat\.whatsapp\.com\/(?:invite\/)?[A-Za-z0-9]{20,24}(?:\?mode=[A-Za-z0-9_]{1,32})?$/,
      // Channels (one-way announcements).
      /^https:\/\/(?:www\.)?whatsapp\.com\/channel\/[A-Za-z0-9]{20,32}(?:\?mode=[A-Za-z0-9_]{1,32})?$/,
    ],
    examples: ['https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a', 'https://whatsapp.com/channel/0029VaK4tLm2Qx9ZbN7wRc1E'],
    hosts: ['whatsapp.com', 'wa.me'],
    appLink: true,
  },
  signal: {
    icon: icon(
      '<circle cx="12" cy="12" r="10.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.7 1.6"/>' +
        '<path d="M12 5.5a6.5 6.5 0 0 0-5.6 9.8l-.9 3.2 3.3-.9A6.5 6.5 0 1 0 12 5.5Z"/>',
    ),
    colour: '#3A76F0',
    scheme: 'https',
    // The fragment is the group's master key and password, base64url without padding (about 72 characters).
    patterns: [/^https:\/\/signal\.group\/#[A-Za-z0-9_\-]{40,512}$/],
    examples: ['https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh'],
    hosts: ['signal.group', 'signal.me', 'signal.org', 'signal.art'],
    appLink: true,
  },
  matrix: {
    icon: icon(
      '<path d="M3 3h3v1.6H4.6v14.8H6V21H3V3Zm18 0v18h-3v-1.6h1.4V4.6H18V3h3Z"/>' +
        '<path d="M7.5 8.5h1.6v.8c.5-.6 1.1-1 2-1 .8 0 1.4.3 1.7 1 .5-.7 1.2-1 2-1 1.4 0 2.2.9 2.2 2.4V16h-1.7v-5c0-.8-.4-1.2-1-1.2-.7 0-1.2.5-1.2 1.3V16h-1.7v-5c0-.8-.3-1.2-1-1.2s-1.2.5-1.2 1.3V16H7.5V8.5Z"/>',
    ),
    colour: '#0DBD8B',
    scheme: 'https',
    patterns: [
      // A room or space alias `#name:server`; `#` and `:` may come percent-encoded.
      rx(String.raw`https:\/\/matrix\.to\/#\/(?:#|%23)(?:[^\s:#!?&\/%"'<>\\]|%[0-9A-Fa-f]{2})+(?::|%3[Aa])${MATRIX_SERVER}${MATRIX_VIA}`),
      // A room or space ID `!opaque:server`; since room version 12 the ID has no `:server` part.
      rx(String.raw`https:\/\/matrix\.to\/#\/(?:!|%21)[A-Za-z0-9._~=+\-]{8,255}(?:(?::|%3[Aa])${MATRIX_SERVER})?${MATRIX_VIA}`),
    ],
    examples: ['https://matrix.to/#/#epicerie-entraide:matrix.org', 'https://matrix.to/#/!QtykxKocfZaZOUrTwp:matrix.org?via=matrix.org'],
    hosts: ['matrix.to', 'app.element.io'],
    appLink: true,
  },
  telegram: {
    icon: icon('<path d="M2 11.4 21.6 3.5l-3.3 16.3-5.7-4.1-2.9 2.8-.5-4.7 7.8-7.1-9.7 5.9L2 11.4Z"/>'),
    colour: '#26A5E4',
    scheme: 'https',
    patterns: [
      // A private invite (16 characters today). `t.me/+` followed by digits only is someone's phone number.
      rx(String.raw`https:\/\/${TELEGRAM_HOST}\/\+(?!\d+$)[A-Za-z0-9_\-]{12,64}`),
      rx(String.raw`https:\/\/${TELEGRAM_HOST}\/joinchat\/[A-Za-z0-9_\-]{12,64}`),
      // A shared folder of several chats.
      rx(String.raw`https:\/\/${TELEGRAM_HOST}\/addlist\/[A-Za-z0-9_\-]{8,64}`),
      // A public group or channel: 5–32 characters, a letter first, no `__`, no `_` last.
      rx(String.raw`https:\/\/${TELEGRAM_HOST}\/(?!(?:${TELEGRAM_RESERVED})\/?$)[A-Za-z](?![A-Za-z0-9_]*__)[A-Za-z0-9_]{3,30}[A-Za-z0-9]\/?`),
    ],
    examples: [
      'https://t.me/+Xk2mQ9pLr4TzW7bN',
      'https://t.me/joinchat/AAAAAFk2mQ9pLr4TzW7bNq',
      'https://t.me/addlist/Qx7pL2mZk9Rt4WbN',
      'https://t.me/epicerie_cooperative',
    ],
    hosts: ['t.me', 'telegram.me', 'telegram.dog', 'telegram.org'],
    appLink: true,
  },
  discord: {
    icon: icon(
      '<path d="M19.3 5.3A16.5 16.5 0 0 0 15.2 4l-.5 1.1a15.3 15.3 0 0 0-5.4 0L8.8 4a16.5 16.5 0 0 0-4.1 1.3C2.1 9.2 1.4 13 1.8 16.8a16.6 16.6 0 0 0 5 2.5l1.1-1.7c-.6-.2-1.2-.5-1.7-.8l.4-.3a11.8 11.8 0 0 0 10.8 0l.4.3c-.5.3-1.1.6-1.7.8l1.1 1.7a16.6 16.6 0 0 0 5-2.5c.5-4.4-.8-8.2-2.9-11.5ZM8.7 14.6c-1 0-1.8-.9-1.8-2s.8-2 1.8-2 1.8.9 1.8 2-.8 2-1.8 2Zm6.6 0c-1 0-1.8-.9-1.8-2s.8-2 1.8-2 1.8.9 1.8 2-.8 2-1.8 2Z"/>',
    ),
    colour: '#5865F2',
    scheme: 'https',
    // Random codes are 7–10 characters; vanity codes of partnered servers go from 2 to 32. `?event=` points at a scheduled event.
    patterns: [
      /^https:\/\/discord\.gg\/[A-Za-z0-9\-]{2,32}(?:\?event=\d{17,20})?$/,
      /^https:\/\/(?:www\.)?(?:discord|discordapp)\.com\/invite\/[A-Za-z0-9\-]{2,32}(?:\?event=\d{17,20})?$/,
    ],
    examples: ['https://discord.gg/Zk7mQp2X', 'https://discord.com/invite/Zk7mQp2X'],
    hosts: ['discord.gg', 'discord.com', 'discordapp.com'],
    appLink: true,
  },
  mattermost: {
    icon: icon(
      '<path fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Z"/>' +
        '<path d="M15 6.3 9 11.2a3.6 3.6 0 1 0 5.7 2.7l.5-4.7-1.2 1.4-.6-2.6 1.6-1.7Z"/>',
    ),
    colour: '#1E59D6',
    scheme: 'https',
    // Self-hosted on any domain, so these shapes identify Mattermost by their paths alone.
    patterns: [
      // A team invite link ("Invite people" → "Copy invite link"): 26 lower-case characters, or 32 hex digits on older servers.
      rx(String.raw`https:\/\/${HOST}${MATTERMOST_PREFIX}\/signup_user_complete\/?\?id=(?:[a-z0-9]{26}|[0-9a-f]{32})(?:&[A-Za-z0-9_]+=[A-Za-z0-9_.%\-]*)*`),
      // A channel, for members who already have an account: /<team>/channels/<channel>.
      rx(String.raw`https:\/\/${HOST}${MATTERMOST_PREFIX}\/[a-z0-9][a-z0-9_\-]{0,63}\/channels\/[a-z0-9][a-z0-9_\-]{0,63}\/?`),
    ],
    examples: [
      'https://chat.coop-exemple.fr/signup_user_complete/?id=k3x9qm7z1pbw5ty8rn2cdh4aoe',
      'https://chat.coop-exemple.fr/cooperative/channels/town-square',
    ],
    hosts: ['mattermost.com'],
  },
  zulip: {
    icon: icon('<path fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20ZM7.5 7h9v1.8l-6.2 6.4h6.2V17h-9v-1.8l6.2-6.4H7.5V7Z"/>'),
    colour: '#6492FE',
    scheme: 'https',
    patterns: [
      // A reusable invite link, on Zulip Cloud or a self-hosted server; keys are 24 lower-case base32 characters.
      rx(String.raw`https:\/\/${HOST}\/join\/[a-z0-9]{24}\/?`),
      // A channel (formerly "stream") of an organisation members already belong to.
      rx(String.raw`https:\/\/${HOST}\/#narrow\/(?:channel|stream)\/${URL_CHAR}+`),
      // The home of an organisation on Zulip Cloud that lets anyone sign up.
      /^https:\/\/[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.zulipchat\.com\/?$/,
    ],
    examples: [
      'https://coop-exemple.zulipchat.com/join/q3x7m2kz9pbw4ty6rn5cdh2a/',
      'https://zulip.coop-exemple.fr/#narrow/channel/12-entraide',
      'https://coop-exemple.zulipchat.com/',
    ],
    hosts: ['zulipchat.com', 'chat.zulip.org'],
  },
  slack: {
    icon: icon(
      '<path d="M9 3a1.5 1.5 0 0 1 1.5 1.5v15a1.5 1.5 0 0 1-3 0v-15A1.5 1.5 0 0 1 9 3Zm6 0a1.5 1.5 0 0 1 1.5 1.5v15a1.5 1.5 0 0 1-3 0v-15A1.5 1.5 0 0 1 15 3ZM3 9a1.5 1.5 0 0 1 1.5-1.5h15a1.5 1.5 0 0 1 0 3h-15A1.5 1.5 0 0 1 3 9Zm0 6a1.5 1.5 0 0 1 1.5-1.5h15a1.5 1.5 0 0 1 0 3h-15A1.5 1.5 0 0 1 3 15Z"/>',
    ),
    colour: '#4A154B',
    scheme: 'https',
    patterns: [
      // A workspace invite (`zt-…` today, `enQt…` for older links, which could end with `#/shared-invite/email`).
      rx(String.raw`https:\/\/join\.slack\.com\/t\/[A-Za-z0-9\-]{1,63}\/shared_invite\/${TOKEN}{8,256}(?:#\/[a-z\-\/]*)?`),
      // A Slack Connect invitation to a shared channel.
      rx(String.raw`https:\/\/join\.slack\.com\/share\/${TOKEN}{8,256}`),
      // Any page of a workspace, for members who already have an account.
      rx(String.raw`https:\/\/(?!(?:www|api|join|status)\.)[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.enterprise)?\.slack\.com(?:\/${URL_CHAR}*)?`),
    ],
    examples: [
      'https://join.slack.com/t/coop-exemple/shared_invite/zt-2k7x9qm3p-Lb4Tz8WcR1nY6vQe0hJs2A',
      'https://join.slack.com/share/enQtNzk2MTQ4OTg2NDQ4-b3c9e1f2a7d4',
      'https://coop-exemple.slack.com/archives/C04KX9QM3PB',
    ],
    hosts: ['slack.com'],
    appLink: true,
  },
  email: {
    icon: icon('<path d="M3.2 5h17.6L12 10.7 3.2 5Z"/><path d="M2 7.2l10 6.5 10-6.5V18a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V7.2Z"/>'),
    colour: '#B45309',
    scheme: 'mailto',
    // One list address; only `subject` is kept, so that a link cannot pre-fill copies to other people.
    patterns: [/^mailto:[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?:\?subject=[^\s\x00-\x1F\x7F"<>\\&#]*)?$/],
    examples: ['mailto:entraide@listes.coop-exemple.fr'],
    hosts: [],
  },
  other: {
    icon: icon(
      '<path d="M10.6 13.4a1 1 0 0 1 0-1.4l4-4a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0Z"/>' +
        '<path d="M8.5 10.1 6.4 12.2a3 3 0 0 0 4.2 4.2l2.1-2.1 1.4 1.4-2.1 2.1a5 5 0 0 1-7-7l2.1-2.1 1.4 1.4Zm7-.2 2.1-2.1a3 3 0 0 0-4.2-4.2l-2.1 2.1-1.4-1.4L12 2.2a5 5 0 0 1 7 7l-2.1 2.1-1.4-1.4Z"/>',
    ),
    colour: '#6B7280',
    scheme: 'https',
    patterns: [rx(String.raw`https:\/\/${HOST}(?:[\/?#]${URL_CHAR}*)?`)],
    examples: ['https://forum.coop-exemple.fr/c/entraide'],
    hosts: [],
    catchAll: true,
  },
} as const satisfies Record<string, PlatformInfo>;

/** The id of a platform, e.g. `'signal'`; used as the value stored in content files. */
export type PlatformId = keyof typeof platforms;

/**
 * Every platform id, in table order, as a non-empty tuple so that `z.enum(platformIds)` accepts it.
 * @example platformIds[0] → 'whatsapp'
 */
export const platformIds: readonly [PlatformId, ...PlatformId[]] = nonEmpty(Object.keys(platforms) as PlatformId[]);

/** Proves to the type checker what the table guarantees: at least one platform. */
function nonEmpty<T>(items: readonly T[]): readonly [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error('The platform table is empty.');
  return [first, ...rest];
}
