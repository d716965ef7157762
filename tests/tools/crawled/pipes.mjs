// Report pages as a crawl archive's extractor writes them, tables as cells each followed by a pipe (the public web
// archive's stored pages of 政府信息公开工作年度报告 show these forms; modelled on them, no extractor run). Each block a
// line; scripts, styles and hidden elements dropped. Four forms of a table:
//   pipe-row   a row a line: `cell | cell | cell |`, a blank cell empty (`0 | | 0 |`), merged cells not filled
//   pipe-grid  as pipe-row, a cell covered by a merged one above as an empty cell (`| | 2.其他法律行政法规禁止公开 | 0 |`)
//   pipe-cell  a cell a line: `cell |`, a blank cell `|` alone, a row's merged columns as pipes on a line after it
//   pipe-md    a row a line led by a pipe: `| cell | cell | ` and the row's merged columns as pipes after it (`| 0 | ||`)
//   pipe-drop  a cell a line, blank cells dropped and counted, with the row's merged columns, on a line of pipes
//              closing the row (`3 |` / `3 |` / `|||||||`): where the row's values stand is lost
// Usage (from the repository): node tests/tools/crawled/pipes.mjs OUTDIR PAGE.html …
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TITLE', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'SELECT', 'BUTTON']);
const squash = (s) => s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
const hidden = (el) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '') || el.hasAttribute('hidden');
const span = (el, name) => Math.max(1, Math.min(50, Number.parseInt(el.getAttribute(name) ?? '1', 10) || 1));

/** A cell's text on one line: its blocks and line breaks as spaces. */
function cellText(cell) {
  let out = '';
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.data;
      else if (child.nodeType === 1 && !SKIP.has(child.tagName) && !hidden(child)) {
        if (child.tagName === 'BR' || BLOCK.has(child.tagName)) out += ' ';
        walk(child);
        if (BLOCK.has(child.tagName)) out += ' ';
      }
    }
  };
  walk(cell);
  return squash(out);
}

/** The table's rows as [{ text, colspan, covered }] where covered says how many cells a merged cell above takes first. */
function rows(table) {
  const own = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table && !hidden(tr));
  const taken = []; // column → rows still covered by a merged cell above
  return own.map((tr) => {
    const cells = [...tr.children].filter((c) => (c.tagName === 'TD' || c.tagName === 'TH') && !hidden(c));
    const out = [];
    let col = 0;
    const skipCovered = () => { while ((taken[col] ?? 0) > 0) { out.push({ text: '', colspan: 1, covered: true }); taken[col] -= 1; col += 1; } };
    for (const c of cells) {
      skipCovered();
      const cs = span(c, 'colspan'), rs = span(c, 'rowspan');
      out.push({ text: cellText(c), colspan: cs, covered: false });
      for (let k = 0; k < cs; k++) taken[col + k] = rs - 1;
      col += cs;
    }
    skipCovered();
    return out;
  });
}

function table(el, form) {
  const lines = [];
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

function text(doc, form) {
  let out = '';
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.data.replace(/[\s\u00a0]+/g, ' ');
      else if (child.nodeType === 1 && !SKIP.has(child.tagName) && !hidden(child)) {
        if (child.tagName === 'TABLE') out += `\n${table(child, form)}\n`;
        else if (child.tagName === 'BR') out += '\n';
        else {
          const block = BLOCK.has(child.tagName);
          if (block) out += '\n';
          walk(child);
          if (block) out += '\n';
        }
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  return `${out.split('\n').map((l) => l.replace(/^ +| +$/g, '')).filter((l) => l).join('\n')}\n`;
}

const [out, ...pages] = process.argv.slice(2);
for (const page of pages) {
  const { document } = parseHTML(readFileSync(page, 'utf8'));
  const name = basename(page, '.html');
  for (const form of ['pipe-row', 'pipe-grid', 'pipe-cell', 'pipe-md', 'pipe-drop']) writeFileSync(`${out}/${name}.${form}.txt`, text(document, form));
}
