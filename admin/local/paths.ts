/**
 * The addresses of the CMS's local mode, shared by the dev server (which
 * answers them), the admin page (which is handed them) and the browser.
 * Nothing here is built into `dist/`: a built site has no local backend.
 */

/** The local backend (Decap's proxy protocol); the run's secret goes in `?key=`. */
export const backendPath = '/__babillard/cms';

/** The CMS bundle prepared at start, served by the dev server. */
export const bundlePath = '/__babillard/admin/';

/** The bundle's entry (its chunks have hashed names). */
export const bundleEntry = `${bundlePath}main.js`;

/** Answers once the bundle is ready: `{ ready: true }`, or `{ error }` if it could not be built. */
export const bundleReadyPath = `${bundlePath}ready`;

/**
 * The origins of a site listening on 127.0.0.1: that address, and `localhost`.
 * @example siteOrigins(4321) → ['http://127.0.0.1:4321', 'http://localhost:4321']
 */
export function siteOrigins(port: number | string): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}
