/** How one joins a group, and who may write in it: the enums of the group schema and the CMS menus. */

/** `open`: the link is shown; `request`: one asks an admin; `members`: the link is sealed for members. */
export const accessModes = ['open', 'request', 'members'] as const;
export type AccessMode = (typeof accessModes)[number];

/** `everyone` writes, or only the `admins` (an announcements channel). */
export const postingPolicies = ['everyone', 'admins'] as const;
export type PostingPolicy = (typeof postingPolicies)[number];
