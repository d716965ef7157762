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
  /** 'tabs': every table row pasted as one paragraph of tab-separated cells (no <table>). */
  tables?: 'table' | 'tabs';
  signed?: string;
  /** Body font: 'song' a Ming (宋体-like) face, 'hei' a sans (黑体-like) face that subsets smaller. */
  font?: 'song' | 'hei';
}

export const reportTitle = (f: Filled) => `${f.year}年${f.organ}政府信息公开工作年度报告`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const span = (c: TCell) => `${c.rs && c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs && c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;

function cell(c: TCell, inHead: boolean): string {
  const tag = inHead ? 'th' : 'td';
  const cls = c.head ? (inHead ? '' : ' class="label"') : ' class="num"';
  return `<${tag}${span(c)}${cls}>${esc(c.text)}</${tag}>`;
}

/** A bordered table; the first `headRows` rows go in <thead>. `widths` in percent, one per grid column. */
function table(rows: TRow[], headRows: number, widths: number[]): string {
  const cols = `<colgroup>${widths.map((w) => `<col width="${w}%">`).join('')}</colgroup>`;
  const tr = (r: TRow, inHead: boolean) => `<tr>${r.map((c) => cell(c, inHead)).join('')}</tr>`;
  const head = headRows ? `<thead>\n${rows.slice(0, headRows).map((r) => tr(r, true)).join('\n')}\n</thead>\n` : '';
  const body = `<tbody>\n${rows.slice(headRows).map((r) => tr(r, false)).join('\n')}\n</tbody>`;
  return `<table border="1" cellspacing="0" cellpadding="3" width="100%">${cols}\n${head}${body}</table>`;
}

/** Rows as pasted text: one paragraph per row, cells separated by tab characters. */
function tabbed(rows: TRow[]): string {
  return rows.map((r) => `<p class="tabbed">${r.map((c) => esc(c.text)).join('&#9;')}</p>`).join('\n');
}

const REQUEST_WIDTHS = [7, 9, 28, 8, 8, 8, 8, 8, 8, 8];
const ACTIVE_WIDTHS = [28, 24, 24, 24];
const APPEAL_WIDTHS = Array.from({ length: 15 }, () => 100 / 15).map((w) => Math.round(w * 100) / 100);

export function tablesHtml(f: Filled, mode: 'table' | 'tabs' = 'table') {
  const req = [...requestHeader(), ...requestBody(f)];
  const app = appealsTable(f);
  if (mode === 'tabs') return { active: tabbed(activeTable(f)), requests: tabbed(req), appeals: tabbed(app) };
  return {
    active: table(activeTable(f), 0, ACTIVE_WIDTHS),
    requests: table(req, requestHeader().length, REQUEST_WIDTHS),
    appeals: table(app, app.length - 1, APPEAL_WIDTHS),
  };
}

const STYLE = (body: string) => `
@page { size: A4; margin: 25mm 20mm 22mm 20mm; }
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

function blocks(bs: Block[]): string {
  return bs.map((b) => ('h' in b ? `<h3>${esc(b.h)}</h3>` : `<p>${esc(b.p)}</p>`)).join('\n');
}

export function reportDocument(f: Filled, o: DocOptions): string {
  const t = tablesHtml(f, o.tables ?? 'table');
  const title = reportTitle(f);
  const signed = o.signed ?? `${f.year + 1}年1月20日`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE(o.font === 'hei' ? HEI : SONG)}</style></head>
<body>
<h1>${esc(title)}</h1>
<h2>一、总体情况</h2>
${blocks(o.prose.overview)}
<h2>二、主动公开政府信息情况</h2>
${t.active}
<h2>三、收到和处理政府信息公开申请情况</h2>
${t.requests}
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
