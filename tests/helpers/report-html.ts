/**
 * A filled template rendered as a government page, in the markups real sites use:
 *   word        Word "save as web page": MsoNormal paragraphs, labels split over spans, o:p tags
 *   cms         a CMS editor div (TRS_Editor) with nowrap cells, &nbsp; padding, <br> in labels, half-width brackets
 *   semantic    plain semantic tables: caption, thead/th scope, tbody
 *   paragraphs  the tables' markup lost: every cell became its own <p>
 *   split       one template table split over two <table> elements, the header row repeated
 */
import type { Version } from '../../lib/model';
import { ACTIVE_LAYOUT, requestGroups } from '../../lib/template/layout';
import type { Filled, Rng } from './template-data';

export const MARKUPS = ['word', 'cms', 'semantic', 'paragraphs', 'split'] as const;
export type Markup = (typeof MARKUPS)[number];

interface TCell {
  text: string;
  rs?: number;
  cs?: number;
  head?: boolean;
  key?: string;
}
type TRow = TCell[];

const ACTIVE_GROUP_TITLES: Record<string, string> = {
  art20_1: '第二十条第（一）项', art20_5: '第二十条第（五）项', art20_6: '第二十条第（六）项',
  art20_8: '第二十条第（八）项', art20_9: '第二十条第（九）项',
};
const ACTIVE_ROW_TEXT: Record<Version, Record<string, string>> = {
  '2019': { rules: '规章', normative: '规范性文件', license: '行政许可', other_services: '其他对外管理服务事项', penalty: '行政处罚', coercion: '行政强制', fees: '行政事业性收费', procurement: '政府集中采购' },
  '2021': { rules: '规章', normative: '行政规范性文件', license: '行政许可', penalty: '行政处罚', coercion: '行政强制', fees: '行政事业性收费' },
};
const ACTIVE_COL_TEXT: Record<string, string> = {
  new_made: '本年新制作数量', new_published: '本年新公开数量', total_published: '对外公开总数量',
  prev_items: '上一年项目数量', delta: '本年增/减', decisions: '处理决定数量', count: '采购项目数量', amount: '采购总金额',
  issued: '本年制发件数', repealed: '本年废止件数', in_force: '现行有效件数', amount_wan: '本年收费金额（单位：万元）',
};
const REQUEST_ITEMS_2021_OTHER = [
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
];
const ORD = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'];
const GROUP_TEXT: Record<string, string> = {
  disclosed: '予以公开', partial: '部分公开（区分处理的，只计这一情形，不计其他情形）', withheld: '不予公开',
  unavailable: '无法提供', not_processed: '不予处理', other: '其他处理',
};

function val(f: Filled, key: string): TCell {
  const raw = f.raw?.get(key);
  if (raw !== undefined) return { text: raw, key };
  const n = f.values.get(key);
  const unit = f.units[key] ?? '';
  return { text: n === undefined ? '' : `${n}${unit}`, key };
}

export function activeTable(f: Filled): TRow[] {
  const rows: TRow[] = [];
  for (const g of ACTIVE_LAYOUT[f.version]) {
    const width = 4;
    rows.push([{ text: ACTIVE_GROUP_TITLES[g.key]!, cs: width, head: true }]);
    const span = (i: number) => (i === g.cols.length - 1 ? width - g.cols.length : 1);
    const colText = (c: string) => (f.version === '2021' && c === 'decisions' ? '本年处理决定数量' : ACTIVE_COL_TEXT[c]!);
    rows.push([{ text: '信息内容', head: true }, ...g.cols.map((c, i) => ({ text: colText(c), cs: span(i), head: true }))]);
    for (const r of g.rows) {
      rows.push([{ text: ACTIVE_ROW_TEXT[f.version][r]!, head: true }, ...g.cols.map((c, i) => ({ ...val(f, `active/${g.key}.${r}/${c}`), cs: span(i) }))]);
    }
  }
  return rows;
}

const REQ_COLS = ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total'];

export function requestHeader(): TRow[] {
  return [
    [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', cs: 3, rs: 3, head: true }, { text: '申请人情况', cs: 7, head: true }],
    [{ text: '自然人', rs: 2, head: true }, { text: '法人或其他组织', cs: 5, head: true }, { text: '总计', rs: 2, head: true }],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text, head: true })),
  ];
}

