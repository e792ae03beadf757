import type { Translate } from '../../lib/i18n';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'copy-link': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}

/** The link in a read-only field, for pasting into the app; `src/elements/copy-link.ts` adds a copy button. */
export function CopyLink({ url, platformName, t }: { url: string; platformName: string; t: Translate }) {
  return (
    <copy-link className="copy-link" data-label={t('join.copy')} data-done={t('join.copied')} data-failed={t('join.copyFailed')}>
      <label>
        <span className="copy-link__label">{t('join.copyLabel', { platform: platformName })}</span>
        <input type="text" readOnly value={url} spellCheck={false} autoComplete="off" />
      </label>
    </copy-link>
  );
}
