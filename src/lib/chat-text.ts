import { familyInfo, type MessageFamily } from '../data/share';

/**
 * A message for a chat app as lines of styled pieces, written out for one
 * formatting family (src/data/share.ts): WhatsApp and Signal read `*bold*`
 * and `_italic_`, Telegram and Matrix read `**bold**`, plain text reads
 * nothing. The same lines give the preview on the page.
 *
 * The text of the content is the volunteers' words, not markup: a `*` or a
 * `_` in a title must not turn half the message bold in one app. Escaping
 * does not work everywhere (Telegram's clients print the backslash), so in
 * the families that read markup such characters become look-alikes that no
 * app reads as markup (`*` → `∗`, `_` → `＿`, `~` → `∼`, `` ` `` → `ˋ`).
 * Addresses are left exactly as they are, so they still open: the apps find
 * links before markup, and an invite code (`t.me/+Ab_c`) must not change.
 */

export type Span = { kind: 'text'; text: string; bold?: boolean; italic?: boolean } | { kind: 'link'; url: string };
/** One line of a message; an empty line separates paragraphs. */
export type Line = readonly Span[];
export type ChatMessage = readonly Line[];

export interface Style {
  bold?: boolean;
  italic?: boolean;
}

/** A piece of plain text in the given style (no address detection). */
export const text = (value: string, style: Style = {}): Span => ({ kind: 'text', text: value, ...style });

/** An address shown as it is: an `https://` link, or an e-mail address. */
export const link = (url: string): Span => ({ kind: 'link', url });

