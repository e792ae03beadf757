/**
 * Who a group is for. Drives the "which groups are for me?" block; the labels
 * live in the dictionary under `audience.<id>`.
 */
export const audiences = ['tous', 'nouveaux', 'equipes', 'volants', 'groupes-de-travail', 'admins'] as const;

export type Audience = (typeof audiences)[number];
