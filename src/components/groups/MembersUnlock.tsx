import type { Translate } from '../../lib/i18n';
import type { Vault } from '../../lib/crypto';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'members-unlock': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}

export interface MembersUnlockProps {
  /** The page's sealed blocks (`members-vault.ts`); nothing is drawn without one. */
  vault: Vault | undefined;
  t: Translate;
  /** A card of its own (directory), or part of the group page's join card. */
  framed?: boolean;
  /** Whether « remember on this device » starts ticked: yes on members' own devices, no on the posters' page (a shared computer). */
  remember?: boolean;
}

/** JSON inside a script element: `<` escaped so no value can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The passphrase form that unlocks members-only groups, with the sealed vault
 * as a JSON data block. Its behaviour is `src/elements/members.ts`, inlined by
 * `MembersScript.astro`; without JavaScript it says where to ask instead (the
 * form is drawn from the first paint and hidden only when scripts are off). Once
 * unlocked it shrinks to one line with « Oublier ». Messages about the
 * passphrase appear right under the field, where a phone keeps it in view.
 */
export function MembersUnlock({ vault, t, framed = true, remember = true }: MembersUnlockProps) {
  if (!vault) return null;
  const Heading = framed ? 'h2' : 'h3';
  return (
    <members-unlock
      id="membres"
      className={framed ? 'members-unlock card members-unlock--framed' : 'members-unlock'}
      data-msg-working={t('members.working')}
      data-msg-wrong={t('members.wrong')}
      data-msg-changed={t('members.changed')}
      data-msg-poster-old={t('members.posterOld')}
      data-msg-unlocked={t('members.unlocked')}
      data-msg-forget={t('members.forgetLabel')}
      data-msg-forget-remembered={t('members.forgetRememberedLabel')}
      data-msg-forgotten={t('members.forgotten')}
    >
      <script id="babillard-vault" type="application/json" dangerouslySetInnerHTML={{ __html: scriptJson(vault) }} />
      <div className="members-unlock__locked">
        <Heading className="members-unlock__title">{t('members.title')}</Heading>
        {/* Drawn at once, so the box keeps its size when the script arrives; `dialog`: a press before it never sends the phrase anywhere. */}
        <p className="members-unlock__explain" data-with-script="">
          {t('members.explain')}
        </p>
        <noscript>
          <p className="members-unlock__explain">{t('members.noscript')}</p>
        </noscript>
        <form method="dialog" data-with-script="">
          <label htmlFor="members-passphrase">{t('members.passphrase')}</label>
          <div className="members-unlock__row">
            <input id="members-passphrase" name="passphrase" type="password" autoComplete="current-password" required aria-describedby="members-message" />
            <button className="button" type="submit">
              {t('members.unlock')}
            </button>
          </div>
          <p id="members-message" className="members-unlock__message" role="status" aria-live="polite"></p>
          <label className="members-unlock__remember">
            <input type="checkbox" name="remember" defaultChecked={remember} /> {t('members.rememberChoice')}
          </label>
        </form>
      </div>
      <p className="members-unlock__done" hidden>
        <span className="members-unlock__done-text" role="status" aria-live="polite"></span>{' '}
        <button type="button" className="button button--quiet button--small" data-forget="">
          {t('members.forget')}
        </button>
      </p>
    </members-unlock>
  );
}
