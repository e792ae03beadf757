import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, stringify, visit, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Writes an entry's fields back into the YAML text it was read from, changing
 * only the lines of the fields whose value changed: every other byte (key
 * order, comments, blank lines, quoting, `[a, b]` or block lists, unquoted
 * dates) stays as the volunteer or the last editor wrote it. Values are read
 * with the build's YAML 1.2 core schema, so `date: 2026-12-05` and
 * `date: "2026-12-05"` are the same value and neither is rewritten.
 *
 * A field emptied in the form ('' or null, an empty list or block) is a field
 * left out: its line goes, and it is never added. New fields are written in
 * the house style (`house()` below) at the place the form's order gives them.
 */

type Data = Record<string, unknown>;
/** The order of the keys of the block at a path of keys (`*` for any list item), e.g. ['place'] → ['name', 'address', 'lat', 'lon']. */
export type KeyOrder = (path: readonly string[]) => readonly string[];

const parseOptions = { schema: 'core', merge: true } as const;
const writeOptions = { lineWidth: 0, flowCollectionPadding: false, singleQuote: false, indentSeq: true } as const;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value as the file means it: empty texts, nulls, empty lists and blocks left out.
 * @example prune({ a: '', b: [], c: { d: null }, e: ['x', ''], f: false }) → { e: ['x'], f: false }
 */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value === null || value === undefined || value === '') return undefined;
  if (!isObject(value)) return value;
  const entries = Object.entries(value).flatMap(([key, item]) => {
    const kept = prune(item);
    return kept === undefined ? [] : [[key, kept] as const];
  });
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Deep equality of plain YAML values. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]));
  }
  return false;
}

/** The keys of `data` in the given order, then the others in their own order. */
function ordered(data: Data, order: readonly string[]): Data {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/** Recursively orders a value's blocks by the key order. */
function orderDeep(value: unknown, order: KeyOrder, path: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => orderDeep(item, order, [...path, '*']));
  if (!isObject(value)) return value;
  const sorted = ordered(value, order(path));
  return Object.fromEntries(Object.entries(sorted).map(([key, item]) => [key, orderDeep(item, order, [...path, key])]));
}

/** `2026-12-05T10:00`: the content's habit (and the README's) is to quote times. */
const dateTimeRE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const plainText = (text: string): boolean => stringify(text, { ...writeOptions, schema: 'core' }).trimEnd() === text;

/**
 * A fresh YAML document in the house style of the example content: short
 * lists of plain words as `[a, b]`, other lists as blocks, times in double
 * quotes, other texts quoted only when YAML needs it, never folded.
 */
function house(value: unknown): Document {
  const doc = new Document(value, { schema: 'core' });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && dateTimeRE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_key, node) {
      const words = node.items.every(
        (item) =>
          isScalar(item) && (typeof item.value !== 'string' || (plainText(item.value) && !/[,[\]{}#]/.test(item.value) && !dateTimeRE.test(item.value))),
      );
      const width = node.items.reduce<number>((sum, item) => sum + String((item as Scalar).value).length + 2, 0);
      node.flow = words && width <= 70;
    },
  });
  return doc;
}

/** `value` as YAML lines (ending with a newline), every line indented by `indent` spaces. */
function block(value: unknown, indent: number, eol: string): string {
  const text = house(value).toString(writeOptions);
  const pad = ' '.repeat(indent);
  return (
    text
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line ? pad + line : line))
      .join(eol) + eol
  );
}

/**
 * One scalar value, written in the style of the one it replaces: plain stays
 * plain when YAML allows it (an unquoted date stays unquoted), quoted stays quoted.
 */