/** `https://…` addresses and e-mail addresses written in free text. */
const ADDRESS = /https?:\/\/[^\s<>"«»]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** What ends a sentence rather than an address: « voir https://x.org/a. » keeps the dot outside. */
function trimAddress(found: string): string {
  let address = found.replace(/[.,;:!?'’]+$/u, '');
  // A closing parenthesis belongs to the address only when the address opened one.
  while (address.endsWith(')') && (address.match(/\(/g) ?? []).length < (address.match(/\)/g) ?? []).length) {
    address = address.slice(0, -1).replace(/[.,;:!?'’]+$/u, '');
  }
  return address;
}

/**
 * Free text as pieces, the addresses it holds as links.
 * @example words('Écrivez à accueil@coop.example.org.') → [text('Écrivez à '), link('accueil@coop.example.org'), text('.')]
 */
export function words(value: string, style: Style = {}): Span[] {
  // Every address has « http » or « @ »: most texts hold neither, and are one piece (the search below is slow on long texts).
  if (!value.includes('@') && !value.includes('http')) return value ? [text(value, style)] : [];
  const spans: Span[] = [];
  let at = 0;
  for (const match of value.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    if (!address.includes('@') && !/^https?:\/\/[^/\s]+\.[^/\s]+/.test(address)) continue;
    if (match.index > at) spans.push(text(value.slice(at, match.index), style));
    spans.push(link(address));
    at = match.index + address.length;
  }
  if (at < value.length) spans.push(text(value.slice(at), style));
  return spans;
}

const LOOKALIKES: Readonly<Record<string, string>> = { '*': '\u2217', _: '\uff3f', '~': '\u223c', '`': '\u02cb' };

/**
 * Content text made inert for a family's markup.
 * @example neutralise('Soirée *très* spéciale', 'whatsapp') → 'Soirée ∗très∗ spéciale'
 * @example neutralise('Soirée *très* spéciale', 'plain') → 'Soirée *très* spéciale'
 */
export function neutralise(value: string, family: MessageFamily): string {
  const markup = familyInfo[family].markup;
  if (markup === 'none') return value;
  let result = value.replace(/[*_~`]/g, (c) => LOOKALIKES[c] ?? c);
  if (markup === 'markdown') {
    result = result
      // Telegram hides ||spoilers||; CommonMark reads a backslash as an escape and `<b` as HTML.
      .replace(/\|/g, '\u2223')
      .replace(/\\/g, '\u29f5')
      .replace(/<(?=[A-Za-z/!?])/g, '\u2039')
      // [words](address) is a link in both apps: a space keeps the words as written.
      .replace(/\]\(/g, '] (');
  }
  return result;
}

/** A line that begins like a heading or a quote is one in Markdown and, for `>`, in WhatsApp. */
function neutraliseLineStart(line: string, family: MessageFamily): string {
  if (familyInfo[family].markup === 'none') return line;
  return line.replace(/^(\s*)([#>])/, (_, space: string, mark: string) => `${space}${mark === '#' ? '\uff03' : '\uff1e'}`);
}

/** Wraps styled text in the family's markers, spaces outside (WhatsApp ignores `* bold*`). */
function styled(value: string, span: Style, family: MessageFamily): string {
  const markup = familyInfo[family].markup;
  const inner = value.trim();
  if (!inner || markup === 'none' || (!span.bold && !span.italic)) return value;
  const lead = value.slice(0, value.indexOf(inner));
  const tail = value.slice(value.indexOf(inner) + inner.length);
  let marked = inner;
  if (markup === 'asterisks') {
    if (span.italic) marked = `_${marked}_`;
    if (span.bold) marked = `*${marked}*`;
  } else if (span.bold) {
    // Telegram reads __italic__ where CommonMark reads bold, and _italic_ is not read by Telegram: no italics here.
    marked = `**${marked}**`;
  }
  return `${lead}${marked}${tail}`;
}

/**
 * The message as the family's apps read it.
 * @example renderMessage([[text('Réunion', { bold: true })], [text('Salle du '), text('*Lavoir*')]], 'whatsapp') → '*Réunion*\nSalle du ∗Lavoir∗'
 */
export function renderMessage(message: ChatMessage, family: MessageFamily): string {
  return message
    .map((line) => {
      const written = line.map((span) => (span.kind === 'link' ? span.url : styled(neutralise(span.text, family), span, family))).join('');
      return line[0]?.kind === 'text' ? neutraliseLineStart(written, family) : written;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * How long a text is, in the unit of the family's limit.
 * @example messageLength('Été 🌞', 'whatsapp') → 10 (UTF-8 bytes)
 */
export function messageLength(value: string, family: MessageFamily): number {
  return familyInfo[family].unit === 'utf8' ? new TextEncoder().encode(value).length : value.length;
}

/** Whether a written message fits the family's limit. */
export const fits = (value: string, family: MessageFamily): boolean => messageLength(value, family) <= familyInfo[family].limit;

/**
 * The first of the candidates (fullest first) that fits the family's limit,
 * written out; if none does, the last one cut at its last whole line that
 * fits, followed by `ellipsis`.
 */
export function fitMessage(candidates: readonly ChatMessage[], family: MessageFamily, ellipsis: Line): { lines: ChatMessage; text: string } {
  for (const lines of candidates) {
    const written = renderMessage(lines, family);
    if (fits(written, family)) return { lines, text: written };
  }
  const last = candidates.at(-1) ?? [];
  for (let keep = last.length - 1; keep >= 0; keep--) {
    const lines = [...last.slice(0, keep), ellipsis];
    const written = renderMessage(lines, family);
    if (fits(written, family)) return { lines, text: written };
  }
  return { lines: [ellipsis], text: renderMessage([ellipsis], family) };
}

/** The plain words of a line, for a title or a test. */
export const lineText = (line: Line): string => line.map((span) => (span.kind === 'link' ? span.url : span.text)).join('');

/**
 * The lines of a message in paragraphs (split at empty lines), for the preview.
 * @example paragraphsOf([[text('a')], [], [text('b')], [text('c')]]) → [[[text('a')]], [[text('b')], [text('c')]]]
 */
export function paragraphsOf(message: ChatMessage): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of message) {
    if (line.length === 0) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

/**
 * Where a link of a message leads from the preview: an e-mail address opens the mail app.
 * @example linkHref('accueil@coop.example.org') → 'mailto:accueil@coop.example.org'
 */
export const linkHref = (url: string): string => (/^https?:\/\//.test(url) ? url : `mailto:${url}`);
