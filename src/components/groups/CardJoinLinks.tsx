import type { PlatformId } from '../../data/platforms';
import type { Translate } from '../../lib/i18n';
import { JoinLink } from './JoinLink';

export interface CardJoinLinksProps {
  links: readonly { platform: PlatformId; url: string }[];
  houseRules: readonly string[];
  t: Translate;
  charterHref?: string | undefined;
}

/**
 * A directory card's join buttons, one disclosure per link. Open groups print
 * it; members-only groups seal the very same markup (`members-vault.ts`).
 */
export function CardJoinLinks({ links, houseRules, t, charterHref }: CardJoinLinksProps) {
  if (links.length === 0) return null;
  return (
    <div className="join-links">
      {links.map((link) => (
        <JoinLink key={link.url} link={link} houseRules={houseRules} t={t} charterHref={charterHref} />
      ))}
    </div>
  );
}
