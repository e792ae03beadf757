import { platforms, type PlatformId } from '../../data/platforms';
import type { Translate } from '../../lib/i18n';

/** A platform's icon and name; the icon is our own inline SVG, never a remote file. */
export function PlatformBadge({ platform, t }: { platform: PlatformId; t: Translate }) {
  return (
    <span className="badge platform" data-platform={platform}>
      <span className="platform__icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: platforms[platform].icon }} />
      {t(`platform.${platform}.name`)}
    </span>
  );
}
