/**
 * The few pieces of Decap's internals the admin uses: its Redux store (to
 * read the form's errors and show toasts) and a way to watch its actions.
 * decap-cms-app bundles the same modules, so this is the store it runs on.
 */
import { addNotification, dismissNotification } from 'decap-cms-core/dist/esm/actions/notifications';
import { store } from 'decap-cms-core/dist/esm/redux';
import { WAIT_UNTIL_ACTION } from 'decap-cms-core/dist/esm/redux/middleware/waitUntilAction';

export interface DecapAction {
  type: string;
  payload?: unknown;
}

export interface Notification {
  id: string;
  message: string | { key: string };
  type: 'error' | 'success' | 'warning' | 'info';
}

/** Decap's store, typed as far as we read it. */
const decapStore = store as {
  getState(): {
    entryDraft: { get(key: 'fieldsErrors'): { entrySeq(): { toArray(): [string, { message?: string; parentIds?: string[] }[]][] } } };
    notifications: { notifications: Notification[] };
  };
  dispatch(action: unknown): unknown;
};

/** Shows a toast the way Decap shows its own. */
function toast(message: string, type: Notification['type'] = 'error', dismissAfter = 10_000) {
  decapStore.dispatch(addNotification({ message, type, dismissAfter }));
}

function dismissToast(id: string) {
  decapStore.dispatch(dismissNotification(id));
}

/**
 * Calls `listener` with every action Decap's store handles from now on.
 * Decap's `waitUntilAction` middleware asks each waiting request whether an
 * action is the one it waits for: ours never is, so it sees them all.
 */
function watchActions(listener: (action: DecapAction) => void) {
  decapStore.dispatch({
    type: WAIT_UNTIL_ACTION,
    predicate: (action: DecapAction) => {
      listener(action);
      return false;
    },
    run: () => {},
  });
}

/** What the admin's watchers use of Decap, handed to them by main.ts (so they stay testable without Decap). */
export const decap = { store: decapStore, toast, dismissToast, watchActions };
export type DecapStore = typeof decap;
