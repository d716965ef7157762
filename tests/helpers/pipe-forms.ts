/**
 * Report pages as a crawl archive's extractor writes them, tables as cells each followed by a pipe (the public web
 * archive's stored pages of 政府信息公开工作年度报告 show these forms; modelled on them, no extractor run). Each block a
 * line; scripts, styles and hidden elements dropped. Five forms of a table:
 *   pipe-row   a row a line: `cell | cell | cell |`, a blank cell empty (`0 | | 0 |`), merged cells not filled
 *   pipe-grid  as pipe-row, a cell covered by a merged one above as an empty cell (`| | 2.其他法律行政法规禁止公开 | 0 |`)
 *   pipe-cell  a cell a line: `cell |`, a blank cell `|` alone, a row's merged columns as pipes on a line after it
 *   pipe-md    a row a line led by a pipe: `| cell | cell | ` and the row's merged columns as pipes after it (`| 0 | ||`)
 *   pipe-drop  a cell a line, blank cells dropped and counted, with the row's merged columns, on a line of pipes
 *              closing the row (`3 |` / `3 |` / `|||||||`): where the row's values stand is lost
 * Written to tests/fixtures/crawled by tests/tools/crawled/pipes.ts; the flattened-forms property test reads pages and
 * generated reports through them.
 */
import { parseFullHtml } from '../../lib/node';

export type PipeForm = 'pipe-row' | 'pipe-grid' | 'pipe-cell' | 'pipe-md' | 'pipe-drop';
export const PIPE_FORMS: PipeForm[] = ['pipe-row', 'pipe-grid', 'pipe-cell', 'pipe-md', 'pipe-drop'];

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TITLE', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'SELECT', 'BUTTON']);
const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
const hidden = (el: Element) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '') || el.hasAttribute('hidden');
const span = (el: Element, name: string) => Math.max(1, Math.min(50, Number.parseInt(el.getAttribute(name) ?? '1', 10) || 1));

interface PipeCell {
  text: string;
  colspan: number;
  /** A place a merged cell above takes. */
  covered: boolean;
}

/** A cell's text on one line: its blocks and line breaks as spaces. */
function cellText(cell: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName) || hidden(el)) continue;
        if (el.tagName === 'BR' || BLOCK.has(el.tagName)) out += ' ';
        walk(el);
        if (BLOCK.has(el.tagName)) out += ' ';
      }
    }
  };
  walk(cell);
  return squash(out);
}

/** The table's own rows, each cell with its span and the places merged cells above take. */
function rows(table: Element): PipeCell[][] {
  const own = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table && !hidden(tr));
  const taken: number[] = []; // column → rows still covered by a merged cell above
  return own.map((tr) => {
    const cells = [...tr.children].filter((c) => (c.tagName === 'TD' || c.tagName === 'TH') && !hidden(c));
    const out: PipeCell[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((taken[col] ?? 0) > 0) {
        out.push({ text: '', colspan: 1, covered: true });
        taken[col]! -= 1;
        col += 1;
      }
    };
    for (const c of cells) {
      skipCovered();
      const cs = span(c, 'colspan');
      const rs = span(c, 'rowspan');
      out.push({ text: cellText(c), colspan: cs, covered: false });
      for (let k = 0; k < cs; k++) taken[col + k] = rs - 1;
      col += cs;
    }
    skipCovered();
    return out;
  });
}

function table(el: Element, form: PipeForm): string {
  const lines: string[] = [];
  for (const row of rows(el)) {
    const own = row.filter((c) => form === 'pipe-grid' || !c.covered);
    if (!own.length) continue;
    const fill = '|'.repeat(own.reduce((n, c) => n + c.colspan - 1, 0));
    if (form === 'pipe-cell') {
      for (const c of own) lines.push(c.text ? `${c.text} |` : '|');
      if (fill) lines.push(fill);
    } else if (form === 'pipe-drop') {
      for (const c of own) if (c.text) lines.push(`${c.text} |`);
      lines.push(`|${fill}${'|'.repeat(own.filter((c) => !c.text).length)}`);
    } else if (form === 'pipe-md') lines.push(`| ${own.map((c) => c.text).join(' | ')} | ${fill}`);
    else lines.push(squash(`${own.map((c) => c.text).join(' | ')} |`));
  }
  return lines.join('\n');
}

/** The page as the form's text: a block a line, its tables as the form writes them. */
export function toPipeForm(html: string, form: PipeForm): string {
  const doc = parseFullHtml(html);
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += (child as Text).data.replace(/[\s\u00a0]+/g, ' ');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName) || hidden(el)) continue;
        if (el.tagName === 'TABLE') out += `\n${table(el, form)}\n`;
        else if (el.tagName === 'BR') out += '\n';
        else {
          const block = BLOCK.has(el.tagName);
          if (block) out += '\n';
          walk(el);
          if (block) out += '\n';
        }
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  return `${out.split('\n').map((l) => l.replace(/^ +| +$/g, '')).filter((l) => l).join('\n')}\n`;
}
