import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PlatformId } from '../../data/platforms';
import type { Vault } from '../../lib/crypto';
import type { Translate } from '../../lib/i18n';
import { sealMembersBlocks } from '../../members';
import type { Group } from '../../schemas/group';
import { CardJoinLinks } from './CardJoinLinks';
import { JoinOptions } from './JoinOptions';

/**
 * Each page's members-only vault: the join blocks of its `access: members`
 * groups, drawn by the components that draw an open group's (a card's join
 * buttons, a group page's options with their QR codes), then sealed. Once
 * unlocked, such a group is exactly what an open one would be.
 */

interface Words {
  t: Translate;
  houseRules: readonly string[];
  charterHref?: string | undefined;
}

const membersOnly = (groups: readonly { id: string; data: Group }[]) => groups.filter((g) => g.data.access === 'members' && g.data.links.length > 0);

/** The directory's vault (on a platform's page, that platform's links only). */
export function directoryVault(groups: readonly { id: string; data: Group }[], words: Words, platform?: PlatformId): Promise<Vault | undefined> {
  const blocks = membersOnly(groups).flatMap(({ id, data }) => {
    const links = data.links.filter((l) => !platform || l.platform === platform);
    return links.length ? [[id, renderToStaticMarkup(createElement(CardJoinLinks, { links, ...words }))] as const] : [];
  });
  return sealMembersBlocks(Object.fromEntries(blocks));
}

/** A members-only group page's vault: that group's options only. */
export function groupVault(group: { id: string; data: Group }, words: Words): Promise<Vault | undefined> {
  const blocks = membersOnly([group]).map(({ id, data }) => [id, renderToStaticMarkup(createElement(JoinOptions, { links: data.links, ...words }))] as const);
  return sealMembersBlocks(Object.fromEntries(blocks));
}
