import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_MARK, detectTextTables, spacedValues, withTextTables } from '../../lib/grid/text-layouts';
import { textLines } from '../../lib/text/lines';
import type { Block, TableBlock } from '../../lib/model';

const tables = (text: string) => detectTextTables(textLines(text)).filter((b): b is TableBlock => b.kind === 'table');
const cells = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('text layouts', () => {
  it('per-line: one cell per tab-led line, rows split by blank lines, wrapped labels joined', () => {
    const [t] = tables('二、主动公开\n\t第二十条第（一）项\n\n\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n\n\t规章\n\t　0\n\t \n\n三、下一节');
    expect(t!.layout).toBe('per-line');
    expect(cells(t!)).toEqual([['第二十条第（一）项'], ['信息内容', '本年新制作数量', '对外公开总数量'], ['规章', '0', '']]);
    expect(t!.rows[2]!.cells[1]!.src.line).toBe(10);
  });

  it('pipe: a cell per line ending in |, a bar alone an empty cell, the last bare value is kept', () => {
    const [t] = tables('文字\n规章 |\n0 |\n|\n政府集中采购 |\n5 |\n0\n三、收到和处理');
    expect(t!.layout).toBe('pipe');
    expect(cells(t!)).toEqual([['规章', '0', '', '政府集中采购', '5', '0']]);
  });

  it('pipe: rows each led by a bar (Markdown-like, no rule line) have nothing before their first bar; where only some are, a blank first cell', () => {
    const [md] = tables('文字\n| 行政许可 | 0 | ||\n|  | 4 | 2 |\n三、收到和处理');
    // (its merged columns' bars after the row stay blank cells, as the row's own cells would be)
    expect(cells(md!)).toEqual([['行政许可', '0', '', '', '', '4', '2']]);
    const [row] = tables('文字\n行政许可 | 0 |\n| 4 | 2 |\n三、收到和处理');
    expect(cells(row!)).toEqual([['行政许可', '0', '', '4', '2']]);
  });

  it('pipe: a line of bars alone closes a row (its merged columns, or blank cells an extractor dropped): no cells', () => {
    const [t] = tables('文字\n行政许可 |\n0 |\n||\n一、本年新收政府信息公开申请数量 |\n3 |\n3 |\n|||||||\n三、本年度办理结果 |');
    expect(t!.layout).toBe('pipe');
    expect(cells(t!)).toEqual([['行政许可', '0', '一、本年新收政府信息公开申请数量', '3', '3', '三、本年度办理结果']]);
  });

  it('tab: one row per line, cells split by tabs', () => {
    const [t] = tables('第二十条第（一）项\t\t\t\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n\n正文。');
    expect(t!.layout).toBe('tab');
    expect(cells(t!)).toEqual([['第二十条第（一）项', '', '', ''], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '0', '0', '0']]);
  });

  it('tab: a row’s values set apart by spaces in one cell (Resiliparse) are a cell each, read as rows run together', () => {
    const nb = '\u00a0';
    const row = (label: string, values: string[]) => `${label}\t\t${values.map((v) => `${nb} ${v}${nb}`).join(' ')} `;
    const [t] = tables(['三、收到和处理', row('一、本年新收政府信息公开申请数量', ['29', '11', '25', '41', '14', '6', '126']), row('（四）无法提供1.本机关不掌握相关政府信息', ['4', '4'])].join('\n'));
    expect(t!.layout).toBe('merged');
    // two values wide apart are two cells (a number spaced for print keeps single spaces), and labels run together are cut
    expect(cells(t!)).toEqual([
      ['一、本年新收政府信息公开申请数量', '29', '11', '25', '41', '14', '6', '126'],
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '4', '4'],
    ]);
    // a row whose values stand in cells of their own keeps the table a tab table, its blank cells kept
    const [mixed] = tables(['三、收到和处理', row('一、本年新收政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1']), '二、上年结转政府信息公开申请数量\t1\t\t0\t0\t0\t0\t1'].join('\n'));
    expect(mixed!.layout).toBe('tab');
    expect(cells(mixed!)[1]).toEqual(['二、上年结转政府信息公开申请数量', '1', '', '0', '0', '0', '0', '1']);
    // single spaces: a number spaced out for print stays one
    const [one] = tables('规章\t1 0 0\n行政规范性文件\t2\n行政许可\t3');
    expect([one!.layout, cells(one!)[0]]).toEqual(['tab', ['规章', '1 0 0']]);
  });

  it('bare: short lines holding template labels and values, stopping at a section heading', () => {
    const blocks = detectTextTables(textLines('二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n规章\n0\n1\n2\n规范性文件\n3\n三、收到和处理政府信息公开申请情况\n正文。'));
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text', 'text']);
    expect((blocks[1] as TableBlock).layout).toBe('bare');
  });

  it('leaves ordinary prose and short non-table lines alone', () => {
    expect(tables('一、总体情况\n今年共公开信息 12 条。\n六、其他需要报告的事项\n无\n\n某某街道办事处\n2021年1月5日')).toEqual([]);
  });
});

