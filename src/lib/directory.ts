/**
 * The group directory's data: which links may be printed, who each group is
 * for, which platforms are in use, and the open-data export. Pure: entries in,
 * plain data out. The single rule about invite links lives here: only a group
 * with `access: open` has public links.
 */
import { audiences, type Audience } from '../data/audiences';
import { importanceLevels, type Importance } from '../data/groups';
import { platformIds, type PlatformId } from '../data/platforms';
import { absoluteUrl } from './page-meta';
import type { Entry } from './site';
import type { Translate } from './i18n';
import { mailtoHref } from './mailto';
import { routes } from './routes';

/** The fields of a group the directory reads. */
export interface DirectoryGroup {
  name: string;
  category: string;
  purpose?: string | undefined;
  audience: readonly Audience[];
  audienceNote?: string | undefined;
  importance: Importance;
  posting: 'everyone' | 'admins';
  admins: readonly string[];
  access: 'open' | 'request' | 'members';
  howToAsk?: string | undefined;
  links: readonly { platform: PlatformId; url: string }[];
  reviewed: string;
  archived: boolean;
  section?: string | undefined;
  zone?: string | undefined;
}

/**
 * The links that may appear on a public page: those of open groups only.
 * `request` groups have none to show, and `members` links are never printed in clear.
 * @example publicLinks({ access: 'members', links: [{ platform: 'signal', url: 'https://signal.group/#…' }] }) → []
 */
export function publicLinks<L>(group: { access: DirectoryGroup['access']; links: readonly L[] }): L[] {
  return group.access === 'open' ? [...group.links] : [];
}

/**
 * Where « ask to join » leads for an `access: request` group: the web address
 * its `howToAsk` gives, else a message to the address it names, else one to
 * the co-op's moderation address; a message has its subject and body filled in.
 * @example requestHref({ howToAsk: 'Écrivez à accueil@coop.example.' }, 'moderation@coop.example', { subject: 'Rejoindre', body: '' })
 *   → 'mailto:accueil@coop.example?subject=Rejoindre'
 */
export function requestHref(group: { howToAsk?: string | undefined }, fallbackEmail: string, message: { subject: string; body: string }): string {
  const text = group.howToAsk ?? '';
  const web = /https:\/\/[^\s<>"«»]+/.exec(text)?.[0]?.replace(/[.,;:!?)]+$/, '');
  if (web) return web;
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0]?.replace(/\.+$/, '');
  return mailtoHref(email ?? fallbackEmail, message);
}

/**
 * « Ask to join » for a group, its message worded by the dictionary (subject and body naming the group).
 * @example askToJoinHref({ name: 'Admins' }, 'moderation@coop.example', t) → 'mailto:moderation@coop.example?subject=Demande%20pour%20rejoindre%20%C2%AB%C2%A0Admins%C2%A0%C2%BB&body=…'
 */
export function askToJoinHref(group: { name: string; howToAsk?: string | undefined }, fallbackEmail: string, t: Translate): string {
  return requestHref(group, fallbackEmail, {
    subject: t('join.requestSubject', { group: group.name }),
    body: t('join.requestBody', { group: group.name }),
  });
}

/**
 * The platforms of a group, once each, in the platform table's order.
 * @example groupPlatforms({ links: [{ platform: 'signal' }, { platform: 'whatsapp' }, { platform: 'signal' }] }) → ['whatsapp', 'signal']
 */
export function groupPlatforms(group: { links: readonly { platform: PlatformId }[] }): PlatformId[] {
  return platformIds.filter((id) => group.links.some((l) => l.platform === id));
}

/**
 * The platforms used by at least one group, in table order: one filter page each.
 * @example platformsInUse([{ id: 'a', data: { links: [{ platform: 'matrix' }] } }]) → ['matrix']
 */
export function platformsInUse(groups: readonly Entry<{ links: readonly { platform: PlatformId }[] }>[]): PlatformId[] {
  return platformIds.filter((id) => groups.some((g) => g.data.links.some((l) => l.platform === id)));
}

