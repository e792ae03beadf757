/**
 * What `public/media/` may hold: the build refuses any other file there, and
 * the CMS accepts the same uploads. Images are shown in pages; documents are
 * only linked to.
 */
export const mediaTypes = {
  images: { extensions: ['png', 'jpg', 'jpeg', 'webp', 'avif', 'svg', 'gif'], maxBytes: 1_000_000 },
  documents: { extensions: ['pdf'], maxBytes: 5_000_000 },
} as const;

export const imageExtensions: readonly string[] = mediaTypes.images.extensions;
export const mediaFolder = 'media';