const lines = (texts: string[]) => textLines(texts.join('\n'));
/** Text as its text, a table as its layout, first line and cells. */
const read = (texts: string[]) =>
  detectTextTables(lines(texts)).map((b) => (b.kind === 'text' ? b.text : { layout: b.layout, line: b.src.line, cells: b.rows.map((r) => r.cells.map((c) => c.text)) }));
const LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '规章', '规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费', '政府集中采购', '本年新制作数量', '本年新公开数量', '对外公开总数量'];

describe('bare layout at its thresholds', () => {
  it('three labels and three values make a table; two values or two labels do not', () => {
    expect(read(['规章', '0', '规范性文件', '1', '行政许可', '2'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '1', '行政许可', '2']] }]);
    expect(read(['规章', '0', '规范性文件', '1', '行政许可'])).toEqual(['规章', '0', '规范性文件', '1', '行政许可']);
    expect(read(['规章', '0', '规范性文件', '1', '2'])).toEqual(['规章', '0', '规范性文件', '1', '2']);
  });
  it('a line of numbers a space apart counts each of them: three labels and one such line of three make a table', () => {
    // 表四 alone after its heading (pdftotext without -layout): four labels, its header's words, its fifteen counts on a line
    const appeals = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果 结果 其他 尚未 总计', '维持 纠正 结果 审结', '6 5 0 0 11 0 3 0 1 4 0 2 5 1 8'];
    expect(read(appeals)).toEqual([{ layout: 'bare', line: 1, cells: [[...appeals.slice(0, -1), ...'6 5 0 0 11 0 3 0 1 4 0 2 5 1 8'.split(' ')]] }]);
    expect(read(['规章', '规范性文件', '行政许可', '0 1 12'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '规范性文件', '行政许可', '0', '1', '12']] }]);
    // two numbers, or a number printed spaced out (1 0 0 reads as one value), are not three
    expect(read(['规章', '规范性文件', '行政许可', '0 12'])).toEqual(['规章', '规范性文件', '行政许可', '0 12']);
    expect(read(['规章', '规范性文件', '行政许可', '1 0 0'])).toEqual(['规章', '规范性文件', '行政许可', '1 0 0']);
  });
  it('twelve labels need one value only; eleven need three', () => {
    expect(read([...LABELS.slice(0, 12), '5'])).toEqual([{ layout: 'bare', line: 1, cells: [[...LABELS.slice(0, 12), '5']] }]);
    expect(read([...LABELS.slice(0, 11), '5'])).toEqual([...LABELS.slice(0, 11), '5']);
  });
  it('twenty labels and no value are a table left blank; nineteen are not, nor twenty with a row whose digits ran together', () => {
    expect(read(LABELS)).toEqual([{ layout: 'bare', line: 1, cells: [LABELS] }]);
    expect(read(LABELS.slice(0, 19))).toEqual(LABELS.slice(0, 19));
    expect(read([...LABELS, '行政许可 5'])).toEqual([...LABELS, '行政许可 5']);
    expect(read([...LABELS, '“行政许可”5'])).toEqual([...LABELS, '“行政许可”5']);
  });
  it('a line over 60 characters, a sentence or a section heading ends the table', () => {
    const long = 'x'.repeat(61);
    expect(read(['规章', '0', '规范性文件', '1', '行政许可', '2', long, '3'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '1', '行政许可', '2']] }, long, '3']);
    expect(read(['规章', '0', '规范性文件', '1', '行政许可', 'x'.repeat(60), '3'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '1', '行政许可', 'x'.repeat(60), '3']] }]);
    expect(read(['规章', '0', '规范性文件', '1', '行政许可', '2', '正文；', '3'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '1', '行政许可', '2']] }, '正文；', '3']);
    expect(read(['规章', '0', '规范性文件', '1', '行政许可', '2', '二、主动公开政府信息情况', '3'])).toEqual([
      { layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '1', '行政许可', '2']] },
      '二、主动公开政府信息情况',
      '3',
    ]);
  });
  it('blank lines around the table stay outside it', () => {
    expect(read(['正文。', '', '规章', '0', '规范性文件', '1', '行政许可', '2', '', '', '正文。'])).toEqual([
      '正文。',
      '',
      { layout: 'bare', line: 3, cells: [['规章', '0', '规范性文件', '1', '行政许可', '2']] },
      '',
      '',
      '正文。',
    ]);
  });
  it('cells a blank line apart: one blank line separates, three make an empty cell between; too few gaps are cells as they are', () => {
    expect(read(['规章', '', '0', '', '规范性文件', '', '', '', '1', '', '行政许可', '', '2'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '', '1', '行政许可', '2']] }]);
    expect(read(['规章', '', '0', '', '规范性文件', '', '', '', '1', '行政许可', '2'])).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '', '0', '', '规范性文件', '', '', '', '1', '行政许可', '2']] }]);
  });
});

