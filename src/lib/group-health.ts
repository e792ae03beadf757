/**
 * Group health: what the admins should fix in the directory, without stopping
 * the build. Pure: groups, the naming pattern and today's date in, warnings out.
 * No message quotes an invite link, so the admins' page never leaks a
 * members-only one.
 */
import { addMonths } from './agenda';
import type { PlatformId } from '../data/platforms';
import type { Translate } from './i18n';
import type { Entry } from './site';

/** The fields of a group this check reads. */
export interface HealthGroup {
  name: string;
  purpose?: string | undefined;
  admins: readonly string[];
  reviewed: string;
  archived: boolean;
  links: readonly { platform: PlatformId; url: string }[];
}

/** One thing to fix, with what the message needs. */
export type HealthIssue =
  | { kind: 'admins'; count: number }
  | { kind: 'name'; example: string }
  | { kind: 'reviewed'; reviewed: string }
  | { kind: 'purpose' }
  | { kind: 'duplicate-link'; platform: PlatformId; others: string[] };

export interface HealthWarning {
  /** The group's id (its file name). */
  group: string;
  name: string;
  issue: HealthIssue;
}

export interface HealthOptions {
  /** `groupNamePattern` from the settings, a regular expression source. */
  namePattern: string;
  /** `groupNameExample` from the settings, quoted in the message. */
  nameExample: string;
  /** Today in the co-op's zone, `YYYY-MM-DD`. */
  today: string;
  /** A file not reviewed for longer than this is flagged. Default 12. */
  maxAgeMonths?: number;
}

/** Links that differ only by a trailing slash or `www.` open the same group. */
const sameLink = (url: string) => url.trim().replace(/^https:\/\/www\./, 'https://').replace(/\/+$/, '');

/**
 * The warnings of every group that is not archived, in the groups' order; a
 * link shared with an archived group still counts, since it still opens.
 * @example groupHealth([{ id: 'a', data: { name: 'A', admins: ['Léa'], reviewed: '2026-01-01', archived: false, links: [], purpose: 'x' } }], { namePattern: '^.+$', nameExample: 'A', today: '2026-06-01' })
 *   → [{ group: 'a', name: 'A', issue: { kind: 'admins', count: 1 } }]
 */
export function groupHealth(groups: readonly Entry<HealthGroup>[], options: HealthOptions): HealthWarning[] {
  const pattern = new RegExp(options.namePattern, 'u');
  const oldest = addMonths(options.today, -(options.maxAgeMonths ?? 12));
  const owners = new Map<string, Entry<HealthGroup>[]>();
  for (const group of groups) {
    for (const url of new Set(group.data.links.map((l) => sameLink(l.url)))) owners.set(url, [...(owners.get(url) ?? []), group]);
  }
  const warnings: HealthWarning[] = [];
  for (const { id, data } of groups) {
    if (data.archived) continue;
    const warn = (issue: HealthIssue) => warnings.push({ group: id, name: data.name, issue });
    if (data.admins.length < 2) warn({ kind: 'admins', count: data.admins.length });
    if (!pattern.test(data.name)) warn({ kind: 'name', example: options.nameExample });
    if (data.reviewed < oldest) warn({ kind: 'reviewed', reviewed: data.reviewed });
    if (!data.purpose?.trim()) warn({ kind: 'purpose' });
    const seen = new Set<string>();
    for (const link of data.links) {
      const url = sameLink(link.url);
      if (seen.has(url)) continue;
      seen.add(url);
      const others = (owners.get(url) ?? []).filter((g) => g.id !== id).map((g) => g.data.name);
      if (others.length) warn({ kind: 'duplicate-link', platform: link.platform, others });
    }
  }
  return warnings;
}

/**
 * The French sentence of a warning (what is wrong and what to do), through the site's dictionary.
 * @example healthMessage({ group: 'a', name: 'A', issue: { kind: 'admins', count: 1 } }, t) → 'Un seul admin : …'
 */
export function healthMessage(warning: HealthWarning, t: Translate, formatDay: (day: string) => string = (day) => day): string {
  const { issue } = warning;
  switch (issue.kind) {
    case 'admins':
      return t(issue.count === 0 ? 'health.noAdmin' : 'health.oneAdmin');
    case 'name':
      return t('health.name', { example: issue.example });
    case 'reviewed':
      return t('health.reviewed', { date: formatDay(issue.reviewed) });
    case 'purpose':
      return t('health.purpose');
    case 'duplicate-link':
      return t('health.duplicate', { platform: t(`platform.${issue.platform}.name`), others: issue.others.map((name) => `« ${name} »`).join(', ') });
  }
}

/**
 * The build log's block: one line per warning, prefixed with the group's file.
 * @example formatHealth([…], t) → 'Santé des groupes : 1 point à vérifier…\n  content/groups/a.md : Un seul admin…'
 */
export function formatHealth(warnings: readonly HealthWarning[], t: Translate, fileOf: (group: string) => string = (group) => `content/groups/${group}.md`): string {
  if (warnings.length === 0) return '';
  const lines = warnings.map((w) => `  ⚠ ${fileOf(w.group)} (« ${w.name} ») : ${healthMessage(w, t)}`);
  return [t('health.logTitle', { n: warnings.length }), ...lines].join('\n');
}