export function requestBody(f: Filled): TRow[] {
  const rows: TRow[] = [];
  const values = (row: string) => REQ_COLS.map((c) => val(f, `requests/${row}/${c}`));
  rows.push([{ text: '一、本年新收政府信息公开申请数量', cs: 3, head: true }, ...values('new')]);
  rows.push([{ text: '二、上年结转政府信息公开申请数量', cs: 3, head: true }, ...values('carried_in')]);
  const groups = requestGroups(f.version);
  const resultRows = groups.reduce((n, g) => n + Math.max(1, g.items.length), 0) + 1;
  let first = true;
  const lead = (): TCell[] => (first ? ((first = false), [{ text: '三、本年度办理结果', rs: resultRows, head: true }]) : []);
  groups.forEach((g, gi) => {
    const title = `${ORD[gi]}${GROUP_TEXT[g.key]}`;
    if (!g.items.length) {
      rows.push([...lead(), { text: title, cs: 2, head: true }, ...values(`result.${g.key}`)]);
      return;
    }
    g.items.forEach((item, i) => {
      const text = g.key === 'other' ? REQUEST_ITEMS_2021_OTHER[i]! : `${i + 1}.${item.zh}`;
      const groupCell: TCell[] = i === 0 ? [{ text: title, rs: g.items.length, head: true }] : [];
      rows.push([...lead(), ...groupCell, { text, head: true }, ...values(`result.${g.key}.${i + 1}`)]);
    });
  });
  rows.push([{ text: '（七）总计', cs: 2, head: true }, ...values('result.total')]);
  rows.push([{ text: '四、结转下年度继续办理', cs: 3, head: true }, ...values('carried_out')]);
  return rows;
}

export function appealsTable(f: Filled): TRow[] {
  const parts = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const vals: TCell[] = [];
  for (const g of ['review', 'suit_direct', 'suit_after_review']) {
    for (const p of ['upheld', 'corrected', 'other', 'pending', 'total']) vals.push(val(f, `appeals/counts/${g}.${p}`));
  }
  return [
    [{ text: '行政复议', cs: 5, head: true }, { text: '行政诉讼', cs: 10, head: true }],
    [...parts.map((text) => ({ text, rs: 2, head: true })), { text: '未经复议直接起诉', cs: 5, head: true }, { text: '复议后起诉', cs: 5, head: true }],
    [...parts, ...parts].map((text) => ({ text, head: true })),
    vals,
  ];
}

// ── markups ────────────────────────────────────────────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (c: TCell) => `${c.rs && c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs && c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;
const FW = '０１２３４５６７８９';
const fullWidth = (s: string) => s.replace(/\d/g, (d) => FW[+d]!);

