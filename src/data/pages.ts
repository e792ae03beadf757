/** What a page of content/pages/ is: a guide chapter, the charter, or a free page at /<id>/. */
export const pageKinds = ['guide', 'charter', 'page'] as const;
export type PageKind = (typeof pageKinds)[number];
