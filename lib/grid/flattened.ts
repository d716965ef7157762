/**
 * A whole report flattened onto a few long lines, as crawlers keep a page's
 * textContent and as text is copied out of a page or a PDF viewer:
 *
 *   …微阵地”。二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量…规章007规范性文件7777166第二十条…
 *   …（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000…
 *
 * Such a line is cut back into the lines it was made of: its sentences, its
 * section headings, and inside the tables one line per template row (a label and
 * the digits that ran together after it). How the digits split into cells is not
 * decided here: the run-together reader (./run-together.ts) and the mapper's
 * arithmetic do that, as for any row whose cells ran together.
 */
import type { Block, TextBlock } from '../model';
import { append } from '../arrays';
import { halfWidth } from './run-together';
import { ACTIVE_ROW_LABELS, KIND_HEADING } from '../template/labels';

/** A line longer than this may be a flattened report; shorter lines are left as they are. */
const LONG = 400;

/** Where a sentence ends: the next text starts a line of its own. */
const SENTENCE_END = /(?<=[。！？])/;

/** A number in prose carries its unit or measure after it (2602条, 2020年, 92%); a table's digits do not. */
const UNIT_WORDS = '条件个项人次家份元万%％年月日号批名位期天余多亿千百篇周岁户套台辆座所种类笔部页层楼室宗起';

/** The words that open the six sections, after their ordinal (一、总体情况 … 六、其他需要报告的事项). */
const SECTION_WORDS =
  '总体情况|概述|基本情况|主动公开|收到和处理|依申请公开|政府信息公开行政复议|政府信息公开行政|因政府信息公开|政府信息公开申请行政复议|行政复议|政府信息公开工作存在|政府信息公开存在|存在的主要问题|存在的问题|主要问题|其他需要报告|其他需报告|其他应说明|其他需说明|其他需要说明|需要说明的其他事项|其他事项|信息处理费';
/** A section heading inside a flattened line: cut before it, and after its words where they end in 情况. */
/** The template's own titles, whole: a heading whose 、 was lost (一总体情况) is still cut before. */
const TITLE_WORDS = '总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项';
const SECTION_START = new RegExp(
  `(?<!第)(?=[一二三四五六][、.．]\\s*(?:${SECTION_WORDS}))|(?<![\\u4e00-\\u9fff第])(?=[一二三四五六](?:${TITLE_WORDS}))` +
    // a table's last digits, then a numbered heading whatever its words (表四's zeros, then 五、当前存在的突出问题) — not
    // 表三's own numbered rows (三、本年度办理结果, 四、结转下年度继续办理), which go on with the table
    `|(?<=\\d[ \\u00a0\\u3000]*)(?=[一二三四五六七八九十]{1,2}、)(?![一二三四五六七八九十]{1,2}、\\s*(?:本年|上年|结转))` +
    // a table's last digits, then the report's own words about it: a sentence opening on its year (行政事业性收费0 /
    // 2025年，我局…; 结转下年度继续办理2000002 / 2025年，…), or after a row of ten digits or more, any words (表四's fifteen
    // counts, then 我局严格规范…; real: 平潭综合实验区市场监督管理局 2025) but 表二's next row or group (a city's 表二 runs
    // to ten digits too: 规范性文件5545542804第二十条…, 行政许可893-18312854581其他对外管理服务事项…; real: 上海市 2020)
    `|(?<=\\d)(?=(?:19|20)\\d{2}年度?[，,])|(?<=\\d{10})(?=[\\u4e00-\\u9fff])(?![${UNIT_WORDS}]|第二十条|${ACTIVE_ROW_LABELS.join('|')})`,
  'g',
);
const SECTION_HEAD = new RegExp(`^([一二三四五六][、.．]\\s*(?:${SECTION_WORDS})(?:[^。；，\\d（(]{0,30}?(?:情况|事项|措施))?|[一二三四五六](?:${TITLE_WORDS}))`);

/**
 * Digits that end right before a label, or the piece (white space after them aside: a table's last row before the next
 * section's 　　五、): a run of a table's cells (not a number of prose, which has its unit).
 */
const CELL_RUN = new RegExp(`\\d[\\d \\u00a0.\\-]*(?:(?=[\\u4e00-\\u9fff（(“])(?![${UNIT_WORDS}])|[\\s\\u3000]*$)`, 'g');

/**
 * Cuts inside a table: after a run of digits that a label follows; before an
 * ordinal label (一、 （三） 2.) where it starts after text or digits, but not inside
 * 第二十条第（一）项; before 第二十条.
 */