function wordTable(rows: TRow[], rng: Rng): string {
  const cell = (c: TCell) => {
    let inner: string;
    if (c.head && c.text.length > 3) {
      const h = Math.ceil(c.text.length / 2);
      inner = `<span style='font-size:10.5pt;font-family:宋体'>${esc(c.text.slice(0, h))}</span><span style='font-size:10.5pt;font-family:宋体'>${esc(c.text.slice(h))}<o:p></o:p></span>`;
    } else {
      const t = !c.head && rng() < 0.3 ? fullWidth(c.text) : c.text;
      inner = `<span lang=EN-US style='font-size:10.5pt'>${esc(t)}<o:p></o:p></span>`;
    }
    return `<td width=64 valign=middle${attrs(c)} style='width:48.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>${inner}</p></td>`;
  };
  return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=620 style='border-collapse:collapse;border:none'>\n${rows
    .map((r) => `<tr style='height:20.0pt'>${r.map(cell).join('')}</tr>`)
    .join('\n')}\n</table>`;
}

function cmsTable(rows: TRow[]): string {
  const half = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
  const cell = (c: TCell) => {
    const t = c.head ? esc(half(c.text)).replace(/(.{8})(?=.{4})/, '$1<br />') : `&nbsp;${esc(c.text)}&nbsp;`;
    return `<td nowrap="nowrap"${attrs(c)} style="border:1px solid #000;text-align:center">${t}</td>`;
  };
  return `<table border="1" cellspacing="0" cellpadding="0" align="center" style="width:100%;border-collapse:collapse"><tbody>\n${rows
    .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`;
}

function semanticTable(rows: TRow[], caption: string): string {
  const headRows = rows.findIndex((r) => r.some((c) => !c.head));
  const head = rows.slice(0, Math.max(headRows, 0));
  const body = rows.slice(Math.max(headRows, 0));
  const cell = (c: TCell, inHead: boolean) =>
    c.head ? `<th scope="${inHead ? 'col' : 'row'}"${attrs(c)}>${esc(c.text)}</th>` : `<td${attrs(c)}>${esc(c.text)}</td>`;
  return `<table><caption>${esc(caption)}</caption>\n<thead>${head.map((r) => `<tr>${r.map((c) => cell(c, true)).join('')}</tr>`).join('')}</thead>\n<tbody>${body
    .map((r) => `<tr>${r.map((c) => cell(c, false)).join('')}</tr>`)
    .join('\n')}</tbody></table>`;
}

function paragraphTable(rows: TRow[]): string {
  return rows.map((r) => r.map((c) => `<p>${c.text ? esc(c.text) : '&nbsp;'}</p>`).join('\n')).join('\n');
}

export interface RenderOptions {
  /** Text of 一、总体情况 (narrative tests put numbers here). */
  overview?: string;
  signed?: string;
  published?: string;
  title?: string;
}

/**
 * Sections 五 and 六 as a report that says what the template asks (lib/rules/section-content.ts): its problems
 * with a measure; from 2021 on (the 2021 template), last year's problems dealt with and the 信息处理费 charged.
 */
function asks2021(f: Filled): boolean {
  return !!f.organ && f.year >= 2021;
}
export const problemsText = (f: Filled, problems: string): string => problems + (asks2021(f) ? '上年度问题已整改到位。' : '');
export const otherText = (f: Filled): string => (asks2021(f) ? '本年度未收取信息处理费。' : '无。');

export function renderReport(f: Filled, markup: Markup, rng: Rng, o: RenderOptions = {}): string {
  const title = o.title ?? `${f.organ}${f.year}年政府信息公开工作年度报告`;
  const signed = o.signed ?? `${f.year + 1}年1月20日`;
  const published = o.published ?? `${f.year + 1}-01-25`;
  const req = [...requestHeader(), ...requestBody(f)];
  const table = (rows: TRow[], caption: string): string => {
    switch (markup) {
      case 'word': return wordTable(rows, rng);
      case 'cms': return cmsTable(rows);
      case 'semantic': return semanticTable(rows, caption);
      case 'paragraphs': return paragraphTable(rows);
      case 'split': {
        if (rows !== req) return cmsTable(rows);
        const cut = requestHeader().length + 8;
        return `${cmsTable(rows.slice(0, cut))}\n<p style="text-align:center">（续表）</p>\n${cmsTable([...requestHeader(), ...rows.slice(cut)])}`;
      }
    }
  };
  const p = (s: string) => (markup === 'word' ? `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16pt;font-family:仿宋_GB2312'>${esc(s)}</span></p>` : `<p>${esc(s)}</p>`);
  const h = (s: string) => (markup === 'semantic' ? `<h2>${esc(s)}</h2>` : markup === 'word' ? `<p class=MsoNormal><b><span style='font-family:黑体'>${esc(s)}</span></b></p>` : `<p><strong>${esc(s)}</strong></p>`);
  const overview = o.overview ?? `${f.year}年，${f.organ}认真贯彻落实《中华人民共和国政府信息公开条例》，不断完善政府信息公开工作机制，扎实推进各项工作。本报告中所列数据的统计期限自${f.year}年1月1日起至${f.year}年12月31日止。`;
  const body = [
    h('一、总体情况'), p(overview),
    h('二、主动公开政府信息情况'), table(activeTable(f), '主动公开政府信息情况'),
    h('三、收到和处理政府信息公开申请情况'), table(req, '收到和处理政府信息公开申请情况'),
    h('四、政府信息公开行政复议、行政诉讼情况'), table(appealsTable(f), '政府信息公开行政复议、行政诉讼情况'),
    h('五、存在的主要问题及改进情况'), p(problemsText(f, '政府信息公开工作仍存在公开内容不够全面、解读形式较为单一等问题。下一步将加强培训，提升公开质量。')),
    h('六、其他需要报告的事项'), p(otherText(f)),
    `<p style="text-align:right">${esc(f.organ)}</p>`, `<p style="text-align:right">${esc(signed)}</p>`,
  ].join('\n');
  const head = `<meta charset="utf-8"><meta name="PubDate" content="${published} 09:30"><meta name="ContentSource" content="${esc(f.organ)}"><title>${esc(title)}_${esc(f.organ)}门户网站</title>`;
  switch (markup) {
    case 'word':
      return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>${head}</head><body lang=ZH-CN><div class=WordSection1>\n<p class=MsoNormal align=center><b><span style='font-size:22pt'>${esc(title)}</span></b></p>\n${body}\n</div></body></html>`;
    case 'semantic':
      return `<!doctype html><html lang="zh-CN"><head>${head}</head><body><header><nav><a href="/">首页</a> <a href="/xxgk/">信息公开</a></nav></header><main><article><h1>${esc(title)}</h1>\n${body}\n</article></main><footer>版权所有</footer></body></html>`;
    case 'paragraphs':
      return `<!doctype html><html><head>${head}</head><body><div class="top">${esc(f.organ)}门户网站</div><h1 class="title">${esc(title)}</h1><div id="zoom">\n${body}\n</div></body></html>`;
    default:
      return `<!doctype html><html><head>${head}</head><body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="main"><div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div><h1 class="title">${esc(title)}</h1><div class="info">发布时间：${published} 来源：${esc(f.organ)}</div>
<div class="${markup === 'split' ? 'pages_content' : 'TRS_Editor'}">\n${body}\n</div></div><div class="footer">主办单位：${esc(f.organ)}</div></body></html>`;
  }
}
