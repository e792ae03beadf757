/** The accent colour of a co-op whose settings name none (links, buttons, the favicon's monogram). */
export const defaultAccentColour = '#2f6f4e';
