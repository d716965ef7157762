/**
 * Real pages' tables transformed as offices and sites set the same figures (tests of lib/grid/html-table.ts and
 * lib/template/place.ts): each keeps every figure, so none may change a finding.
 */
import { parseFullHtml } from '../../lib/node';

const cellsOf = (doc: Document) => Array.from(doc.querySelectorAll('td,th')) as HTMLElement[];
const blank = (el: Element) => !(el.textContent ?? '').replace(/[\s\u00a0]/g, '');

/** Every label cell two columns wide made two cells, the second empty (values and blanks keep their span). */
export function splitLabels(doc: Document) {
  for (const c of cellsOf(doc)) {
    if (c.getAttribute('colspan') !== '2' || blank(c) || /^\s*\d/.test(c.textContent ?? '')) continue;
    c.removeAttribute('colspan');
    const e = doc.createElement('td');
    e.innerHTML = '&nbsp;';
    c.after(e);
  }
}
/** Every cell left blank printed with a mark. */
export const markBlanks = (mark: string) => (doc: Document) => {
  for (const c of cellsOf(doc)) if (blank(c)) c.textContent = mark;
};
/** Every cell spanning rows with a label made one cell a row, the rows below it given an empty cell in its place. */
export function unRowspan(doc: Document) {
  for (const t of Array.from(doc.querySelectorAll('table'))) {
    const rows = Array.from(t.querySelectorAll('tr'));
    const slots: ({ cell: HTMLElement; top: boolean; cs: number } | undefined)[][] = rows.map(() => []);
    rows.forEach((tr, r) => {
      let c = 0;
      for (const td of Array.from(tr.children) as HTMLElement[]) {
        while (slots[r]![c]) c++;
        const cs = Number(td.getAttribute('colspan') ?? 1);
        const rs = Number(td.getAttribute('rowspan') ?? 1);
        for (let dr = 0; dr < rs && r + dr < rows.length; dr++) for (let dc = 0; dc < cs; dc++) slots[r + dr]![c + dc] = { cell: td, top: dr === 0, cs: dc ? 0 : cs };
        c += cs;
      }
    });
    const isLabel = (td: HTMLElement) => Number(td.getAttribute('rowspan') ?? 1) > 1 && /[\u4e00-\u9fff]/.test(td.textContent ?? '');
    rows.forEach((tr, r) => {
      const out: HTMLElement[] = [];
      for (const s of slots[r]!) {
        if (!s || !s.cs) continue;
        if (s.top) out.push(s.cell);
        else if (isLabel(s.cell)) {
          const e = doc.createElement('td');
          if (s.cs > 1) e.setAttribute('colspan', String(s.cs));
          e.innerHTML = '&nbsp;';
          out.push(e);
        }
      }
      for (const c of out) tr.appendChild(c);
    });
    for (const td of Array.from(t.querySelectorAll('td,th')) as HTMLElement[]) if (isLabel(td)) td.removeAttribute('rowspan');
  }
}
/** 表三's groups with items given a row of their own, a dash in every value cell (their items keep their rows). */
export function groupRows(doc: Document) {
  for (const td of cellsOf(doc)) {
    const label = (td.textContent ?? '').trim();
    if (!/^（[三四五]）/.test(label) || !td.getAttribute('rowspan')) continue;
    const row = doc.createElement('tr');
    row.innerHTML = `<td colspan="2">${label}</td>${'<td>—</td>'.repeat(7)}`;
    td.parentElement!.before(row);
    td.removeAttribute('rowspan');
    td.innerHTML = '&nbsp;';
  }
  for (const td of cellsOf(doc)) if ((td.textContent ?? '').includes('三、本年度办理结果')) td.setAttribute('rowspan', '23');
}

export const transformed = (html: string, ...steps: ((d: Document) => void)[]) => {
  const doc = parseFullHtml(html);
  for (const s of steps) s(doc);
  return `<!doctype html>${doc.documentElement.outerHTML}`;
};

const PARTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const td = (x: string, attrs = '') => `<td${attrs}>${x}</td>`;
/** A header cell set as the page sets its values: in a paragraph where they are (a Word page's <p> in each cell). */
const headCell = (values: string[]) => (x: string, attrs = '') => td(/<p[\s>]/i.test(values[0] ?? '') ? `<p>${x}</p>` : x, attrs);

/** 表四's fifteen cells of its data row, or null for a table that is not 表四 as the template prints it. */
function appealCells(t: Element): string[] | null {
  const text = t.textContent ?? '';
  if (!text.includes('行政复议') || !text.includes('行政诉讼') || text.includes('申请人')) return null;
  const rows = Array.from(t.querySelectorAll('tr'));
  const cells = Array.from(rows[rows.length - 1]!.querySelectorAll('td')).map((c) => c.innerHTML);
  return cells.length === 15 ? cells : null;
}

/** 表四 as two tables: 行政复议's five columns, then 行政诉讼's ten, each with its header. */
export function appealsSplit(doc: Document) {
  for (const t of Array.from(doc.querySelectorAll('table'))) {
    const v = appealCells(t);
    if (!v) continue;
    const th = headCell(v);
    const review = `<table border="1"><tr>${th('行政复议', ' colspan="5"')}</tr><tr>${PARTS.map((x) => th(x)).join('')}</tr><tr>${v.slice(0, 5).map((x) => td(x)).join('')}</tr></table>`;
    const suits = `<table border="1"><tr>${th('行政诉讼', ' colspan="10"')}</tr><tr>${th('未经复议直接起诉', ' colspan="5"')}${th('复议后起诉', ' colspan="5"')}</tr><tr>${[...PARTS, ...PARTS].map((x) => th(x)).join('')}</tr><tr>${v.slice(5).map((x) => td(x)).join('')}</tr></table>`;
    const d = doc.createElement('div');
    d.innerHTML = `${review}<p>&nbsp;</p>${suits}`;
    t.replaceWith(d);
  }
}

/** 表四 as a row for each kind (its five columns across), in the order given (0 行政复议, 1 未经复议直接起诉, 2 复议后起诉). */
export const appealsRows = (order = [0, 1, 2], names = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']) => (doc: Document) => {
  for (const t of Array.from(doc.querySelectorAll('table'))) {
    const v = appealCells(t);
    if (!v) continue;
    const th = headCell(v);
    const d = doc.createElement('div');
    d.innerHTML = `<table border="1"><tr>${th('类别')}${PARTS.map((x) => th(x)).join('')}</tr>${order.map((k) => `<tr>${th(names[k]!)}${v.slice(k * 5, k * 5 + 5).map((x) => td(x)).join('')}</tr>`).join('')}</table>`;
    t.replaceWith(d);
  }
};

/** The prose's numbers of four digits or more grouped by thousands with the ASCII comma (29,130件), years kept. */
export function groupProseNumbers(doc: Document) {
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (p.closest('table')) continue;
    const walk = (n: Node) => {
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType === 3) (c as Text).data = (c as Text).data.replace(/(?<![\d.])\d{4,}(?![\d.])/g, (m) => (/^(?:19|20)\d\d$/.test(m) ? m : Number(m).toLocaleString('en-US')));
        else walk(c);
      }
    };
    walk(p);
  }
}
