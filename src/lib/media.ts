import { mediaFolder, mediaTypes } from '../data/media';

/**
 * The co-op's media must be inert: an SVG is a document that can carry
 * scripts, event handlers, embedded HTML and requests to other sites, and a
 * file of another type under /media/ would be served from the site's own
 * origin. The build refuses them (rather than rewriting them, which could
 * leave a half-cleaned file) and says what was found.
 */

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  tab: '\t',
  newline: '\n',
  lpar: '(',
  rpar: ')',
};

/** Character references decoded, as the SVG parser will read them. */
function decode(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
    return (name && entities[name.toLowerCase()]) ?? all;
  });
}

/** A reference that stays inside the image: a fragment, or an embedded raster image. */
const inside = (value: string) => {
  const v = decode(value).replace(/[\s\x00-\x1f]/g, '');
  return v.startsWith('#') || /^data:image\/(png|jpe?g|gif|webp);base64,/i.test(v);
};

const forbiddenElements = new Set(['foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video']);

/**
 * What makes an SVG unsafe to publish, in French, or undefined.
 * @example svgProblem('<svg><script>alert(1)</script></svg>') → 'elle contient un script (<script>)…'
 */
export function svgProblem(svg: string): string | undefined {
  if (/<!DOCTYPE[^>]*\[/i.test(svg) || /<!ENTITY/i.test(svg))
    return 'elle déclare ses propres entités (<!ENTITY>), ce qui peut la faire lire des fichiers ou bloquer le navigateur';
  if (/<\?xml-stylesheet/i.test(svg)) return 'elle appelle une feuille de style externe (<?xml-stylesheet?>)';
  const tags = svg.matchAll(/<([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g);
  for (const [, rawName = '', attributes = ''] of tags) {
    const name = (rawName.split(':').at(-1) ?? rawName).toLowerCase();
    if (name === 'script') return 'elle contient un script (<script>)';
    if (forbiddenElements.has(name)) return `elle contient un élément <${rawName}>, qui peut afficher du contenu actif ou venu d’ailleurs`;
    for (const match of attributes.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      const attrRaw = match[1] ?? '';
      const value = match[2] ?? match[3] ?? match[4] ?? '';
      const attr = (attrRaw.split(':').at(-1) ?? attrRaw).toLowerCase();
      if (attr.startsWith('on')) return `elle contient un gestionnaire d’événement (${attrRaw}=…), c’est-à-dire du code qui s’exécute`;
      if ((attr === 'href' || attr === 'src') && !inside(value)) {
        return /^\s*javascript:/i.test(decode(value).replace(/[\s\x00-\x1f]/g, ''))
          ? `elle contient un lien javascript: (${attrRaw})`
          : `elle fait référence à un autre fichier ou à un autre site (${attrRaw}="${value.slice(0, 60)}")`;
      }
      if ((attr === 'attributename' && /href/i.test(value)) || (name === 'set' && /javascript:/i.test(decode(value)))) {
        return `elle anime un lien (<${rawName} ${attrRaw}="${value}">), ce qui peut y glisser du code`;
      }
    }
  }
  const css = decode(svg);
  if (/@import/i.test(css)) return 'son style importe une feuille de style d’ailleurs (@import)';
  for (const [, target = ''] of css.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
    if (!inside(target)) return `son style charge un fichier d’ailleurs (url(${target.slice(0, 60)}))`;
  }
  if (/javascript:/i.test(css.replace(/[\s\x00-\x1f]/g, ''))) return 'elle contient un lien javascript:';
  return undefined;
}

/**
 * The sentence for a file of public/media/ that the site must not publish, or
 * undefined. `text` is given for SVG files.
 * @example mediaProblem('/media/affiche.exe', 1000) → 'public/media/ n’accepte que …'
 */
export function mediaProblem(path: string, bytes: number, text?: string): string | undefined {
  if (!path.startsWith(`/${mediaFolder}/`)) return undefined;
  const extension = path.split('.').at(-1)?.toLowerCase() ?? '';
  const kind = Object.values(mediaTypes).find((type) => (type.extensions as readonly string[]).includes(extension));
  if (!kind) {
    const all = Object.values(mediaTypes)
      .flatMap((type) => type.extensions)
      .join(', ');
    return `public/${mediaFolder}/ n’accepte que les images et documents (${all}) ; ce fichier serait servi tel quel par le site. Retirez-le ou convertissez-le.`;
  }
  if (bytes > kind.maxBytes) {
    return `ce fichier fait ${(bytes / 1_000_000).toFixed(1)} Mo, au-delà de ${kind.maxBytes / 1_000_000} Mo : réduisez-le (dimensions, compression) pour qu’il s’affiche vite sur un téléphone.`;
  }
  if (extension === 'svg' && text !== undefined) {
    const problem = svgProblem(text);
    if (problem)
      return `cette image SVG n’est pas sûre : ${problem}. Exportez-la de nouveau en « SVG simple » (sans script ni lien), ou utilisez une image PNG.`;
  }
  return undefined;
}