const TABLE_CUTS = new RegExp(
  [
    // (not before a sign of 本年增/减 inside a row's digits: 0+11, 16减12)
    `(?<=\\d)[ \\u00a0]*(?=[^\\d\\s.．\\-+${UNIT_WORDS}])(?![增减]\\d)`,
    // after an amount with its unit, before words (政府集中采购4727225290916元 / 该项内对外公开总数量…, a note under the table)
    '(?<=\\d万?元)(?=[\\u4e00-\\u9fff])',
    '(?<=[^\\s第\\d])(?=[一二三四五六七八九十]{1,2}、)',
    '(?<![第\\s])(?=[（(][一二三四五六七八九十]{1,2}[)）])',
    '(?<=\\d)[ \\u00a0]*(?=\\d[.．][^\\d])',
    '(?<=[^\\d\\s.．])(?=\\d[.．][^\\d])',
    '(?=第二十条)',
    // after a header's words (信息内容 本年新制作数量 采购总金额（单位：万元）): the next label is a row's
    '(?<=信息内容|数量|件数|总数|增/减|增减|金额|金额[（(](?:单位[：:])?[^）)]{1,4}[)）])[ \\u00a0]*(?=[\\u4e00-\\u9fff])(?!量)',
  ].join('|'),
  'g',
);

/** A piece of a flattened line that holds a table: several runs of digits right before labels. */
function holdsTable(piece: string): boolean {
  CELL_RUN.lastIndex = 0;
  let n = 0;
  for (let m = CELL_RUN.exec(piece); m; m = CELL_RUN.exec(piece)) if (++n >= 3) return true;
  return false;
}

function splitAt(text: string, re: RegExp): string[] {
  re.lastIndex = 0;
  return text.split(re).filter((p) => p.trim() !== '');
}

/** A note's mark: [1] after a word or a unit, before words. */
const NOTE_MARK = /(?<=[\u4e00-\u9fff）)])\[\d{1,2}\](?=[\u4e00-\u9fff])/g;

/**
 * Blank cells printed as dashes or slashes, run into the digits beside them (82135——21859, 18—————18, …禁止公开———————3.危及,
 * 82135//21859, 25812//11/（二）…): each mark a blank cell, as the no-break space of a cell left empty is. Not a minus
 * (-, －, −), nor prose's dash between words (工作——), nor a slash alone between digits (a date's 2020/01/31, 1/3).
 */
const BLANK_DASHES = /(?<=[\d\u00a0])[—–―─]+|[—–―─]+(?=\d)|(?<=\d)\/{2,}|\/{2,}(?=\d)|(?<=\d)\/(?=[^\d\/\s])/g;

/** A row's cells each printed with its unit, run together (821件35件2件1件859件, 0件0件): two or more, the units their ends. */
const COUNTED_CELLS = /(?:\d+件[ \u00a0]*){2,}/g;

/** A flattened line → the lines it was made of (a short line comes back as it was). */
export function unflattenLine(line: string, min = LONG): string[] {
  if (line.length <= min) return [line];
  // full-width digits read as the digits they are (２000００1): the cuts look for digits; a note's mark after a label or a
  // unit (第二十条第（一）项[1], 4727225290916元[1]: the page's <sup>) is no digit of the table's
  const text = halfWidth(line).replace(NOTE_MARK, '').replace(BLANK_DASHES, (m) => '\u00a0'.repeat(m.length)).replace(COUNTED_CELLS, (m) => m.replace(/件/g, '\u00a0'));
  const out: string[] = [];
  for (const sentence of splitAt(text, SENTENCE_END)) {
    for (const part of splitAt(sentence, SECTION_START)) {
      const head = SECTION_HEAD.exec(part);
      const rest = head ? part.slice(head[1]!.length) : part;
      if (head) out.push(head[1]!);
      if (!rest.trim()) continue;
      if (holdsTable(rest)) append(out, splitAt(rest, TABLE_CUTS).map((p) => p.trim()));
      else out.push(rest.trim());
    }
  }
  return out;
}

/**
 * A row's last value, the two spaces or more (no-break spaces, as html-to-text writes them) a flattened table keeps
 * between cells, and the next row's label (not a unit: 12  件; nor a signed value: 本年增/减's 893  -183, 16334  +5174).
 */
const ROW_THEN_LABEL = new RegExp(`\\d[ \\u00a0]{2,}[^\\d\\s０-９+\\-－−${UNIT_WORDS}]`);
const ROWS_THEN_LABELS = new RegExp(ROW_THEN_LABEL.source, 'g');

