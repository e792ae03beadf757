/**
 * Chat platforms and invite links: which platform a link belongs to, whether it
 * is a well-formed invite for the platform an editor chose, and the French
 * sentences that explain a platform or a mistake. Pure and browser-safe: the
 * build's schemas and the CMS run the very same checks.
 */
import { platformIds, platforms as table, type PlatformId, type PlatformInfo } from '../data/platforms';
import fr from '../i18n/fr-platforms';
import { interpolate } from './i18n';

/** The table seen through its interface, so that optional fields read the same on every row. */
const platforms: Readonly<Record<PlatformId, PlatformInfo>> = table;

/** The strings this module reads; another language supplies the same keys. */
export type PlatformStrings = { readonly [K in keyof typeof fr]: string };

/** Why a link was refused, in the order `checkInviteUrl` looks for them. */
export type InviteProblem = 'empty' | 'dangerous-scheme' | 'whitespace' | 'other-platform' | 'not-https' | 'not-mailto' | 'wrong-shape';

/** The verdict on an invite link; `detected` comes with `other-platform` only. */
export type InviteCheck =
  { ok: true } | { ok: false; reason: Exclude<InviteProblem, 'other-platform'> } | { ok: false; reason: 'other-platform'; detected: PlatformId };

/** Schemes that are refused with a specific, friendlier reason rather than as dangerous. */
const TOLERATED_SCHEMES: ReadonlySet<string> = new Set(['https', 'http', 'mailto']);

