import { mediaTypes } from '../src/data/media';
import { svgProblem } from '../src/lib/media';

/**
 * Images a volunteer uploads obey the build's rules for public/media/
 * (src/data/media.ts): its types, 1 Mo at most, no active SVG. A file that
 * breaks one is refused before Decap takes it, with the reason; nothing in the
 * entry changes, so nothing is lost.
 */

const { extensions, maxBytes } = mediaTypes.images;
const typesText = 'PNG, JPEG, WebP, AVIF, SVG ou GIF';

/**
 * Why an image cannot go on the site, in French, or undefined.
 * @example imageProblem('photo.heic', 80_000) → '« photo.heic » ne peut pas être utilisée : le site affiche les images PNG, JPEG, …'
 */
export function imageProblem(name: string, bytes: number, svgText?: string): string | undefined {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!(extensions as readonly string[]).includes(extension)) {
    return `« ${name} » ne peut pas être utilisée : le site affiche les images ${typesText}. Enregistrez-la dans l’un de ces formats (par exemple en JPEG), puis choisissez-la de nouveau.`;
  }
  if (bytes > maxBytes) {
    const size = (bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    return `« ${name} » pèse ${size} Mo : ${maxBytes / 1_000_000} Mo au plus, pour qu’elle s’affiche vite sur un téléphone. Réduisez ses dimensions ou sa qualité, puis choisissez-la de nouveau.`;
  }
  const problem = extension === 'svg' && svgText !== undefined ? svgProblem(svgText) : undefined;
  if (problem)
    return `« ${name} » ne peut pas être utilisée : ${problem}. Exportez-la de nouveau en « SVG simple » (sans script ni lien), ou utilisez une image PNG.`;
  return undefined;
}

/** The refusal shown in this input's dialog, if any. */
const dialogNotice = (input: HTMLInputElement) => input.closest('[role="dialog"]')?.querySelector('.babillard-upload-refused');

/** The first refused file of a selection, and why. */
async function refusal(files: readonly File[]): Promise<string | undefined> {
  for (const file of files) {
    const text = /\.svg$/i.test(file.name) ? await file.text() : undefined;
    const problem = imageProblem(file.name, file.size, text);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Says why a file was refused where the volunteer is looking: at the top of
 * the media library's dialog (a toast would sit behind it, hidden from screen
 * readers while the dialog is open), or with `elsewhere` outside a dialog.
 */
function sayRefused(input: HTMLInputElement, message: string, elsewhere: (message: string) => void) {
  const dialog = input.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) {
    elsewhere(message);
    return;
  }
  const notice = dialog.querySelector<HTMLElement>('.babillard-upload-refused') ?? document.createElement('p');
  notice.className = 'babillard-upload-refused';
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  dialog.prepend(notice);
}

/**
 * Checks every file chosen in the CMS before Decap sees it. The choice
 * reaches Decap only once it is accepted (an SVG must be read first), as the
 * same `change` event, sent again.
 */
export function guardUploads(notify: (message: string) => void) {
  const accepted = new WeakSet<Event>();
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || accepted.has(event)) return;
      const files = [...(input.files ?? [])];
      if (files.length === 0) return;
      event.stopImmediatePropagation();
      void refusal(files).then((problem) => {
        dialogNotice(input)?.remove();
        if (problem) {
          sayRefused(input, problem, notify);
          input.value = '';
          return;
        }
        const again = new Event('change', { bubbles: true });
        accepted.add(again);
        input.dispatchEvent(again);
      });
    },
    true,
  );
}
