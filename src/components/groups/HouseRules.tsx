import type { Translate } from '../../lib/i18n';

/** The house rules from the settings, shown before any invite link. */
export function HouseRules({ rules, t, charterHref }: { rules: readonly string[]; t: Translate; charterHref?: string | undefined }) {
  if (rules.length === 0 && !charterHref) return null;
  return (
    <div className="house-rules">
      <p className="house-rules__intro">{t('join.rulesIntro')}</p>
      {rules.length > 0 && (
        <ol>
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ol>
      )}
      {charterHref && (
        <p className="small">
          <a href={charterHref}>{t('join.charter')}</a>
        </p>
      )}
    </div>
  );
}
