/**
 * A filled template as the HTML of a printed report (not a web page): title, the six sections,
 * the three template tables with bordered cells, the signature. Header rows of 表三 and 表四 sit
 * in <thead>, so Chromium repeats them on each printed page and LibreOffice Writer marks them
 * as repeating heading rows.
 *
 * The table rows come from tests/helpers/report-html.ts (activeTable, requestHeader, requestBody,
 * appealsTable); only the wrapping is new here.
 */
import { activeTable, appealsTable, requestBody, requestHeader } from '../../helpers/report-html';
import type { Filled } from '../../helpers/template-data';
import type { Block, Prose } from './prose';

type TRow = ReturnType<typeof activeTable>[number];
type TCell = TRow[number];

export interface DocOptions {
  prose: Prose;
  /**
   * 'tabs': every table row pasted as one paragraph of tab-separated cells (no <table>);
   * 'cells': every cell its own paragraph, row after row (a table pasted as text, each cell on a line).
   */
  tables?: 'table' | 'tabs' | 'cells';
  /** Label columns of 表三 narrow, as offices print them: 三、本年度办理结果 one character a line, long labels over 2–3 lines. */
  narrow?: boolean;
  /** The row-spanning group labels of 表三 (三、本年度办理结果, （三）不予公开…) set vertically (writing-mode). */
  vertical?: boolean;
  /** Table header rows not in <thead> (not repeated after a page break). */
  noRepeat?: boolean;
  /** A page break between the heading 三、 and its table. */
  breakBeforeTable3?: boolean;
  /** The page: landscape A4; `wide` gives 表三 a fixed width of this many mm (wider than a portrait page's text area cuts it). */
  landscape?: boolean;
  wide?: number;
  /** The title over two lines as covers print it: the organ, then 「YYYY年政府信息公开工作年度报告」. */
  titleLines?: boolean;
  signed?: string;
  /**
   * Body font: 'song' a Ming (宋体-like) face, 'hei' a sans (黑体-like) face that subsets smaller,
   * 'noto' Noto Sans CJK, whose glyphs Chromium maps back to CJK radical code points (⻘, ⺠, ⻔).
   */
  font?: 'song' | 'hei' | 'noto';
}

