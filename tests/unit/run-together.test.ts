/**
 * Lines whose cells ran together (lib/grid/run-together runTogetherTables): the template's rows, each a label
 * and its digits, read as a `merged` table; everything else left as it was. Each case at its edge.
 */
import { describe, expect, it } from 'vitest';
import { halfWidth, runTogetherTables, splitLabels } from '../../lib/grid/run-together';
import type { Block } from '../../lib/model';
import { textLines } from '../../lib/text/lines';

const blocks = (texts: string[]): Block[] => textLines(texts.join('\n'));
/** Text blocks as their text; tables as their rows' cells, with the line they start on. */
const read = (texts: string[]) =>
  runTogetherTables(blocks(texts)).map((b) => (b.kind === 'text' ? b.text : { line: b.src.line, size: b.size, layout: b.layout, rows: b.rows.map((r) => r.cells.map((c) => c.text)) }));
const merged = (line: number, rows: string[][]) => ({ line, layout: 'merged', size: { rows: rows.length, cols: Math.max(...rows.map((r) => r.length)) }, rows });

describe('runTogetherTables', () => {
  it('reads three rows of a label and its digits run together as a table, and leaves the prose around it', () => {
    expect(read(['一、总体情况', '规章007', '规范性文件7777166', '行政许可396442278', '正文。'])).toEqual([
      '一、总体情况',
      merged(2, [['规章', '007'], ['规范性文件', '7777166'], ['行政许可', '396442278']]),
      '正文。',
    ]);
  });
  it('needs three such rows: two are left as text', () => {
    expect(read(['规章007', '规范性文件7777166'])).toEqual(['规章007', '规范性文件7777166']);
  });
  it('a row counts with two runs or more, or one run of two digits or more; one digit alone does not', () => {
    expect(read(['规章0 0 7', '规范性文件7 7 7', '行政许可3 9 6'])).toEqual([merged(1, [['规章', '0', '0', '7'], ['规范性文件', '7', '7', '7'], ['行政许可', '3', '9', '6']])]);
    expect(read(['规章 0', '规范性文件 7', '行政许可 3'])).toEqual(['规章 0', '规范性文件 7', '行政许可 3']);
    expect(read(['规章 0', '规范性文件 7', '行政许可 3', '行政处罚 12', '行政强制 1 2', '行政事业性收费 34'])).toEqual([
      merged(1, [['规章', '0'], ['规范性文件', '7'], ['行政许可', '3'], ['行政处罚', '12'], ['行政强制', '1', '2'], ['行政事业性收费', '34']]),
    ]);
  });
  it('reads full-width digits as digits, and drops a unit of money after the digits', () => {
    expect(read(['规章００７', '规范性文件７７７', '行政许可３９６', '行政处罚12万元'])).toEqual([
      merged(1, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396'], ['行政处罚', '12']]),
    ]);
    expect(halfWidth('１２．５－３')).toBe('12.5-3');
  });
  it('joined header words are cut into labels; a bare run of five digits or more under them is the table’s row, a shorter one is not', () => {
    expect(read(['自然人法人或其他组织总计', '一、本年新收政府信息公开申请数量200 000121', '（一）予以公开6000017', '（七）总计20 0 00 0 121', '行政复议行政诉讼', '000000000000000', '00', '正文'])).toEqual([
      merged(1, [
        ['自然人', '法人或其他组织', '总计'],
        ['一、本年新收政府信息公开申请数量', '200', '000121'],
        ['（一）予以公开', '6000017'],
        ['（七）总计', '20', '0', '00', '0', '121'],
        ['行政复议', '行政诉讼'],
        ['000000000000000'],
      ]),
      '00',
      '正文',
    ]);
    expect(read(['规章007', '规范性文件777', '行政许可396', '1234'])).toEqual([merged(1, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']]), '1234']);
    expect(read(['规章007', '规范性文件777', '行政许可396', '12345'])).toEqual([merged(1, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396'], ['12345']])]);
  });
  it('a bare run of digits with no table before it is text', () => {
    expect(read(['12345', '规章007', '规范性文件777', '行政许可396'])).toEqual(['12345', merged(2, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']])]);
  });
  it('a date, a sentence, a section heading, a blank line or a line of no label ends the table', () => {
    expect(read(['2020年12月31日', '规章007', '规范性文件777', '行政许可396', '本机关1 2 3'])).toEqual([
      '2020年12月31日',
      merged(2, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']]),
      '本机关1 2 3',
    ]);
    expect(read(['规章007', '三、收到和处理政府信息公开申请情况', '规范性文件777', '行政许可396', '行政处罚5'])).toEqual([
      merged(1, [['规章', '007']]),
      '三、收到和处理政府信息公开申请情况',
      merged(3, [['规范性文件', '777'], ['行政许可', '396'], ['行政处罚', '5']]),
    ]);
    expect(read(['规章007', '规范性文件777', '行政许可396。'])).toEqual(['规章007', '规范性文件777', '行政许可396。']);
    expect(read(['规章007', '', '规范性文件777', '行政许可396'])).toEqual([merged(1, [['规章', '007']]), '', merged(3, [['规范性文件', '777'], ['行政许可', '396']])]);
  });
  it('a header line joins the table it heads; labels with no digits at all stay text', () => {
    expect(read(['信息内容', '规章007', '规范性文件777', '行政许可396'])).toEqual([merged(1, [['信息内容'], ['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']])]);
    expect(read(['信息内容', '正文。', '规章007', '规范性文件777', '行政许可396'])).toEqual(['信息内容', '正文。', merged(3, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']])]);
  });
  it('labels kept apart by spaces read as one label', () => {
    expect(read(['自 然 人 法人或其他组织', '规章007', '规范性文件777', '行政许可396'])).toEqual([
      merged(1, [['自然人', '法人或其他组织'], ['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']]),
    ]);
  });
  it('a line over 200 characters is no row; one of 200 is', () => {
    const long = `规章${'0'.repeat(199)}`;
    expect(read([long, '规章007', '规范性文件777', '行政许可396'])).toEqual([long, merged(2, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']])]);
    const at = `规章${'0'.repeat(198)}`;
    expect(read([at, '规范性文件777', '行政许可396'])).toEqual([merged(1, [['规章', '0'.repeat(198)], ['规范性文件', '777'], ['行政许可', '396']])]);
  });
  it('a word that belongs to no one table (总计, 其他) is a row only with another label beside it', () => {
    const three = ['规章007', '规范性文件777', '行政许可396'];
    const table = merged(1, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']]);
    expect(read([...three, '总计12'])).toEqual([table, '总计12']);
    expect(read([...three, '其他总计12'])).toEqual([merged(1, [...table.rows, ['其他', '总计', '12']])]);
  });
  it('总计 alone on its line inside 表四’s header goes on with the header; before it, or after a row of digits, it does not', () => {
    const three = ['四、结转下年度继续办理 0 0 0 0 0 0 0', '规范性文件777', '行政许可396'];
    const head = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果 其他 尚未', '结果', '总计', '维持 结果 结果 其他 尚未', '纠正 结果 审结'];
    const counts = '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0';
    const out = read([...three, '四、政府信息公开行政复议、行政诉讼情况', ...head, counts]);
    expect(out.slice(1)).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      merged(5, [['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉'], [], [], [], [], [], counts.split(' ')]),
    ]);
    // before 表四's header begins, 总计 alone is text, and the header starts after it
    expect(read([...three, '正文。', '总计', ...head.slice(0, 2), counts]).slice(1)).toEqual(['正文。', '总计', merged(6, [['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉'], counts.split(' ')])]);
  });
  it('blank lines inside 表四’s header, before its data row, do not end it; they follow the table', () => {
    const three = ['四、结转下年度继续办理 0 0 0 0 0 0 0', '规范性文件777', '行政许可396'];
    const counts = '0 0 0 1 1 0 0 0 0 0 0 0 0 0 0';
    // pdftotext -layout: the header's lines set apart by blank ones, the row after another
    const out = read([...three, '四、政府信息公开行政复议、行政诉讼情况', '', '行政复议 行政诉讼', '', '未经复议直接起诉 复议后起诉', '结果 其他 尚未', '', counts, '', '五、存在的主要问题及改进情况']);
    expect(out.slice(1)).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      '',
      merged(6, [['行政复议', '行政诉讼'], ['未经复议直接起诉', '复议后起诉'], [], counts.split(' ')]),
      '',
      '',
      '',
      '五、存在的主要问题及改进情况',
    ]);
    // not before 表四's header has begun, nor after its row: a blank line ends the table as before
    expect(read([...three, '', '规章007']).map((b) => (typeof b === 'string' ? b : 'table'))).toEqual(['table', '', 'table']);
    expect(read([...three, '行政复议 行政诉讼', counts, '', '1 2 3 4 5 6']).slice(-2)).toEqual(['', '1 2 3 4 5 6']);
  });
  it('a sign is no digit: runs of one digit with a minus do not make rows', () => {
    expect(read(['规章 -1', '规范性文件 -2', '行政许可 -3'])).toEqual(['规章 -1', '规范性文件 -2', '行政许可 -3']);
  });
  it('a bare line of short runs (1 2) under a table is not its row', () => {
    expect(read(['规章007', '规范性文件777', '行政许可396', '1 2'])).toEqual([merged(1, [['规章', '007'], ['规范性文件', '777'], ['行政许可', '396']]), '1 2']);
  });
  it('other blocks pass through and end the table', () => {
    const table: Block = { kind: 'table', layout: 'html', rows: [], size: { rows: 0, cols: 0 }, src: { line: 9 } };
    const out = runTogetherTables([...blocks(['规章007', '规范性文件777', '行政许可396']), table]);
    expect(out).toHaveLength(2);
    expect(out[1]).toBe(table);
  });
});

describe('splitLabels at its edges', () => {
  it('text longer than 160 characters is not cut into labels', () => {
    const long = '自然人'.repeat(54);
    expect(splitLabels(long)).toEqual([long]);
    expect(splitLabels('自然人'.repeat(53))).toHaveLength(53);
    // 160 characters exactly are still cut
    expect(splitLabels(`${'自然人'.repeat(52)}商业企业`)).toHaveLength(53);
  });
  it('spaces around an ordinal are trimmed, and a part that is only space is dropped', () => {
    expect(splitLabels('三、本年度办理结果 (一)予以公开')).toEqual(['三、本年度办理结果', '(一)予以公开']);
    expect(splitLabels('  (一)予以公开')).toEqual(['(一)予以公开']);
  });
});

describe('runTogetherTables: loose lines between rows (a label’s note or the rest of a wrapped label, pdftotext -raw)', () => {
  const ROWS = ['一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2', '二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1', '（一）予以公开 3 0 0 0 0 0 3'];
  const row = (t: string) => { const [label, ...v] = t.split(' '); return [label!, ...v]; };

  it('between two rows with digits: in the table, naming nothing (an empty row)', () => {
    const got = read([...ROWS, '（区分处理的，只计这一情形，不计其他情形）', '1.属于国家秘密', '获取信', '（七）总计 3 0 0 0 0 0 3']);
    expect(got).toEqual([merged(1, [...ROWS.map(row), [], ['1.属于国家秘密'], [], row('（七）总计 3 0 0 0 0 0 3')])]);
  });

  it('after the last row with digits: it and what follows are text', () => {
    expect(read([...ROWS, '获取信', '（六）其他处理', '龙门街道'])).toEqual([merged(1, ROWS.map(row)), '获取信', '（六）其他处理', '龙门街道']);
  });

  it('before any row with digits (a header’s words), or with a digit, a space or over thirty characters: it ends the table', () => {
    expect(read(['获取信', ...ROWS])).toEqual(['获取信', merged(2, ROWS.map(row))]);
    expect(read(['申请人情况', '获取信', ...ROWS])).toEqual(['申请人情况', '获取信', merged(3, ROWS.map(row))]);
    for (const t of ['科研机 社会公', '第3页', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一']) {
      expect([t, read([...ROWS, t, '（七）总计 3 0 0 0 0 0 3'])]).toEqual([t, [merged(1, ROWS.map(row)), t, merged(5, [row('（七）总计 3 0 0 0 0 0 3')])]]);
    }
    expect(read([...ROWS, '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十', '（七）总计 3 0 0 0 0 0 3'])[0]).toEqual(merged(1, [...ROWS.map(row), [], row('（七）总计 3 0 0 0 0 0 3')]));
  });
});

describe('runTogetherTables: a row’s label on its own line, its values alone on the next (a PDF’s text in drawing order)', () => {
  const ROWS = ['一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2', '二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1', '（二）部分公开 0 0 0 0 0 0 0'];
  const row = (t: string) => t.split(' ');

  it('one row (pdftotext -raw of a LibreOffice PDF: 行政规范性文件 / 77 132 470; real: 平潭综合实验区 2023)', () => {
    expect(read(['规章 0 0 0', '行政规范性文件', '77 132 470', '行政许可 3 9 6', '行政处罚 1 2'])).toEqual([
      merged(1, [['规章', '0', '0', '0'], ['行政规范性文件', '77', '132', '470'], ['行政许可', '3', '9', '6'], ['行政处罚', '1', '2']]),
    ]);
    expect(read([...ROWS, '（一）予以公开', '3 0 0 0 0 0 3'])).toEqual([merged(1, [...ROWS.map(row), row('（一）予以公开 3 0 0 0 0 0 3')])]);
  });

  it('not where the label goes on under the values (wrapped around them, pdftotext -layout), in the table or after it', () => {
    expect(read([...ROWS, '（一）予以公开', '3 0 0 0 0 0 3', '区分处理', '（七）总计 3 0 0 0 0 0 3'])).toEqual([
      merged(1, [...ROWS.map(row), ['（一）予以公开'], row('3 0 0 0 0 0 3'), [], row('（七）总计 3 0 0 0 0 0 3')]),
    ]);
    expect(read([...ROWS, '1.申请人无正当理由逾期不补正、行', '0 0 2 7 0 2 9', '政机关不再处理其'])).toEqual([
      merged(1, [...ROWS.map(row), ['1.申请人无正当理由逾期不补正、行'], row('0 0 2 7 0 2 9')]),
      '政机关不再处理其',
    ]);
  });

  it('not after a header’s words or a heading: only a label that names a row takes the values under it', () => {
    expect(read([...ROWS, '行政复议 行政诉讼', '0 0 6 0 6 0 0 0 1 1 5 5 1 1 12'])).toEqual([
      merged(1, [...ROWS.map(row), ['行政复议', '行政诉讼'], row('0 0 6 0 6 0 0 0 1 1 5 5 1 1 12')]),
    ]);
  });
});

describe('runTogetherTables: a count’s unit between two numbers', () => {
  it('ends a cell (政府集中采购1个246900元; real: 平潭综合实验区旅游与文化体育局 2019)', () => {
    expect(read(['规章 0 0 0', '规范性文件 0 0 0', '行政许可 2 1 5', '政府集中采购1个246900元'])).toEqual([
      merged(1, [['规章', '0', '0', '0'], ['规范性文件', '0', '0', '0'], ['行政许可', '2', '1', '5'], ['政府集中采购', '1', '246900']]),
    ]);
    // 笔, with a space after it (real: 平潭综合实验区财政金融局 2020)
    expect(read(['规章 0 0 0', '规范性文件 0 0 0', '行政许可 2 1 5', '政府集中采购 2笔 984361元']).at(-1)).toEqual(
      merged(1, [['规章', '0', '0', '0'], ['规范性文件', '0', '0', '0'], ['行政许可', '2', '1', '5'], ['政府集中采购', '2', '984361']]),
    );
    // a unit not between two numbers stays: 1个 alone at the end is no run of cells
    expect(read(['规章 0 0 0', '规范性文件 0 0 0', '行政许可 2 1 5', '政府集中采购1个']).at(-1)).toBe('政府集中采购1个');
  });
});

describe('runTogetherTables: 本年增/减’s sign inside a row’s digits', () => {
  it('+ and 增/减 between digits are the sign of the next number (0+11, 16减12; real: 平潭综合实验区 管委会办公室 and 农业农村局 2019)', () => {
    expect(read(['规章000', '行政许可0+11', '行政事业性收费16减12', '行政处罚000'])).toEqual([
      merged(1, [['规章', '000'], ['行政许可', '0+11'], ['行政事业性收费', '16-12'], ['行政处罚', '000']]),
    ]);
  });
});
describe('a row’s label wrapped around its values (pdftotext -layout of a WPS PDF, 淮安市人民政府 2024)', () => {
  const rows = ['（七）总计  2932  53  0  0  61  4  3050', '四、结转下年度继续办理  103  0  0  0  0  0  103'];
  const other1 = ['               1、申请人无正当理由逾期不补', '', '               正、行政机关不再处理其政府信           67        3        0         0        1         0    71', '               息公开申请'];
  const label = '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';

  it('the label’s first line, a blank line, the line of values whose words name nothing, and the rest under it: one row', () => {
    const out = read([...other1, ...rows]);
    expect(out).toEqual([merged(3, [[label, '67', '3', '0', '0', '1', '0', '71'], ['（七）总计', '2932', '53', '0', '0', '61', '4', '3050'], ['四、结转下年度继续办理', '103', '0', '0', '0', '0', '0', '103']])]);
  });

  it('the rest under the values only where the label still names the row; the first line at most two blank lines up', () => {
    const [first, , values] = other1 as [string, string, string, string];
    // 总计 under it would make no label: left where it stands
    const noRest = read([first, values, '（七）总计  2932  53  0  0  61  4  3050', rows[1]!]);
    expect((noRest[0] as { rows: string[][] }).rows[0]![0]).toBe('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信');
    // three blank lines: the first line is not the label's
    expect(read([first, '', '', '', values, ...rows])[0]).toBe(first);
    // words under it that make the label another row's: not its rest
    const other = read([first, values, '信访举报投诉类申请', ...rows]);
    expect((other[0] as { rows: string[][] }).rows[0]![0]).toBe('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信');
    // values in full-width digits
    expect((read([first, '正、行政机关不再处理其政府信  ６７  ３  ０  ０  １  ０  ７１', other1[3]!, ...rows])[0] as { rows: string[][] }).rows[0]).toEqual([label, '67', '3', '0', '0', '1', '0', '71']);
  });

  it('not a line whose words are a label of their own, nor one whose first line holds a value, nor words joined that name nothing', () => {
    // the first line and its row: a string where it is text, its first row's cells where it begins a table
    const first = (lines: string[]) => {
      const b = read(lines)[0]!;
      return typeof b === 'string' ? b : b.rows[0];
    };
    expect(first(['1、申请人无正当理由逾期不补', '（七）总计  2932  53  0  0  61  4  3050', rows[1]!, rows[0]!])).toEqual(['1、申请人无正当理由逾期不补']);
    expect(first(['一、本年新收政府信息公开申 ２  ０ ０', '      请数量          0   0    0                    1', ...rows])).toEqual(['一、本年新收政府信息公开申', '2', '0', '0']);
    expect(first(['本年度我局', '正、行政机关不再处理其政府信  67  3  0  0  1  0  71', ...rows])).toBe('本年度我局');
  });

  it('a line of prose ending in a number is no row: a sentence’s stop inside its words', () => {
    const prose = '复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。政府信息公开行政复议 351';
    expect(read([prose, ...rows, '（六）其他处理  0  0  0  0  0  0  0'])[0]).toBe(prose);
  });
});
