/** A page's DOM → blocks in reading order: lines of text and the data tables. */
import type { Block, PageElement, PageNode, TableBlock, TextBlock } from '../model';
import { readHtmlTable } from '../grid/html-table';
import { BLOCK_TAGS, SKIP_TAGS, isHidden, tagOf } from './dom-text';

const TEXT = 3;
const ELEMENT = 1;
/** Leaf blocks whose emptiness matters: an empty <p> in a cells-as-paragraphs table is a blank cell. */
const EMPTY_LINE_TAGS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt']);
/** Bounds for hostile pages: nodes visited and characters kept. */
const MAX_NODES = 400_000;
const MAX_CHARS = 4_000_000;

/**
 * A table holds data when it has no nested table and at least two rows of at
 * least two cells; otherwise it is page layout and its cells are read as text.
 * Returns the table read as a grid, or null for a layout table.
 */
export function dataTable(table: PageElement): TableBlock | null {
  if (table.getElementsByTagName('table').length) return null;
  const t = readHtmlTable(table);
  return t.rows.filter((r) => r.cells.length >= 2).length >= 2 ? t : null;
}

export function isDataTable(table: PageElement): boolean {
  return dataTable(table) !== null;
}

interface Frame {
  node: PageNode;
  exit?: boolean;
  textBefore?: number;
}

/** A page's blocks; `limits.cut` is set to the nodes read when the page was larger than MAX_NODES / MAX_CHARS. */
export function domBlocks(root: PageElement, limits?: { cut: number }): Block[] {
  const blocks: Block[] = [];
  let buf = '';
  /** Open block elements: text belongs to the innermost one. */
  const open: PageElement[] = [root];
  let pre = 0;
  let chars = 0;
  let visited = 0;
  let emitted = 0;

  const push = (b: Block) => {
    blocks.push(b);
    emitted++;
  };
  const flush = () => {
    // white space collapses, but a tab stays: a table pasted into paragraphs keeps its cells apart
    let text = pre ? buf : buf.replace(/[ \n\r\f\u00a0\u3000]+/g, ' ').replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
    if (!pre && !text.replace(/\t/g, '')) text = '';
    if (text) push({ kind: 'text', text, src: { el: open[open.length - 1] } } as TextBlock);
    buf = '';
  };

  const stack: Frame[] = [{ node: root }];
  while (stack.length) {
    const f = stack.pop()!;
    const n = f.node;
    if (f.exit) {
      const tag = tagOf(n);
      if (tag === 'pre') {
        flushPre(n as PageElement);
        pre--;
      } else flush();
      open.pop();
      if (EMPTY_LINE_TAGS.has(tag) && emitted === f.textBefore) {
        push({ kind: 'text', text: '', src: { el: n as PageElement } });
      }
      continue;
    }
    if (++visited > MAX_NODES || chars > MAX_CHARS) {
      if (limits) limits.cut = visited;
      break;
    }
    if (n.nodeType === TEXT) {
      const v = n.nodeValue ?? '';
      if (!v) continue;
      chars += v.length;
      buf += v;
      continue;
    }
    if (n.nodeType !== ELEMENT) continue;
    const el = n as PageElement;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      if (pre) buf += '\n';
      else flush();
      continue;
    }
    const data = tag === 'table' ? dataTable(el) : null;
    if (data) {
      flush();
      push(data);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      open.push(el);
      stack.push({ node: el, exit: true, textBefore: emitted });
    }
    if (tag === 'pre') pre++;
    // by sibling, last first: in a page each index into a live NodeList is a call into the page
    for (let k = el.lastChild; k; k = k.previousSibling) stack.push({ node: k });
  }
  flush();
  return blocks;

  /** Preformatted text keeps its lines and tabs: it may hold a table as text. */
  function flushPre(el: PageElement) {
    for (const line of buf.split(/\r\n|\r|\n/)) {
      push({ kind: 'text', text: line, src: { el } });
    }
    buf = '';
  }
}
