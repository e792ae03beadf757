import type { ReactNode } from 'react';
import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { PlatformBadge } from './PlatformBadge';

export interface GroupCardProps {
  id: string;
  group: Group;
  t: Translate;
  headingLevel?: 2 | 3;
  /** Shown under the card's text, e.g. the slot where members-only links unlock. */
  children?: ReactNode;
}

/** The directory card of one group: what it is for, where it lives, how to get in. Shared with the CMS preview. */
export function GroupCard({ id, group, t, headingLevel = 3, children }: GroupCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const platformsUsed = [...new Set(group.links.map((l) => l.platform))];
  return (
    <article className="card group-card" id={`groupe-${id}`}>
      <Heading>
        <a href={`/groupes/${id}/`}>{group.name}</a>
      </Heading>
      <p>{group.purpose}</p>
      <ul className="meta">
        {platformsUsed.map((p) => (
          <li key={p}>
            <PlatformBadge platform={p} t={t} />
          </li>
        ))}
        <li className="badge">{t(`group.posting.${group.posting}`)}</li>
        {group.access !== 'open' && <li className="badge">{t(`group.access.${group.access}`)}</li>}
      </ul>
      {group.audienceNote && <p className="muted">{group.audienceNote}</p>}
      {children}
      <p>
        <a className="button button--quiet" href={`/groupes/${id}/`}>
          {group.access === 'open' ? t('group.join') : t('group.more')}
          <span className="visually-hidden"> {group.name}</span>
        </a>
      </p>
    </article>
  );
}
