/**
 * `<site-update data-worker="/sw.js">`: registers the pocket copy's service
 * worker and, when a newer build has installed beside the one in use, shows
 * its notice (« Nouvelle version : recharger ») instead of swapping pages in
 * the middle of reading. The button hands over to the new build and reloads.
 */
class SiteUpdate extends HTMLElement {
  connectedCallback() {
    const script = this.dataset['worker'];
    if (!script || !('serviceWorker' in navigator)) return;
    if (import.meta.env.DEV) {
      // `npm start` / `astro dev`: no pocket copy, and none left over from a built site on this
      // address, or an editor would see yesterday's pages instead of their changes.
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
      return;
    }
    navigator.serviceWorker.register(script).then(
      (registration) => this.#watch(registration),
      // A host that refuses the worker (or a private window) leaves the site as it is, online only.
      () => undefined,
    );
  }

  #watch(registration: ServiceWorkerRegistration) {
    // A first install only fills the cache: nothing changes for the reader.
    const offer = (waiting: ServiceWorker) => {
      if (!navigator.serviceWorker.controller) return;
      this.hidden = false;
      this.querySelector('button')?.addEventListener('click', () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
        waiting.postMessage('babillard:update');
      });
    };
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
  }
}

customElements.define('site-update', SiteUpdate);