export const reportTitle = (f: Filled) => `${f.year}年${f.organ}政府信息公开工作年度报告`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const span = (c: TCell) => `${c.rs && c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs && c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;

function cell(c: TCell, inHead: boolean): string {
  const tag = inHead ? 'th' : 'td';
  const cls = c.head ? (inHead ? '' : ' class="label"') : ' class="num"';
  return `<${tag}${span(c)}${cls}>${esc(c.text)}</${tag}>`;
}

interface TableLook {
  /** Header rows go in <tbody> with the rest (not repeated on the next page). */
  noRepeat?: boolean;
  /** Row-spanning label cells set vertically. */
  vertical?: boolean;
  /** Fixed width in mm (else 100% of the text area). */
  widthMm?: number;
}

/** A bordered table; the first `headRows` rows go in <thead>. `widths` in percent, one per grid column. */
function table(rows: TRow[], headRows: number, widths: number[], look: TableLook = {}): string {
  const cols = `<colgroup>${widths.map((w) => `<col width="${look.widthMm ? `${Math.round((w * look.widthMm * 96) / 2540)}` : `${w}%`}">`).join('')}</colgroup>`;
  const vert = (c: TCell, inHead: boolean) => look.vertical && !inHead && c.head && (c.rs ?? 1) > 2;
  const tr = (r: TRow, inHead: boolean) =>
    `<tr>${r.map((c) => (vert(c, inHead) ? cell(c, inHead).replace(/^<(td|th)/, '<$1 style="writing-mode:vertical-rl;text-orientation:upright"') : cell(c, inHead))).join('')}</tr>`;
  const head = headRows && !look.noRepeat ? `<thead>\n${rows.slice(0, headRows).map((r) => tr(r, true)).join('\n')}\n</thead>\n` : '';
  const bodyRows = headRows && !look.noRepeat ? rows.slice(headRows) : rows;
  const body = `<tbody>\n${bodyRows.map((r, i) => tr(r, look.noRepeat ? i < headRows : false)).join('\n')}\n</tbody>`;
  const width = look.widthMm ? `${Math.round((look.widthMm * 96) / 25.4)}" style="width:${look.widthMm}mm` : '100%';
  return `<table border="1" cellspacing="0" cellpadding="3" width="${width}">${cols}\n${head}${body}</table>`;
}

/** Rows as pasted text, each cell its own paragraph (blank cells an empty paragraph). */
function perCell(rows: TRow[]): string {
  return rows.map((r) => r.map((c) => `<p class="tabbed">${c.text ? esc(c.text) : '&nbsp;'}</p>`).join('\n')).join('\n');
}

/** Rows as pasted text: one paragraph per row, cells separated by tab characters. */
function tabbed(rows: TRow[]): string {
  return rows.map((r) => `<p class="tabbed">${r.map((c) => esc(c.text)).join('&#9;')}</p>`).join('\n');
}

const REQUEST_WIDTHS = [7, 9, 28, 8, 8, 8, 8, 8, 8, 8];
/** Narrow label columns: 三、本年度办理结果 a character a line, （三）不予公开 two a line, long labels over 2–3 lines. */
const NARROW_REQUEST_WIDTHS = [2.5, 6.5, 21, 10, 10, 10, 10, 10, 10, 10];
const ACTIVE_WIDTHS = [28, 24, 24, 24];
const APPEAL_WIDTHS = Array.from({ length: 15 }, () => 100 / 15).map((w) => Math.round(w * 100) / 100);

export function tablesHtml(f: Filled, mode: 'table' | 'tabs' | 'cells' = 'table', o: Partial<DocOptions> = {}) {
  const req = [...requestHeader(), ...requestBody(f)];
  const app = appealsTable(f);
  if (mode === 'tabs') return { active: tabbed(activeTable(f)), requests: tabbed(req), appeals: tabbed(app) };
  if (mode === 'cells') return { active: perCell(activeTable(f)), requests: perCell(req), appeals: perCell(app) };
  const look: TableLook = { noRepeat: o.noRepeat, vertical: o.vertical };
  return {
    active: table(activeTable(f), 0, ACTIVE_WIDTHS, look),
    requests: table(req, requestHeader().length, o.narrow ? NARROW_REQUEST_WIDTHS : REQUEST_WIDTHS, { ...look, widthMm: o.wide }),
    appeals: table(app, app.length - 1, APPEAL_WIDTHS, look),
  };
}

const STYLE = (body: string, landscape = false) => `
@page { size: A4${landscape ? ' landscape' : ''}; margin: 25mm 20mm 22mm 20mm; }
body { font-family: ${body}; font-size: 12pt; line-height: 1.5; color: #000; }
h1 { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 18pt; font-weight: normal; text-align: center; margin: 0 0 18pt; }
h2 { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 13pt; font-weight: normal; margin: 10pt 0 4pt; }
h3 { font-family: ${body}; font-size: 12pt; font-weight: normal; margin: 6pt 0 2pt; text-indent: 2em; }
p { text-indent: 2em; margin: 0 0 4pt; text-align: justify; }
p.sign { text-align: right; text-indent: 0; margin: 0; }
p.tabbed { text-indent: 0; font-size: 10pt; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3; margin: 4pt 0 8pt; }
th, td { font-size: 9pt; line-height: 1.3; border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }
thead { display: table-header-group; }
`;

const SONG = '"AR PL UMing CN", serif';
const HEI = '"WenQuanYi Micro Hei", sans-serif';
const NOTO = '"Noto Sans CJK SC", sans-serif';

function blocks(bs: Block[]): string {
  return bs.map((b) => ('h' in b ? `<h3>${esc(b.h)}</h3>` : `<p>${esc(b.p)}</p>`)).join('\n');
}

export function reportDocument(f: Filled, o: DocOptions): string {
  const t = tablesHtml(f, o.tables ?? 'table', o);
  const title = reportTitle(f);
  const signed = o.signed ?? `${f.year + 1}年1月20日`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE(o.font === 'hei' ? HEI : o.font === 'noto' ? NOTO : SONG, o.landscape)}</style></head>
<body>
<h1>${o.titleLines ? `${esc(f.organ)}<br>${esc(`${f.year}年政府信息公开工作年度报告`)}` : esc(title)}</h1>
<h2>一、总体情况</h2>
${blocks(o.prose.overview)}
<h2>二、主动公开政府信息情况</h2>
${t.active}
<h2>三、收到和处理政府信息公开申请情况</h2>
${o.breakBeforeTable3 ? '<div style="break-after:page;page-break-after:always"></div>\n' : ''}${t.requests}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
${t.appeals}
<h2>五、存在的主要问题及改进情况</h2>
${blocks(o.prose.problems)}
<h2>六、其他需要报告的事项</h2>
${blocks(o.prose.other)}
<p class="sign">${esc(f.organ)}</p>
<p class="sign">${esc(signed)}</p>
</body></html>
`;
}
