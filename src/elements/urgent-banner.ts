/**
 * The urgent banner's « close », remembered until the news item changes. Runs
 * inline in <head>, before the page is drawn (MembersScript's way: a hash in
 * the CSP), so a banner closed earlier never flashes in and shifts the page.
 * <html data-urgent="…"> names the current banner (its item and dates); the
 * stored name is compared with it, so a new or changed item shows again.
 * Without JavaScript the banner stays, without a close button.
 */
const STORAGE = 'babillard:urgent-closed';
const root = document.documentElement;
const current = root.dataset['urgent'];
root.classList.add('urgent-closable');
try {
  if (current && localStorage.getItem(STORAGE) === current) root.classList.add('urgent-closed');
} catch {
  // Storage refused (private mode in some browsers): the banner simply shows.
}
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || !event.target.closest('[data-urgent-close]') || !current) return;
  root.classList.add('urgent-closed');
  try {
    localStorage.setItem(STORAGE, current);
  } catch {
    // Closed for this page only.
  }
  // The button is gone: keyboard focus goes on from the top of the page rather than from nowhere.
  document.querySelector<HTMLElement>('.site-header a')?.focus();
});
