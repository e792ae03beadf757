import fr from './fr';

/** Every UI language; French is the reference and the fallback. */
export const dictionaries = { fr } as const;

export type Language = keyof typeof dictionaries;