/**
 * The scheme a browser would see, in lower case, or undefined for a link without one.
 * Browsers skip leading spaces and control characters and drop tabs and newlines
 * anywhere, so `" java\tscript:"` must still count as `javascript`.
 * @example schemeOf(' JavaScript:alert(1)') → 'javascript'
 */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/^[\x00-\x20]+/, '').replace(/[\t\n\r]/g, '');
  return /^([A-Za-z][A-Za-z0-9+.\-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** The host of a web link as a browser resolves it (after any `user@`), or undefined. */
function hostOf(url: string): string | undefined {
  if (!/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

const onHost = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);
const matchesShape = (id: PlatformId, url: string): boolean => platforms[id].patterns.some((pattern) => pattern.test(url));

/**
 * The platform a link belongs to: by its scheme (`mailto:`), then by its domain
 * (any page of whatsapp.com is WhatsApp's), then by a shape only one platform
 * uses (a self-hosted Mattermost or Zulip link). The catch-all `other` is never
 * detected. Surrounding spaces are ignored, as a browser would.
 * @example detectPlatform('https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a') → 'whatsapp'
 * @example detectPlatform('https://wa.me/33612345678') → 'whatsapp' (a WhatsApp link, though not a group)
 * @example detectPlatform('https://example.org/') → undefined
 */
export function detectPlatform(url: string): PlatformId | undefined {
  const link = url.trim();
  return byOwnership(link) ?? platformIds.find((id) => platforms[id].catchAll !== true && matchesShape(id, link));
}

/** The platform that owns the link's scheme (`mailto:`) or domain, whatever the rest of the link says. */
function byOwnership(link: string): PlatformId | undefined {
  const scheme = schemeOf(link);
  const host = hostOf(link);
  return platformIds.find(
    (id) => (scheme === 'mailto' && platforms[id].scheme === 'mailto') || (host !== undefined && platforms[id].hosts.some((domain) => onHost(host, domain))),
  );
}

/**
 * Checks an invite link against the platform an editor chose. Links are not
 * trimmed: surrounding spaces are refused (`whitespace`), so that files and the
 * CMS keep clean links. Checks run from the most serious problem down:
 * `empty` (nothing but spaces), `dangerous-scheme` (any scheme but https, http
 * and mailto, e.g. `javascript:`, `data:`, `file:`, `tg:`), `whitespace`,
 * `other-platform` (the link belongs to another known platform, e.g. a WhatsApp
 * link filed under Signal or under `other`), `not-https` / `not-mailto`, and
 * finally `wrong-shape` (not one of the platform's invite shapes).
 * @example checkInviteUrl('signal', 'https://signal.group/#CjQKIPsV2m0Zkq…') → { ok: true }
 * @example checkInviteUrl('signal', 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a') → { ok: false, reason: 'other-platform', detected: 'whatsapp' }
 * @example checkInviteUrl('whatsapp', 'http://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a') → { ok: false, reason: 'not-https' }
 */
export function checkInviteUrl(platform: PlatformId, url: string): InviteCheck {
  if (url.trim() === '') return { ok: false, reason: 'empty' };
  const scheme = schemeOf(url);
  if (scheme !== undefined && !TOLERATED_SCHEMES.has(scheme)) return { ok: false, reason: 'dangerous-scheme' };
  if (url !== url.trim()) return { ok: false, reason: 'whitespace' };
  const detected = detectPlatform(url);
  if (detected !== undefined && detected !== platform) return { ok: false, reason: 'other-platform', detected };
  const expected = platforms[platform].scheme;
  if (!url.startsWith(expected === 'mailto' ? 'mailto:' : 'https://')) {
    return { ok: false, reason: expected === 'mailto' ? 'not-mailto' : 'not-https' };
  }
  return matchesShape(platform, url) ? { ok: true } : { ok: false, reason: 'wrong-shape' };
}

/**
 * The French sentence a volunteer reads when a link is refused, or undefined
 * when the link is fine. Suits a Zod `superRefine` or a CMS field validator.
 * @example inviteUrlError('signal', 'https://signal.grop/#abc') → 'Ce lien ne ressemble pas à un lien d’invitation Signal. Forme attendue : https://signal.group/#…'
 * @example inviteUrlError('signal', 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a') → 'Ce lien est un lien WhatsApp, mais la plateforme choisie est Signal.'
 */
export function inviteUrlError(platform: PlatformId, url: string, strings: PlatformStrings = fr): string | undefined {
  const check = checkInviteUrl(platform, url);
  if (check.ok) return undefined;
  return interpolate(strings[`platform.error.${check.reason}`], {
    platform: platformName(platform, strings),
    shape: strings[`platform.${platform}.shape`],
    detected: check.reason === 'other-platform' ? platformName(check.detected, strings) : '',
    scheme: schemeOf(url) ?? '',
  });
}

/**
 * The platform's display name.
 * @example platformName('whatsapp') → 'WhatsApp'
 */
export function platformName(id: PlatformId, strings: PlatformStrings = fr): string {
  return strings[`platform.${id}.name`];
}

/**
 * How to join a group on this platform, in one or two sentences.
 * @example platformHint('signal') → 'Installez Signal, puis touchez le lien : Signal propose de rejoindre le groupe. …'
 */
export function platformHint(id: PlatformId, strings: PlatformStrings = fr): string {
  return strings[`platform.${id}.hint`];
}

/**
 * What the other members of a group on this platform can see of you.
 * @example platformPrivacy('whatsapp') → 'Dans un groupe, tous les membres voient votre numéro de téléphone, …'
 */
export function platformPrivacy(id: PlatformId, strings: PlatformStrings = fr): string {
  return strings[`platform.${id}.privacy`];
}

/**
 * Model links for the platform, one per accepted shape (fake, but they pass the checks).
 * @example expectedShapes('discord') → ['https://discord.gg/Zk7mQp2X', 'https://discord.com/invite/Zk7mQp2X']
 */
export function expectedShapes(id: PlatformId): readonly string[] {
  return platforms[id].examples;
}

/**
 * One anchored regular-expression source that accepts a valid link of any
 * platform, for a CMS `pattern` fallback or an HTML `pattern` attribute (it
 * compiles with no flag, `u` or `v`). It cannot see which platform was chosen,
 * and `other` accepts any https link, so it only stops dangerous schemes, http,
 * spaces and malformed links: `checkInviteUrl` stays the real check.
 * @example new RegExp(invitePatternSource()).test('javascript:alert(1)') → false
 */
export function invitePatternSource(): string {
  const alternatives = platformIds.flatMap((id) => platforms[id].patterns.map((pattern) => pattern.source.replace(/^\^|\$$/g, '')));
  return `^(?:${alternatives.join('|')})$`;
}

/** What makes a link the same invitation wherever it is written: compared in text, case-sensitively or not. */
export interface InviteToken {
  token: string;
  caseSensitive: boolean;
}

/**
 * The part of an invite link that lets someone in: a long random code, with a
 * digit (or long and of mixed case), unlike a name such as `Epicerie_Cooperative`.
 */
const SECRET = /^\+?([A-Za-z0-9_\-]{10,})$/;
const isCode = (part: string) => /\d/.test(part) || (part.length >= 16 && /[a-z]/.test(part) && /[A-Z]/.test(part) && !part.includes('_'));
/** Hosts that are one service under several names, as the fallback token spells them. */
const sameHost: Record<string, string> = { 'telegram.me': 't.me', 'telegram.dog': 't.me', 'discord.com': 'discord.gg', 'discordapp.com': 'discord.gg' };

/**
 * The secret part of an invite link, for finding the same invitation written
 * elsewhere (another group's links, an event, a news body, the built site),
 * whatever its spelling: `chat.whatsapp.com/invite/X` and `chat.whatsapp.com/X?mode=…`,
 * `t.me/+X` and `telegram.me/joinchat/X`, `matrix.to/#/%23room%3Aserver` and
 * `matrix.to/#/#room:server` give the same token. Links without a long code
 * (a public Telegram name, a Matrix alias, a web page) fall back to their host
 * and path, compared without regard to case.
 * @example inviteToken('https://chat.whatsapp.com/invite/Fk3bQ9xZ2LmN7pRt5VwY1a?mode=ac_t') → { token: 'Fk3bQ9xZ2LmN7pRt5VwY1a', caseSensitive: true }
 * @example inviteToken('https://matrix.to/#/%23entraide%3Amatrix.org?via=matrix.org') → { token: '#entraide:matrix.org', caseSensitive: false }
 */
export function inviteToken(url: string): InviteToken {
  const link = url.trim();
  if (/^mailto:/i.test(link)) return { token: link.slice(7).split('?')[0]?.toLowerCase() ?? '', caseSensitive: false };
  let parsed: URL;
  try {
    parsed = new URL(link);
  } catch {
    return { token: link, caseSensitive: true };
  }
  const bare = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const host = sameHost[bare] ?? bare;
  const fragment = safeDecode(parsed.hash.slice(1));
  if (host === 'matrix.to') {
    const room = fragment.replace(/^\//, '').split('?')[0] ?? '';
    const secret = /^!([A-Za-z0-9._~=+\-]{10,})/.exec(room)?.[1];
    return secret ? { token: secret, caseSensitive: true } : { token: room.toLowerCase(), caseSensitive: false };
  }
  const candidates = [...parsed.pathname.split('/'), fragment, ...parsed.searchParams.values()].map(safeDecode);
  const secrets = candidates.map((part) => SECRET.exec(part)?.[1]).filter((part): part is string => part !== undefined && isCode(part));
  const longest = secrets.sort((a, b) => b.length - a.length)[0];
  if (longest) return { token: longest, caseSensitive: true };
  const trimmed = parsed.pathname.replace(/\/+$/, '');
  const path = host === 'discord.gg' ? trimmed.replace(/^\/invite\//, '/') : trimmed;
  return { token: `${host}${path}${parsed.hash}`.toLowerCase(), caseSensitive: false };
}

/** Percent-decoding that leaves a text with a stray % as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Web addresses and e-mail addresses written in a text, with or without their scheme. */
const ADDRESS = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#][^\s"'<>()[\]{}]*)?/gi;

/** A text ready to be searched for many invitations: raw and percent-decoded, and both in lower case. */
export interface SearchableText {
  variants: readonly string[];
  /** Lower-cased when first asked for: invitations with a secret code never need it. */
  readonly lower: readonly string[];
}

/** Prepares a text once for `containsInvite` (a built file is searched for every members-only link). */
export function searchable(text: string): SearchableText {
  const variants = text.includes('%') ? [text, safeDecode(text)] : [text];
  let lower: string[] | undefined;
  return {
    variants,
    get lower() {
      return (lower ??= variants.map((variant) => variant.toLowerCase()));
    },
  };
}

/** The last word of a case-insensitive invitation, which every text holding it must hold. */
const inviteTail = (token: string) =>
  token
    .split(/[/:#@]/)
    .filter(Boolean)
    .at(-1) ?? token;

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A quick first test for many invitations at once, for texts as long as a
 * whole built site: false means `containsInvite` is false for every one of
 * them; true means some may be there and each is then looked for. One regular
 * expression over all the codes is some twenty times faster than searching
 * the text once per code.
 * @example mayHoldInvite([inviteToken('https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a')])(searchable('rien ici')) → false
 */
export function mayHoldInvite(invites: readonly InviteToken[]): (text: SearchableText) => boolean {
  const union = (words: string[], flags = '') => (words.length ? new RegExp(words.map(literal).join('|'), flags) : undefined);
  const codes = union(invites.filter((i) => i.token && i.caseSensitive).map((i) => i.token));
  const tails = union(invites.filter((i) => i.token && !i.caseSensitive).map((i) => inviteTail(i.token)));
  return (text) => Boolean((codes && text.variants.some((v) => codes.test(v))) || (tails && text.lower.some((v) => tails.test(v))));
}

/**
 * Whether a text holds the invitation, raw or percent-encoded, in any of the
 * spellings `inviteToken` treats as the same.
 * @example containsInvite('Rejoignez https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a !', inviteToken('https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a')) → true
 */
export function containsInvite(text: string | SearchableText, invite: InviteToken): boolean {
  const { token, caseSensitive } = invite;
  if (!token) return false;
  const prepared = typeof text === 'string' ? searchable(text) : text;
  const { variants } = prepared;
  if (caseSensitive) return variants.some((variant) => variant.includes(token));
  const { lower } = prepared;
  if (lower.some((variant) => variant.includes(token))) return true;
  // A short or word-like invitation: compare the addresses of the text as invitations, once the
  // text is known to hold the invitation's last word at all (a cheap test on long files).
  const tail = inviteTail(token);
  if (!lower.some((variant) => variant.includes(tail))) return false;
  return variants.some((variant) =>
    [...variant.matchAll(ADDRESS)].some(([address]) => {
      const url = /^(?:https?:|mailto:)/i.test(address)
        ? address
        : address.includes('@') && !address.includes('/')
          ? `mailto:${address}`
          : `https://${address}`;
      return inviteToken(url).token === token;
    }),
  );
}
