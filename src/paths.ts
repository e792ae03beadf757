/**
 * Where the content lives. Tests point it at fixture folders to build small
 * sites (bad content, hostile content, synthetic content for the benchmark).
 */
export const contentDir = process.env['BABILLARD_CONTENT_DIR'] ?? 'content';
