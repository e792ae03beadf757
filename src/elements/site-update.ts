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
    void navigator.serviceWorker.register(script).then((registration) => this.#watch(registration));
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
