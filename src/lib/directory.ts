/**
 * The group directory's data: which links may be printed, who each group is
 * for, which platforms are in use, and the open-data export. Pure: entries in,
 * plain data out. The single rule about invite links lives here: only a group
 * with `access: open` has public links.
 */
import { audiences, type Audience } from '../data/audiences';
import { platformIds, type PlatformId } from '../data/platforms';
import { absoluteUrl } from './page-meta';
import type { Entry } from './site';
import { routes } from './routes';

/** The fields of a group the directory reads. */
export interface DirectoryGroup {
  name: string;
  category: string;
  purpose?: string | undefined;
  audience: readonly Audience[];
  audienceNote?: string | undefined;
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