/**
 * 表二 flattened onto one short line with its cells run together (主动公开政府信息情况 第二十条第（一）项信息内容…规章2015
 * 行政规范性文件0120 第二十条第（五）项 …): two of its groups' headings and digits right before labels.
 */
const flatActive = (text: string) => (text.match(/第二十条/g)?.length ?? 0) >= 2 && holdsTable(text);

/**
 * A table flattened into one paragraph (html-to-text's default: its cells two no-break spaces apart, a row's values then
 * the next row's label), whose lines break inside its labels where the page broke the cell (一、本年新收政府 /
 * 信息公开申请数量 29  11 … 126  二、上年结转政府 / …): its lines joined back into the one line it is and cut into rows
 * (unflattenLine), however short. Only a paragraph with three rows' values followed by a label, or a single line of 表二
 * run together (flatActive), is read so; a table kept a row a line has none. Text only (../readers/text.ts): a page's
 * blocks are no lines of a paragraph.
 */
export function joinFlatParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let joined = false;
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && blocks[j]!.kind === 'text' && (blocks[j] as TextBlock).text.trim()) j++;
    const para = blocks.slice(i, j) as TextBlock[];
    const text = para.map((b) => b.text.trim()).join('');
    const digits = halfWidth(text);
    if (para.length && ((digits.match(ROWS_THEN_LABELS)?.length ?? 0) >= 3 || (para.length === 1 && flatActive(digits)))) {
      for (const line of unflattenLine(text, 0)) out.push({ kind: 'text', text: line, src: para[0]!.src });
      joined = true;
      if (j < blocks.length) out.push(blocks[j]!);
      i = j + 1;
      continue;
    }
    append(out, para);
    if (j < blocks.length) out.push(blocks[j]!);
    i = Math.max(j + 1, i + 1);
  }
  return joined ? out : blocks;
}

/** A line indented by the page's markup (spaces, tabs, no-break spaces), as a node's textContent keeps it. */
const INDENTED = /^[ \t\u00a0]+\S/;

/**
 * A flattened report whose line the page's markup broke (a page's whole textContent: a cell's text written over
 * several lines of its HTML, indented with &nbsp; — 三、本年度办 / 理结果, …信息公开申请 / 1000001 2.申请人逾期…): the
 * indented lines right after a flattened line are joined back onto it, as the archive's crawl of the same page has
 * them. Digits either side of a break stay apart (two cells' values never run into one number). Only after a line
 * that is already a flattened table (longer than a page's line, digits right before labels): a text laid out line by
 * line (pdftotext -layout, a text browser) has none.
 */
export function joinIndentedRuns(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let j = i + 1;
    // full-width digits (２１７１００００２１８, a Word table's) are digits too
    if (b.kind === 'text' && b.text.length > LONG && holdsTable(halfWidth(b.text))) {
      while (j < blocks.length && blocks[j]!.kind === 'text' && INDENTED.test((blocks[j] as TextBlock).text)) j++;
    }
    if (j === i + 1) {
      out?.push(b);
      continue;
    }
    out ??= blocks.slice(0, i);
    let text = (b as TextBlock).text.trimEnd();
    for (const c of blocks.slice(i + 1, j) as TextBlock[]) {
      const next = c.text.trim();
      text += /[\d０-９]$/.test(text) && /^[\d０-９]/.test(next) ? ` ${next}` : next;
    }
    out.push({ kind: 'text', text, src: b.src });
    i = j - 1;
  }
  return out ?? blocks;
}

/**
 * 表四 set as a row for each kind, its rows run together on a line of their own however short (a minified page's
 * textContent: 类别结果维持…总计行政复议00011行政诉讼（未经复议直接起诉）00000行政诉讼（复议后起诉）00000): its header's
 * words, then digits, then another kind and digits.
 */
const APPEAL_ROWS = new RegExp(`^${KIND_HEADING}?(?:结果维持|行政复议|行政诉讼)[^。；，\\d]*\\d+[^。；，\\d]*(?:行政诉讼|复议后起诉)[^。；，\\d]*\\d`);
const flattenedRows = (text: string) => text.length > LONG || (APPEAL_ROWS.test(text) && holdsTable(text));

/** Text blocks that are flattened reports, cut back into lines (each keeps its block's source); other blocks as they were. */
export function unflatten(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.kind === 'text' && flattenedRows(b.text))) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text' || !flattenedRows(b.text)) {
      out.push(b);
      continue;
    }
    for (const text of unflattenLine(b.text, 0)) out.push({ kind: 'text', text, src: b.src } satisfies TextBlock);
  }
  return out;
}
