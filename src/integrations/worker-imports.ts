import { registerHooks } from 'node:module';

/**
 * Lets a worker thread import the site's own modules. Astro runs the build's
 * modules through Vite, which finds `./routes` as `./routes.ts`; a worker runs
 * in plain Node, which needs the extension. Registered in the worker only.
 */
export function resolveSiteImports(): void {
  registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
        throw error;
      }
    },
  });
}
