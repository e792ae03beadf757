import fr from './fr';

/** Every UI language; French is the reference and the fallback. */
export const dictionaries = { fr } as const;

export type Language = keyof typeof dictionaries;

/** The languages the settings may choose, derived from the dictionaries above. */
export const languages = Object.keys(dictionaries) as [Language, ...Language[]];

/** Every key of the interface's words: those of the reference dictionary, French. */
export type UiKey = keyof typeof fr;
