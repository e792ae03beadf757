import { platformIds } from '../../data/platforms';
import type { Translate } from '../../lib/i18n';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'members-links': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}

export interface MembersLinksProps {
  id: string;
  t: Translate;
  /** Say where the links are while locked (the group page); the directory card's badge already does. */
  explain?: boolean;
}

/**
 * Where a members-only group's links appear once unlocked: empty in the HTML,
 * filled by `src/elements/members.ts` from the sealed vault. Carries the
 * button wording and the platform names, since the element has no dictionary.
 */
export function MembersLinks({ id, t, explain = true }: MembersLinksProps) {
  const names = Object.fromEntries(platformIds.map((p) => [p, t(`platform.${p}.name`)]));
  return (
    <members-links className="members-links" data-group={id} data-label={t('group.joinOn')} data-platforms={JSON.stringify(names)}>
      {explain && <p className="members-links__locked">{t('group.membersOnly')}</p>}
    </members-links>
  );
}
