import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { config } from '../config';
import { settings } from '../content';
import { textOn } from '../lib/colour';
import { ICON_SIZES, MASKABLE_LOGO, PAGE_BACKGROUND, monogramSvg } from '../lib/page-meta';

/** The PNG icons of the installed site: the co-op's logo (or its monogram) centred in the safe zone, on the page colour. */
export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params['size']);
  const logo = settings.logo
    ? readFileSync(join(config.publicDir, settings.logo))
    : Buffer.from(monogramSvg(settings.name, settings.accentColour, textOn(settings.accentColour)));
  const inner = Math.round(size * MASKABLE_LOGO);
  const drawn = await sharp(logo, { density: 600 })
    .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const png = await sharp({ create: { width: size, height: size, channels: 4, background: PAGE_BACKGROUND } })
    .composite([{ input: drawn, gravity: 'center' }])
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