describe('tab and pipe layouts at their edges', () => {
  it('a short plain line after a tab-led cell goes on with that cell; a sentence, a heading or 31 characters do not', () => {
    expect(read(['\t规章', '\t0', '续', '\t规范性文件', '\t1'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0续', '规范性文件', '1']] }]);
    expect(read(['\t规章', '\t0', 'x'.repeat(30), '\t1'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', `0${'x'.repeat(30)}`, '1']] }]);
    expect(read(['\t规章', '\t0', 'x'.repeat(31)])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0']] }, 'x'.repeat(31)]);
    expect(read(['\t规章', '\t0', '续。', '\t规范性文件'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0']] }, '续。', { layout: 'per-line', line: 4, cells: [['规范性文件']] }]);
    expect(read(['\t规章', '\t0', '一、总体情况'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0']] }, '一、总体情况']);
  });
  it('lines with tabs that hold no template label are text', () => {
    expect(read(['\t甲', '\t0', '\t1'])).toEqual(['\t甲', '\t0', '\t1']);
  });
  it('text around lines with tabs that are no table is read once, in order (a page’s menus indented by tabs)', () => {
    expect(read(['首页', '\t政务公开', '\t\t走进平潭', '一、总体情况', '正文。', '', '规章\t0\t1', '规范性文件\t3\t4', '', '完'])).toEqual([
      '首页',
      '\t政务公开',
      '\t\t走进平潭',
      '一、总体情况',
      '正文。',
      '',
      { layout: 'tab', line: 7, cells: [['规章', '0', '1'], ['规范性文件', '3', '4']] },
      '',
      '完',
    ]);
  });
  it('more rows than one-cell lines make a tab table (blank lines skipped); as many or fewer, a per-line one', () => {
    expect(read(['规章\t0\t1', '\t2', '', '规范性文件\t3\t4'])).toEqual([{ layout: 'tab', line: 1, cells: [['规章', '0', '1'], ['', '2'], ['规范性文件', '3', '4']] }]);
    expect(read(['规章\t0', '\t2', '\t3', '规范性文件\t3\t4'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0', '2', '3', '规范性文件', '3', '4']] }]);
  });
  it('blank lines after a tab table are text', () => {
    expect(read(['\t规章', '\t0', '', '', '正文'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0']] }, '', '', '正文']);
  });
  it('pipe: a blank line inside is skipped, one after is text, and several cells may share a line', () => {
    expect(read(['规章 |', '0 |', '', '1 |', '', '正文'])).toEqual([{ layout: 'pipe', line: 1, cells: [['规章', '0', '1']] }, '', '正文']);
    expect(read(['规章 |  ', '0|1 |', '', '', '2 |'])).toEqual([{ layout: 'pipe', line: 1, cells: [['规章', '0', '1']] }, '', '', { layout: 'pipe', line: 5, cells: [['2']] }]);
    expect(read(['规章 |', '0 |', '5', '正文'])).toEqual([{ layout: 'pipe', line: 1, cells: [['规章', '0', '5']] }, '正文']);
  });
});

describe('withTextTables', () => {
  const read = (texts: string[]) =>
    withTextTables(lines(texts)).map((b) => (b.kind === 'text' ? b.text : { layout: b.layout, cells: b.rows.map((r) => r.cells.map((c) => c.text)) }));
  it('表四’s header set out in columns, its words broken by narrow columns, keeps the table open for its data row', () => {
    const zeros = Array<string>(15).fill('0');
    const text = ['规章 0 0 0', '行政规范性文件 1 0 9', '行政许可 236', '四、政府信息公开行政复议、行政诉讼情况', '行政复议      行政诉讼', '结果维持   结果   其他   尚未   总计   未经复议直接起诉   复议后起诉', '       纠正   结果   审结', zeros.join('    ')];
    const last = read(text).at(-1) as { layout: string; cells: string[][] };
    expect([last.layout, last.cells[0], last.cells.at(-2), last.cells.at(-1)]).toEqual(['merged', ['行政复议', '行政诉讼'], [], zeros]);
    // words that are not all 表四's, or none its own (结果 其他 总计 are every table's), keep nothing open: the data row stays text
    expect(read([...text.slice(0, 6), '结果 纠正 备注', zeros.join(' ')]).at(-1)).toBe(zeros.join(' '));
    expect(read([...text.slice(0, 4), '结果   其他   总计', zeros.join(' ')]).at(-1)).toBe(zeros.join(' '));
  });
  it('表四’s header words broken mid-word over lines (pdfplumber: 结果维 结果纠 … / 持 正 果 结): pieces go on with the open table', () => {
    const zeros = Array<string>(15).fill('0').join(' ');
    const head = ['规章 0 0 0', '行政规范性文件 1 0 9', '行政许可 236', '四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果维 结果纠 其他结 尚未审'];
    const last = (tail: string[]) => read([...head, ...tail]).at(-1);
    expect(last(['持 正 果 结 总计 总计', '维持', zeros])).toMatchObject({ layout: 'merged' });
    expect((last(['持 正 果 结 总计 总计', '维持', zeros]) as { cells: string[][] }).cells.at(-1)).toEqual(zeros.split(' '));
    // a word whole alone goes on with the header begun (总计 is 表三's column too, but here 表四's labels opened it);
    // a word no header holds ends the table: the data row stays text
    expect((last(['总计', zeros]) as { cells: string[][] }).cells.at(-1)).toEqual(zeros.split(' '));
    expect(last(['持 正 备注', zeros])).toBe(zeros);
    // nor a line of pieces that ends in numbers (its numbers would be lost)
    expect(last(['持 正 果 结 总计 总计', '维持 2', zeros])).toBe(zeros);
    // pieces alone never open a table
    expect(read([...head.slice(0, 3), '正文。', '持 正 果 结', zeros]).at(-1)).toBe(zeros);
  });
  it('reads the text between other blocks, and rows run together after', () => {
    const html: Block = { kind: 'table', layout: 'html', rows: [], size: { rows: 0, cols: 0 }, src: {} };
    const out = withTextTables([...lines(['正文', '\t规章', '\t0']), html, ...lines(['规章007', '规范性文件777', '行政许可396'])]);
    expect(out.map((b) => (b.kind === 'text' ? b.text : b.layout))).toEqual(['正文', 'per-line', 'html', 'merged']);
    expect(out[2]).toBe(html);
  });
});


describe('text layouts: what each line is, and the cells between blank lines', () => {
  /** 规章 0 规范性文件 1 行政许可 2, with n[i] blank lines after the i-th cell. */
  const gapped = (n: number[]) => ['规章', '0', '规范性文件', '1', '行政许可', '2'].flatMap((c, i) => [c, ...Array<string>(n[i] ?? 0).fill('')]);
  const six = ['规章', '0', '规范性文件', '1', '行政许可', '2'];
  it('four gaps in five of a blank line or more mean blank lines separate cells; three in five do not', () => {
    expect(read(gapped([1, 1, 1, 1, 0]))).toEqual([{ layout: 'bare', line: 1, cells: [six] }]);
    expect(read(gapped([1, 1, 1, 0, 0]))).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '', '0', '', '规范性文件', '', '1', '行政许可', '2']] }]);
  });
  it('a line of spaces is a blank line', () => {
    expect(read(['规章', '   ', '0', '   ', '规范性文件', '   ', '1', '   ', '行政许可', '   ', '2'])).toEqual([{ layout: 'bare', line: 1, cells: [six] }]);
    expect(read(['规章\t0\t1', '  ', '规范性文件\t2\t3'])).toEqual([{ layout: 'tab', line: 1, cells: [['规章', '0', '1'], ['规范性文件', '2', '3']] }]);
  });
  it('twenty labels are a blank table though prose before them ends in a number', () => {
    const prose = `本机关${'甲'.repeat(60)}共5`;
    expect(read([prose, ...LABELS])).toEqual([prose, { layout: 'bare', line: 2, cells: [LABELS] }]);
  });
  it('a line with several tabs is a row, a line led by one tab is a cell; a bar inside a line is no pipe cell', () => {
    const t = detectTextTables(lines(['\t规章\t0\t1', '\t规范性文件\t2\t3']))[0] as TableBlock;
    expect([t.layout, t.size, cells(t)]).toEqual(['tab', { rows: 2, cols: 4 }, [['', '规章', '0', '1'], ['', '规范性文件', '2', '3']]]);
    expect(read(['正文 a|b 正文'])).toEqual(['正文 a|b 正文']);
  });
  it('only a cell led by a tab goes on into the plain line after it, and only when a tab line follows or the text ends', () => {
    expect(read(['规章\t0\t1', '续', '规范性文件\t2\t3'])).toEqual([
      { layout: 'tab', line: 1, cells: [['规章', '0', '1']] },
      '续',
      { layout: 'tab', line: 3, cells: [['规范性文件', '2', '3']] },
    ]);
    expect(read(['\t规章', '\t0', '续', '正文'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0续']] }, '正文']);
    expect(read(['\t规章', '\t0', '甲。乙', '\t1'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0甲。乙', '1']] }]);
    expect(read(['\t规章', '\t0', ' 续', '\t1'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '0续', '1']] }]);
  });
  it('a scraper that writes every node on its line leaves a wider separator: the gap most cells keep, one empty cell a separator and a line more', () => {
    expect(read(gapped([6, 6, 6, 6, 6]))).toEqual([{ layout: 'bare', line: 1, cells: [six] }]);
    expect(read(gapped([6, 10, 6, 6, 6]))).toEqual([{ layout: 'bare', line: 1, cells: [six] }]);
    expect(read(gapped([6, 6, 13, 6, 6]))).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '', '1', '行政许可', '2']] }]);
    expect(read(gapped([2, 2, 20, 2, 2]))).toEqual([{ layout: 'bare', line: 1, cells: [['规章', '0', '规范性文件', '', '', '', '', '', '', '1', '行政许可', '2']] }]);
  });
  it('a tab alone between blank lines is where two paragraph cells met (innerText): a separator; among a row’s lines it is an empty cell', () => {
    expect(read(six.flatMap((c) => [c, '', '\t', '']).slice(0, -3))).toEqual([{ layout: 'bare', line: 1, cells: [six] }]);
    expect(read(['\t规章', '\t', '\t0'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章', '', '0']] }]);
  });
  it('several blank lines end one row, not several', () => {
    expect(read(['\t规章', '', '', '\t0'])).toEqual([{ layout: 'per-line', line: 1, cells: [['规章'], ['0']] }]);
  });
});

describe('values set apart by spaces on one line (pdftotext -raw)', () => {
  const texts = (c: ReturnType<typeof spacedValues>) => c.map((x) => x.text);
  const one = (text: string) => texts(spacedValues({ text, src: { line: 7 } }));

  it('a line of values is a cell each, a dash among them a blank cell; each keeps the line', () => {
    expect(one('1 0 0 0 1 0 0 0 0 0 0 0 0 0 0')).toEqual(['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
    expect(one('0 3 — 0 12')).toEqual(['0', '3', '—', '0', '12']);
    expect(spacedValues({ text: '13 0 0', src: { line: 7 } }).map((c) => c.src.line)).toEqual([7, 7, 7]);
  });

  it("a row's label before its values is its own cell, spaces inside the label kept", () => {
    expect(one('一、本年新收政府信息公开申请数量 13 0 0 0 0 0 13')).toEqual(['一、本年新收政府信息公开申请数量', '13', '0', '0', '0', '0', '0', '13']);
    expect(one('2.其他法律行政法规禁止公 开 0 0 0 0 0 0 0')).toEqual(['2.其他法律行政法规禁止公 开', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('one number spaced out (1 0 0) or grouped by thousands (1 234 567) stays one; so do two values, a label with one, dashes alone, text', () => {
    for (const t of ['1 0 0', '1 0', '1 234', '12 345 678', '23 18', '其他事项 78', '其他事项 7 8', '1.本机关不掌握相关政府信 1', '— — —', '0 0 元 0', '本年 新收 申请', '12']) expect([t, one(t)]).toEqual([t, [t]]);
    // three values are cells, as are three after a label, however many digits each has
    expect(one('1 0 0 0')).toEqual(['1', '0', '0', '0']);
    expect(one('10 0 0')).toEqual(['10', '0', '0']);
    expect(one('规章 0 0 0')).toEqual(['规章', '0', '0', '0']);
  });

  it('after a row label of 表二 one value is enough (its first value on its label’s line, the rest a paragraph each)', () => {
    expect(one('行政规范性文件 62')).toEqual(['行政规范性文件', '62']);
    expect(one('行政事业性收费 18651.06')).toEqual(['行政事业性收费', '18651.06']);
    expect(one('行政许可 7 8')).toEqual(['行政许可', '7', '8']);
    // not after a label of 表三 (one of its seven values, which one is not known) nor after words the template lacks
    expect(one('一、本年新收政府信息公开申请数量 2')).toEqual(['一、本年新收政府信息公开申请数量 2']);
  });

  it('in a table a cell a line: 表四 under its header words read as its fifteen counts, not one number', () => {
    // Putian's 2024 report (城市管理局) as pdftotext -raw gives its 表四
    const GROUP = ['结果', '维持', '结果', '纠正', '其他', '结果', '尚未', '审结', '总计'];
    const header = ['行政复议 行政诉讼', ...GROUP, '未经复议直接起诉 复议后起诉', ...GROUP, ...GROUP];
    const [t] = tables(['四、政府信息公开行政复议、行政诉讼情况', ...header, '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0', '五、存在的主要问题及改进情况'].join('\n'));
    expect(t!.layout).toBe('bare');
    expect(cells(t!)[0]!.slice(-16)).toEqual(['总计', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });
});

describe("a printed page's number on its own line", () => {
  it('dashes round a number or 第…页 (with 共…页): dropped; a number alone, a dash alone, a row of values: kept', () => {
    for (const t of ['— 2 —', '- 12 -', '－3－', '—2—', '\f— 7 —', '第 3 页', '第3页 共7页', '第3页，共7页', '第 3 页 / 共 7 页']) expect([t, PAGE_MARK.test(t)]).toEqual([t, true]);
    for (const t of ['2', '—', '0 — 0', '— 2', '第三页', '2/7', '— 12345 —', '共7页']) expect([t, PAGE_MARK.test(t)]).toEqual([t, false]);
  });

  it('between two rows of a table: not read into the row before (its values stay seven)', () => {
    // a 2021 report printed by Chromium, its 表三 crossing pages after 已获取信息's values (pdftotext -raw)
    const text = readFileSync(new URL('../fixtures/pdf-raw/prop-2021-s104-chromium.raw.txt', import.meta.url), 'utf8');
    expect(text).toMatch(/^0 3 6 0 0 0 9\n— 2 —\n\f/m);
    const all = withTextTables(textLines(text)).flatMap((b) => (b.kind === 'table' ? cells(b).flat() : [b.text]));
    expect(all.filter((c) => /— ?\d+ ?—/.test(c))).toEqual([]);
    const at = all.indexOf('已获取信息');
    expect(all.slice(at, at + 9)).toEqual(['已获取信息', '0', '3', '6', '0', '0', '0', '9', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）']);
  });
});

describe('values a paragraph each (pdftotext without -layout)', () => {
  const HEADER = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '结果 结果 其他 尚未 总计', '维持 纠正 结果 审结', '', '行政诉讼', '未经复议直接起诉', '', '复议后起诉', '', '结果 结果 其他 尚未', '结果 结果 其他 尚未', '总计', '总计', '维持 纠正 结果 审结', '维持 纠正 结果 审结'];
  const table = (values: string[], after: string[] = []) => cells(tables([...HEADER, '', ...values.flatMap((v) => [v, '']), ...after, '五、存在的主要问题及改进情况'].join('\n'))[0]!)[0]!;

  it('five values or more, each a blank line from the next: a row, the blank lines around and between them no cells', () => {
    const row = table(Array(15).fill('0'));
    expect(row.slice(-16)).toEqual(['维持 纠正 结果 审结', ...Array(15).fill('0')]);
    // the header's own paragraph breaks are left as they were read
    expect(row.filter((c) => c === '').length).toBe(3);
    // a label after the row: the blank line before it is no cell either
    expect(table(Array(5).fill('0'), ['行政诉讼']).slice(-3)).toEqual(['0', '0', '行政诉讼']);
  });

  it('four are not: their blank lines stay cells', () => {
    expect(table(['0', '1', '0', '1']).slice(-8)).toEqual(['', '0', '', '1', '', '0', '', '1']);
  });
});

describe("a site's menu printed with its page (Putian 2022, pdftotext -layout and plain)", () => {
  const MENU = ['政策', '政府信息', '公开指南', '规章', '行政规范性文件', '市政府文件', '规范性文件', '其他文件', '规范性文件汇编', '年', '2022', '年', '2021', '年', '2020', '年', '2019', '规范性文件清理'];

  it('template words among years and no table header: not a table', () => {
    expect(tables(MENU.join('\n'))).toEqual([]);
  });

  it('a header among them, or a value that is no year, makes it a table as before', () => {
    expect(tables(['信息内容', ...MENU].join('\n'))).toHaveLength(1);
    expect(tables(['本年制发件数', ...MENU].join('\n'))).toHaveLength(1);
    expect(tables([...MENU, '0'].join('\n'))).toHaveLength(1);
    // a piece of 表三 after a page break, no header on its page: still a table
    expect(tables(['1.属于国家秘密', '0', '0', '0', '2.其他法律行政法规禁止公开', '0', '0', '0', '3.危及“三安全一稳定”', '0', '0', '0'].join('\n'))).toHaveLength(1);
  });
});
