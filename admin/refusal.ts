import type { DecapAction, DecapStore } from './decap-store';

/**
 * A refused save must be obvious. Decap checks every field when the
 * volunteer publishes; if one is wrong it writes nothing and, for anything but
 * an empty required field, says nothing either. Here, right after such a
 * check: a toast in French that names the first field at fault and what is
 * wrong with it, and the form scrolled to that field, with the focus in it.
 */

/** The label the form shows for a field, without « (optionnel) ». */
function labelOf(id: string): string | undefined {
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  return label?.textContent.replace(/\s*\(optionnel\)\s*$/, '').trim() || undefined;
}

/** Where a field is on the page: its input, else its label. */
const elementOf = (id: string): HTMLElement | null => document.getElementById(id) ?? document.querySelector<HTMLElement>(`label[for="${CSS.escape(id)}"]`);

/**
 * The toast's sentence: the field's path of labels, its message, and how many others are wrong.
 * @example refusalMessage(['Liens', 'Lien d’invitation'], 'Ce lien est un lien WhatsApp…', 1) → 'Rien n’a été enregistré. « Liens › Lien d’invitation » : Ce lien est un lien WhatsApp… (et 1 autre champ à corriger)'
 */
export function refusalMessage(path: readonly string[], message: string, others: number): string {
  const more = others > 0 ? ` (et ${others} autre${others > 1 ? 's' : ''} champ${others > 1 ? 's' : ''} à corriger)` : '';
  return `Rien n’a été enregistré. « ${path.join(' › ')} » : ${message}${more}`;
}

/** Brings a field into view and puts the cursor in it. */
function reveal(element: HTMLElement) {
  element.scrollIntoView({ block: 'center' });
  const input = element.matches('input, textarea, select, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input, textarea, select, button');
  input?.focus({ preventScroll: true });
}

function refused(decap: DecapStore) {
  const errors = decap.store
    .getState()
    .entryDraft.get('fieldsErrors')
    .entrySeq()
    .toArray()
    .filter(([, list]) => list.some((error) => error.message));
  if (errors.length === 0) return;
  // The first wrong field in the order of the form.
  const placed = errors.map(([id, list]) => ({ id, list, element: elementOf(id) }));
  placed.sort((a, b) =>
    a.element && b.element ? (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : a.element ? -1 : 1,
  );
  const [first] = placed;
  if (!first) return;
  const error = first.list.find((e) => e.message) ?? first.list[0];
  const path = [...(error?.parentIds ?? []).map(labelOf), labelOf(first.id)].filter((label): label is string => Boolean(label));
  // Decap's own sentence for an empty required field says less: ours replaces it.
  for (const notification of decap.store.getState().notifications.notifications) {
    if (typeof notification.message === 'object' && notification.message.key === 'ui.toast.missingRequiredField') decap.dismissToast(notification.id);
  }
  decap.toast(refusalMessage(path.length ? path : [first.id], error?.message ?? '', errors.length - 1));
  // After React has drawn the messages under the fields.
  requestAnimationFrame(() => {
    const element = elementOf(first.id);
    if (element) reveal(element);
  });
}

/**
 * Watches Decap's checks: a save checks every field at once (many
 * validation actions in one go), a field left checks only itself. A save
 * that went through starts persisting in the same go.
 */
export function explainRefusedSaves(decap: DecapStore) {
  let checks = 0;
  let persisting = false;
  decap.watchActions((action: DecapAction) => {
    if (action.type === 'DRAFT_VALIDATION_ERRORS') {
      if (checks++ === 0) {
        queueMicrotask(() => {
          if (checks > 1 && !persisting) refused(decap);
          checks = 0;
          persisting = false;
        });
      }
    } else if (/PERSIST_REQUEST$/.test(action.type)) {
      persisting = true;
    }
  });
}
