import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Decap's text editor gives back the whole body rewritten in its own style
 * (`*` bullets, `*italics*`, its own escapes), even when one paragraph was
 * edited. Here the body is written block by block: a block that means the
 * same as one of the text read (same Markdown tree, whatever its spelling)
 * keeps its original spelling; only the blocks that changed take Decap's.
 */

const parser = unified().use(remarkParse).use(remarkGfm);

interface Block {
  /** What the block means: its tree without positions. */
  key: string;
  start: number;
  end: number;
}

const withoutPositions = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
};

function blocks(text: string): Block[] {
  const tree = parser.parse(text);
  return tree.children.flatMap((node: RootContent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? [] : [{ key: JSON.stringify(withoutPositions(node)), start, end }];
  });
}

/**
 * The new body, with every block that did not change spelt as before.
 * @example mergeMarkdown('Un.\n\n- a\n- b\n', 'Deux.\n\n* a\n* b\n') → 'Deux.\n\n- a\n- b\n'
 */
export function mergeMarkdown(before: string, after: string): string {
  const old = blocks(before);
  const next = blocks(after);
  if (next.length === 0) return after;
  let searchFrom = 0;
  /** For each new block, the old block it keeps (the next unused one that means the same), if any. */
  const kept = next.map((block) => {
    const index = old.findIndex((candidate, i) => i >= searchFrom && candidate.key === block.key);
    if (index === -1) return undefined;
    searchFrom = index + 1;
    return index;
  });
  let text = '';
  next.forEach((block, i) => {
    const mine = kept[i];
    const previous = i > 0 ? kept[i - 1] : undefined;
    if (i === 0) text += mine === 0 ? before.slice(0, old[0]!.start) : after.slice(0, block.start);
    // Between two blocks kept side by side, the old spacing; otherwise the new one.
    else if (mine !== undefined && previous !== undefined && mine === previous + 1) text += before.slice(old[previous]!.end, old[mine]!.start);
    else text += after.slice(next[i - 1]!.end, block.start);
    text += mine === undefined ? after.slice(block.start, block.end) : before.slice(old[mine]!.start, old[mine]!.end);
  });
  const last = kept[next.length - 1];
  text += last === old.length - 1 ? before.slice(old[last]!.end) : after.slice(next[next.length - 1]!.end);
  return text;
}
