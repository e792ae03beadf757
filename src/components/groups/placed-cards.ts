import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { charter, settings, visibleGroups } from '../../content';
import { askToJoinHref } from '../../lib/directory';
import { routes } from '../../lib/routes';
import { t } from '../../site';
import { GroupCard } from './GroupCard';

/**
 * The card a `::groupe{id=…}` line places in a Markdown page (the guide, a
 * free page…): the directory's own card, with its join buttons, an « ask to
 * join » button, or, for a members-only group, the way to its page. Pass it to
 * `renderMarkdown` as `groupCard`. The content check has refused unknown ids.
 */
export function placedGroupCard(id: string): string | undefined {
  const group = visibleGroups.find((g) => g.id === id);
  if (!group) return undefined;
  const card = createElement(GroupCard, {
    id: group.id,
    group: group.data,
    t,
    houseRules: settings.houseRules,
    charterHref: charter ? routes.charter : undefined,
    headingLevel: 'p',
    requestHref: group.data.access === 'request' ? askToJoinHref(group.data, settings.moderationEmail, t) : undefined,
    anchorId: false,
  });
  return `<div class="placed-group">${renderToStaticMarkup(card)}</div>`;
}

/** The placed card of each of these groups, by id: what the CMS previews show for `::groupe` lines. */
export function placedGroupCards(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    ids.flatMap((id) => {
      const card = placedGroupCard(id);
      return card ? [[id, card]] : [];
    }),
  );
}
