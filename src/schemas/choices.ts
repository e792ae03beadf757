import { dictionaries, type UiKey } from '../i18n/index';

/**
 * How a message lists the values a field accepts, each with the words the
 * menus use: from the same tables as the enums, so a new value is never
 * missing from the sentence that refuses the others.
 * @example choices(['open', 'request'], (v) => `group.access.${v}`) → 'open (lien ouvert) ou request (sur demande)'
 */
export function choices<V extends string>(values: readonly V[], key: (value: V) => UiKey): string {
  const words = values.map((value) => `${value} (${lower(dictionaries.fr[key(value)])})`);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ou ${words.at(-1)}`;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
