/** How one joins a group, and who may write in it: the enums of the group schema and the CMS menus. */

/** `open`: the link is shown; `request`: one asks an admin; `members`: the link is sealed for members. */
export const accessModes = ['open', 'request', 'members'] as const;
export type AccessMode = (typeof accessModes)[number];

/**
 * How much a newcomer needs a group, the order of « which groups are for me? »:
 * `essentiel` (everyone joins it on arrival), `selon-votre-role` (depends on
 * one's team or role: a shift team, a working group), `si-vous-voulez` (as one likes).
 */
export const importanceLevels = ['essentiel', 'selon-votre-role', 'si-vous-voulez'] as const;
export type Importance = (typeof importanceLevels)[number];

/** `everyone` writes, or only the `admins` (an announcements channel). */
export const postingPolicies = ['everyone', 'admins'] as const;
export type PostingPolicy = (typeof postingPolicies)[number];