/**
 * The audiences that have groups, in the audience table's order, each with its groups:
 * the "which groups are for me?" block. Groups for everyone (`tous`) come first.
 * @example groupsByAudience([{ id: 'a', data: { audience: ['nouveaux'] } }]) → [{ audience: 'nouveaux', groups: [{ id: 'a', … }] }]
 */
export function groupsByAudience<G extends { audience: readonly Audience[] }>(groups: readonly Entry<G>[]): { audience: Audience; groups: Entry<G>[] }[] {
  return audiences.map((audience) => ({ audience, groups: groups.filter((g) => g.data.audience.includes(audience)) })).filter((a) => a.groups.length > 0);
}

/**
 * A list of groups split by how much a newcomer needs them, essential first,
 * keeping their order inside each level; empty levels are left out.
 * @example byImportance([{ id: 'a', data: { importance: 'si-vous-voulez' } }, { id: 'b', data: { importance: 'essentiel' } }])
 *   → [{ importance: 'essentiel', groups: [b] }, { importance: 'si-vous-voulez', groups: [a] }]
 */
export function byImportance<G extends { importance: Importance }>(groups: readonly Entry<G>[]): { importance: Importance; groups: Entry<G>[] }[] {
  return importanceLevels
    .map((importance) => ({ importance, groups: groups.filter((g) => g.data.importance === importance) }))
    .filter((level) => level.groups.length > 0);
}

/**
 * A URL as people type it from a poster: no scheme, no trailing slash.
 * @example shortUrl('https://coop.example/groupes/') → 'coop.example/groupes'
 */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The shape of `/groupes.json`, documented in the README. */
export interface DirectoryJson {
  name: string;
  url: string;
  categories: { id: string; name: string; description: string; groups: string[] }[];
  groups: {
    id: string;
    name: string;
    url: string;
    category: string;
    purpose: string | null;
    audience: Audience[];
    audienceNote: string | null;
    importance: Importance;
    posting: DirectoryGroup['posting'];
    access: DirectoryGroup['access'];
    howToAsk: string | null;
    admins: string[];
    reviewed: string;
    platforms: PlatformId[];
    links: { platform: PlatformId; url: string }[];
    /** The section (or shop) and zone the group belongs to, null for the whole co-op. */
    section: string | null;
    zone: string | null;
  }[];
}

/**
 * The public directory as open data: categories and visible groups in the
 * site's order; `links` holds public links only (empty for `request` and
 * `members` groups), `platforms` still says where every group lives.
 */
export function directoryJson(
  site: { name: string; baseUrl: string },
  sections: readonly { category: Entry<{ name: string; description: string }>; groups: readonly Entry<DirectoryGroup>[] }[],
): DirectoryJson {
  return {
    name: site.name,
    url: absoluteUrl(routes.groups, site.baseUrl),
    categories: sections.map(({ category, groups }) => ({
      id: category.id,
      name: category.data.name,
      description: category.data.description,
      groups: groups.map((g) => g.id),
    })),
    groups: sections.flatMap(({ groups }) =>
      groups.map(({ id, data }) => ({
        id,
        name: data.name,
        url: absoluteUrl(routes.group(id), site.baseUrl),
        category: data.category,
        purpose: data.purpose ?? null,
        audience: [...data.audience],
        audienceNote: data.audienceNote ?? null,
        importance: data.importance,
        posting: data.posting,
        access: data.access,
        howToAsk: data.access === 'request' ? (data.howToAsk ?? null) : null,
        admins: [...data.admins],
        reviewed: data.reviewed,
        platforms: groupPlatforms(data),
        links: publicLinks(data).map((l) => ({ platform: l.platform, url: l.url })),
        section: data.section ?? null,
        zone: data.zone ?? null,
      })),
    ),
  };
}

/**
 * Splits a list into pieces of `size`, e.g. small cards into printed sheets.
 * @example chunk([1, 2, 3], 2) → [[1, 2], [3]]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}
