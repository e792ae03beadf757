/**
 * Where the content lives. Tests point it at fixture folders to build small
 * sites (bad content, hostile content, synthetic content for the benchmark).
 */
export const contentDir = process.env['BABILLARD_CONTENT_DIR'] ?? 'content';

/** The static files copied as they are (the co-op's media); tests give fixture sites their own. */
export const publicDir = process.env['BABILLARD_PUBLIC_DIR'] ?? 'public';