function scalarText(value: unknown, type: Scalar.Type | undefined, flow: boolean): string {
  if (typeof value !== 'string') return String(value);
  const plainAllowed = plainText(value) && !(flow && /[,[\]{}]/.test(value));
  if (type === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if ((type === Scalar.PLAIN || type === undefined) && plainAllowed && !(type === undefined && dateTimeRE.test(value))) return value;
  // JSON's string syntax is YAML's double-quoted style.
  return JSON.stringify(value);
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Edits at one offset apply in the order they were made. */
  index: number;
}

/** Edits of one text, in place of the original: a small diff rather than a rewrite. */
class Editor {
  readonly edits: Edit[] = [];
  readonly text: string;
  readonly eol: string;
  readonly order: KeyOrder;

  constructor(text: string, eol: string, order: KeyOrder) {
    this.text = text;
    this.eol = eol;
    this.order = order;
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset after the line that holds `offset - 1` (the end of a range). */
  lineEnd(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const newline = this.text.indexOf('\n', offset);
    return newline === -1 ? this.text.length : newline + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The whole lines of a node (a key and its value, or a list item), comments after it on its lines included. */
  lines(from: Node, to: Node | null | undefined): [number, number] {
    const start = this.lineStart(from.range![0]);
    const last = to ?? from;
    return [start, this.lineEnd(Math.max(last.range![2], last.range![1]))];
  }

  replace(start: number, end: number, text: string) {
    this.edits.push({ start, end, text, index: this.edits.length });
  }

  /** The text with every edit applied (edits never overlap: they come from distinct nodes). */
  result(): string {
    let text = this.text;
    for (const edit of [...this.edits].sort((a, b) => b.start - a.start || b.index - a.index))
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  }

  /** A block of key/value lines: changed pairs edited, emptied ones removed, new ones inserted in the form's order. */
  map(node: YAMLMap, old: Data, next: Data, path: readonly string[]) {
    const pairs = node.items as Pair<Scalar, Node | null>[];
    const keyOf = (pair: Pair<Scalar, Node | null>) => String(pair.key.value);
    const indent = pairs[0] ? this.column(pairs[0].key.range![0]) : 0;
    for (const pair of pairs) {
      const key = keyOf(pair);
      const before = prune(old[key]);
      const after = prune(next[key]);
      if (same(before, after)) continue;
      const [start, end] = this.lines(pair.key, pair.value);
      if (after === undefined) this.replace(start, end, '');
      else this.value(pair, before, after, [...path, key], indent);
    }
    const present = pairs.map(keyOf);
    const wanted = Object.keys(ordered(next, this.order(path))).filter((key) => prune(next[key]) !== undefined);
    const missing = wanted.filter((key) => !present.includes(key));
    for (const key of missing) {
      const at = wanted.indexOf(key);
      // After the nearest field that comes before it in the form, else before the nearest one after it.
      const previous = wanted
        .slice(0, at)
        .reverse()
        .find((other) => present.includes(other));
      const following = wanted.slice(at + 1).find((other) => present.includes(other));
      const anchor = pairs.find((pair) => keyOf(pair) === (previous ?? following));
      const text = block({ [key]: orderDeep(prune(next[key]), this.order, [...path, key]) }, indent, this.eol);
      if (anchor && previous) {
        const end = this.lines(anchor.key, anchor.value)[1];
        this.replace(end, end, (end > 0 && this.text[end - 1] !== '\n' ? this.eol : '') + text);
      } else if (anchor) {
        const start = this.lineStart(anchor.key.range![0]);
        if (this.text.slice(start, anchor.key.range![0]).trim() === '') this.replace(start, start, text);
        // The first key of a list item shares the line of its `-`: the new key takes that place.
        else this.replace(anchor.key.range![0], anchor.key.range![0], text.slice(indent) + ' '.repeat(indent));
      } else {
        this.replace(node.range![1], node.range![1], text);
      }
    }
  }

  /** A changed value, kept in its style where the new value has the same shape. */
  value(pair: Pair<Scalar, Node | null>, before: unknown, after: unknown, path: readonly string[], indent: number) {
    const node = pair.value;
    if (isScalar(node) && !isObject(after) && !Array.isArray(after) && node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL) {
      this.replace(node.range![0], node.range![1], scalarText(after, node.type, false));
      return;
    }
    if (isMap(node) && !node.flow && isObject(after)) {
      this.map(node, isObject(before) ? before : {}, after, path);
      return;
    }
    if (isSeq(node) && Array.isArray(after)) {
      if (!node.flow) {
        this.seq(node, Array.isArray(before) ? before : [], after, path);
        return;
      }
      const flow = this.flowSeq(node, after);
      if (flow) {
        this.replace(node.range![0], node.range![1], flow);
        return;
      }
    }
    const [start, end] = this.lines(pair.key, node);
    this.replace(start, end, block({ [String(pair.key.value)]: orderDeep(after, this.order, path) }, indent, this.eol));
  }

  /** `[a, b]` rewritten with the same spacing and quoting, when every item is a plain value. */
  flowSeq(node: YAMLSeq, after: unknown[]): string | undefined {
    if (!after.every((item) => !isObject(item) && !Array.isArray(item))) return undefined;
    const items = node.items as Scalar[];
    const texts = after.map((value) => {
      const kept = items.find((item) => isScalar(item) && item.value === value);
      if (kept) return this.text.slice(kept.range![0], kept.range![1]);
      return scalarText(value, items[0]?.type ?? Scalar.PLAIN, true);
    });
    const source = this.text.slice(node.range![0], node.range![1]);
    const padded = /^\[\s/.test(source);
    const text = padded ? `[ ${texts.join(', ')} ]` : `[${texts.join(', ')}]`;
    return text.length <= 100 ? text : undefined;
  }

  /**
   * A block list: items kept where they are unchanged (matched in order),
   * changed in place where one replaces another, removed or inserted otherwise.
   */
  seq(node: YAMLSeq, before: unknown[], after: unknown[], path: readonly string[]) {
    const items = node.items as Node[];
    const old = items.map((_, i) => prune(before[i]));
    const dash = items[0] ? this.column(this.text.lastIndexOf('-', items[0].range![0])) : 0;
    // Longest common subsequence of unchanged items.
    const lcs: number[][] = Array.from({ length: old.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
    for (let i = old.length - 1; i >= 0; i--) {
      for (let j = after.length - 1; j >= 0; j--) {
        lcs[i]![j] = same(old[i], after[j]) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    let insertAt = items[0] ? this.lineStart(items[0].range![0]) : node.range![0];
    const flushGap = (oldEnd: number, newEnd: number) => {
      // Pair the gap's items one to one (a changed item), then remove or insert the rest.
      while (i < oldEnd && j < newEnd) {
        this.item(items[i]!, old[i], after[j], [...path, '*'], dash);
        insertAt = this.lines(items[i]!, null)[1];
        i++;
        j++;
      }
      for (; i < oldEnd; i++) {
        const [start, end] = this.lines(items[i]!, null);
        this.replace(start, end, '');
        insertAt = end;
      }
      for (; j < newEnd; j++) this.replace(insertAt, insertAt, block([orderDeep(after[j], this.order, [...path, '*'])], dash, this.eol));
    };
    while (i < old.length && j < after.length) {
      if (same(old[i], after[j])) {
        insertAt = this.lines(items[i]!, null)[1];
        i++;
        j++;
        continue;
      }
      // Find the next pair of matching items and treat everything before as a gap.
      let oi = i;
      let nj = j;
      while (oi < old.length && nj < after.length && !same(old[oi], after[nj])) {
        if (lcs[oi + 1]![nj]! >= lcs[oi]![nj + 1]!) oi++;
        else nj++;
      }
      // No unchanged item further on: the gap runs to the end of both lists.
      if (oi >= old.length || nj >= after.length) [oi, nj] = [old.length, after.length];
      flushGap(oi, nj);
    }
    flushGap(old.length, after.length);
  }

  /** One list item replaced by another value. */
  item(node: Node, before: unknown, after: unknown, path: readonly string[], dash: number) {
    if (isMap(node) && !node.flow && isObject(after)) {
      this.map(node, isObject(before) ? before : {}, after, path);
      return;
    }
    if (isScalar(node) && !isObject(after) && !Array.isArray(after) && node.type !== Scalar.BLOCK_FOLDED && node.type !== Scalar.BLOCK_LITERAL) {
      this.replace(node.range![0], node.range![1], scalarText(after, node.type, false));
      return;
    }
    const [start, end] = this.lines(node, null);
    this.replace(start, end, block([orderDeep(after, this.order, path)], dash, this.eol));
  }
}

/** True when the document holds what the edits could not follow: anchors, aliases, merge keys, several documents. */
function unusual(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
    Node(_key, node) {
      if ((node as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * A new YAML text for `data`, keys in the form's order.
 * @example freshYaml({ name: 'Annonces', order: 1, tags: ['a', 'b'] }, () => []) → 'name: Annonces\norder: 1\ntags: [a, b]\n'
 */
export function freshYaml(data: Data, order: KeyOrder, eol = '\n'): string {
  const value = prune(data);
  if (value === undefined) return '';
  return block(orderDeep(value, order, []), 0, eol);
}

/**
 * `source` with `data` written into it, touching only the lines of changed fields.
 * @example editYaml('# Horaires\nname: A\ntags: [x]\n', { name: 'B', tags: ['x'] }, () => []) → '# Horaires\nname: B\ntags: [x]\n'
 */
export function editYaml(source: string | undefined, data: Data, order: KeyOrder): string {
  const eol = source?.includes('\r\n') ? '\r\n' : '\n';
  if (!source?.trim()) return freshYaml(data, order, eol);
  const doc = parseDocument(source, parseOptions);
  if (doc.errors.length || !isMap(doc.contents) || doc.contents.flow || unusual(doc)) return freshYaml(data, order, eol);
  const old = doc.toJS() as Data;
  const editor = new Editor(source, eol, order);
  editor.map(doc.contents, old, data, []);
  const text = editor.result();
  // The edits must say exactly what the form holds; if they do not (a shape they cannot follow), write anew.
  const check = parseDocument(text, parseOptions);
  if (check.errors.length || !same(prune(check.toJS()), prune(data))) return freshYaml(data, order, eol);
  return text;
}
