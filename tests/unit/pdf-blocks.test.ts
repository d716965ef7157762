/**
 * A PDF's pages as blocks, asked directly on pages made by hand: prose and tables told apart by their lines (a
 * run of two or more tabular lines with a template label and a value), a table that runs over a page break kept
 * as one with its repeated header dropped, page numbers left out, and the text counted (a scan has none).
 */
import { describe, expect, it } from 'vitest';
import { pdfBlocks, type PdfPage, type PdfTextItem } from '../../lib/readers/pdf';
import type { Block } from '../../lib/model';

const item = (str: string, x: number, y: number, size = 10, width = str.length * size): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });
const page = (items: PdfTextItem[], height = 1000): PdfPage => ({ items, width: 600, height });
/** A row at y: its label, then values under the three columns. */
const row = (y: number, label: string, ...values: string[]) => [item(label, 50, y), ...values.map((v, i) => item(v, [300, 400, 520][i]!, y))];
const header = (y: number) => [item('自然人', 300, y), item('法人或其他组织', 400, y), item('总计', 520, y)];
const PROSE = '本机关全年共收到申请二十件，已全部办结。';
const MORE = '以上为本机关情况。此段为正文，说明了很多事情，并且这句话以句号结束。';
/** Each block as [kind, page, line, its text or its rows' texts]. */
const shape = (blocks: Block[]) =>
  blocks.map((b) => [b.kind, b.src.page, b.src.line, b.kind === 'text' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text))]);

describe('pdfBlocks: what a page break cuts', () => {
  /** A line of prose from x 50 to 550 (a character 10 points wide). */
  const prose = (text: string, y: number, x = 50) => item(text, x, y, 10, 550 - x);
  const FIRST = '本机关对照评估发现的问题逐项开展自查整改，举一反';

  it('a paragraph that ends its page mid-sentence at the right edge goes on with the next page’s first line set at its left', () => {
    const p1 = page([prose('上一段到此为止，以句号结束。', 900, 70), prose(FIRST, 880, 70), prose('第二行也写满了一整行文字，没有标点', 860)]);
    const p2 = page([item('三、认真开展自查整改，提高政府信息公开水平。', 50, 960), item('附件：无', 70, 930)]);
    expect(shape(pdfBlocks([p1, p2]).blocks)).toEqual([
      ['text', 1, 1, '上一段到此为止，以句号结束。'],
      ['text', 1, 2, `${FIRST}第二行也写满了一整行文字，没有标点三、认真开展自查整改，提高政府信息公开水平。`],
      ['text', 2, 2, '附件：无'],
    ]);
  });

  it('not when the page ended a sentence, the next begins indented, or something else comes first', () => {
    const ends = page([prose(FIRST, 880, 70), prose('第二行写满了一整行文字，以句号结束。', 860)]);
    const next = page([item('三、认真开展自查整改。', 50, 960)]);
    expect(shape(pdfBlocks([ends, next]).blocks).map((b) => b[3])).toEqual([`${FIRST}第二行写满了一整行文字，以句号结束。`, '三、认真开展自查整改。']);
    const open = page([prose(FIRST, 880, 70), prose('第二行也写满了一整行文字，没有标点', 860)]);
    const indented = page([item('三、认真开展自查整改。', 56.1, 960)]);
    expect(shape(pdfBlocks([open, indented]).blocks)).toHaveLength(2);
    const atLeft = page([item('三、认真开展自查整改。', 56, 960)]);
    expect(shape(pdfBlocks([open, atLeft]).blocks)).toHaveLength(1);
    // a table first on the next page: the paragraph stays as it ended
    const table = page([...header(960), ...row(940, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(920, '二、上年结转政府信息公开申请数量', '1', '0', '1'), item('三、认真开展自查整改。', 50, 880)]);
    expect(shape(pdfBlocks([open, table]).blocks).map((b) => b[0])).toEqual(['text', 'table', 'text']);
    // one line of prose says nothing of its edge
    const one = page([prose(FIRST, 880, 70)]);
    expect(shape(pdfBlocks([one, atLeft]).blocks)).toHaveLength(2);
  });

  it('a table with text past a page’s edge is marked clipped, on the page it starts or one it goes on to', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(820, '二、上年结转政府信息公开申请数量', '1', '0', '1')]);
    const wide = page([...row(940, '（一）予以公开', '5', '1', '6'), item('9', 600, 940, 10, 2)]);
    const within = page([...row(940, '（一）予以公开', '5', '1', '6'), item('9', 590, 940, 10, 11)]);
    const clipped = (pages: ReturnType<typeof page>[]) => pdfBlocks(pages).blocks.map((b) => b.kind === 'table' && !!b.clipped);
    expect(clipped([p1, wide])).toEqual([true]);
    expect(clipped([p1, within])).toEqual([false]);
    // on the page it starts
    expect(clipped([page([...header(960), ...wide.items])])).toEqual([true]);
    expect(clipped([p1])).toEqual([false]);
  });

  it('a row’s label broken by the page: its rest at the top of the next page goes onto it, the page going on as before', () => {
    const p1 = page([item('第二十条第（八）项', 50, 200), item('信息内容', 50, 180), item('本年收费金额（单位：万元）', 300, 180), item('行政事业性收', 50, 160), item('18651.06', 300, 160)]);
    const p2 = page([item('费', 50, 960), item('三、收到和处理政府信息公开申请情况', 50, 930)]);
    const blocks = pdfBlocks([p1, p2]).blocks;
    expect(shape(blocks)).toEqual([
      ['table', 1, 1, [['第二十条第（八）项'], ['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '18651.06']]],
      ['text', 2, 2, '三、收到和处理政府信息公开申请情况'],
    ]);
    // the rest, then the table going on: its rows go on the same table
    const p3 = page([item('费', 50, 960), ...row(930, '一、本年新收政府信息公开申请数量', '12', '3', '15')]);
    expect(shape(pdfBlocks([p1, p3]).blocks).map((b) => b[0])).toEqual(['table']);
  });

  it('a row printed at the foot of a page and again at the top of the next (wkhtmltopdf): read once', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(8, '二、上年结转政府信息公开申请数量', '1', '0', '1')]);
    const again = page([...row(960, '二、上年结转政府信息公开申请数量', '1', '0', '1'), ...row(930, '（一）予以公开', '5', '1', '6')]);
    const rows = (pages: PdfPage[]) => (shape(pdfBlocks(pages).blocks)[0]![3] as string[][]).map((r) => r[0]);
    expect(rows([p1, again])).toEqual(['自然人', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开']);
    // another row, or the same label with other values, is kept
    const other = page([...row(960, '二、上年结转政府信息公开申请数量', '1', '0', '2'), ...row(930, '（一）予以公开', '5', '1', '6')]);
    expect(rows([p1, other])).toEqual(['自然人', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开']);
  });

  it('a row broken between its cells (WeasyPrint): its values at the foot of a page, its label at the top of the next', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...[['1', 300], ['0', 400], ['1', 520]].map(([v, x]) => item(v as string, x as number, 60))]);
    const p2 = page([item('二、上年结转政府', 50, 960), item('信息公开申请数量', 50, 946), ...row(920, '（一）予以公开', '5', '1', '6')]);
    expect(shape(pdfBlocks([p1, p2]).blocks)[0]![3]).toEqual([
      ['自然人', '法人或其他组织', '总计'],
      ['一、本年新收政府信息公开申请数量', '12', '3', '15'],
      ['二、上年结转政府信息公开申请数量', '1', '0', '1'],
      ['（一）予以公开', '5', '1', '6'],
    ]);
  });
});

describe('pdfBlocks', () => {
  it('prose, a table, and a table running over the page break as one, its repeated header and the page numbers dropped', () => {
    const p1 = page([item(PROSE, 50, 900), ...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(820, '二、上年结转政府信息公开申请数量', '1', '0', '1'), item('1', 295, 40)]);
    const p2 = page([...header(960), ...row(940, '（一）予以公开', '5', '1', '6'), item(MORE, 50, 700), item('2', 295, 40)]);
    const { blocks, textChars } = pdfBlocks([p1, p2]);
    expect(shape(blocks)).toEqual([
      ['text', 1, 1, PROSE],
      [
        'table',
        1,
        2,
        [
          ['自然人', '法人或其他组织', '总计'],
          ['一、本年新收政府信息公开申请数量', '12', '3', '15'],
          ['二、上年结转政府信息公开申请数量', '1', '0', '1'],
          ['（一）予以公开', '5', '1', '6'],
        ],
      ],
      ['text', 2, 3, MORE],
    ]);
    const table = blocks[1]!;
    expect(table.kind === 'table' && [table.layout, table.size]).toEqual(['pdf', { rows: 4, cols: 4 }]);
    expect(table.kind === 'table' && table.rows[3]!.cells[1]!.src).toEqual({ page: 2, line: 2, box: [300, 937.5, 310, 949] });
    // every chunk's characters, the repeated header's included, the page numbers' not
    expect(textChars).toBe(PROSE.length + 12 + 21 + 19 + 12 + 10 + MORE.length);
  });

  it('a page that begins with prose starts a new table; so does a table after prose on the same page', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(820, '二、上年结转政府信息公开申请数量', '1', '0', '1')]);
    const p2 = page([item(MORE, 50, 980), ...row(940, '（一）予以公开', '5', '1', '6'), ...row(920, '（二）部分公开', '0', '0', '0')]);
    expect(shape(pdfBlocks([p1, p2]).blocks).map((b) => [b[0], b[1], b[2]])).toEqual([
      ['table', 1, 1],
      ['text', 2, 1],
      ['table', 2, 2],
    ]);
    // prose after the table on its own page closes it: the next page's values are a table only with a label
    const p1b = page([...p1.items, item(MORE, 50, 700)]);
    const p3 = page([item('5', 300, 940), item('1', 400, 940), item('6', 520, 940), item('0', 300, 920)]);
    expect(shape(pdfBlocks([p1b, p3]).blocks).map((b) => b[0])).toEqual(['table', 'text', 'text']);
    // so on the same page: values after a line of prose are prose
    const after = page([...p1.items, item(MORE, 50, 700), item('5', 300, 680), item('1', 400, 680)]);
    expect(shape(pdfBlocks([after]).blocks).map((b) => b[0])).toEqual(['table', 'text', 'text']);
  });

  it('a page that goes on with values adds its rows to the table of the page before, though they carry no label', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(820, '二、上年结转政府信息公开申请数量', '1', '0', '1')]);
    const p2 = page([item('5', 300, 940), item('1', 400, 940), item('6', 520, 940)]);
    const blocks = pdfBlocks([p1, p2]).blocks;
    expect(blocks).toHaveLength(1);
    expect(shape(blocks)[0]![3]).toEqual([
      ['自然人', '法人或其他组织', '总计'],
      ['一、本年新收政府信息公开申请数量', '12', '3', '15'],
      ['二、上年结转政府信息公开申请数量', '1', '0', '1'],
      ['5', '1', '6'],
    ]);
  });

  it('drops the header repeated at the top of the next page only: the same header lower down stays', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(820, '二、上年结转政府信息公开申请数量', '1', '0', '1')]);
    const p2 = page([...row(940, '（一）予以公开', '5', '1', '6'), ...header(920), ...row(900, '（二）部分公开', '0', '0', '0')]);
    expect(shape(pdfBlocks([p1, p2]).blocks)[0]![3]).toEqual([
      ['自然人', '法人或其他组织', '总计'],
      ['一、本年新收政府信息公开申请数量', '12', '3', '15'],
      ['二、上年结转政府信息公开申请数量', '1', '0', '1'],
      ['（一）予以公开', '5', '1', '6'],
      ['自然人', '法人或其他组织', '总计'],
      ['（二）部分公开', '0', '0', '0'],
    ]);
  });

  it('lines in columns without a template label, or without a value, or a single one, are prose', () => {
    const noLabel = page([item('甲', 50, 900), item('12', 300, 900), item('乙', 50, 880), item('3', 300, 880)]);
    expect(shape(pdfBlocks([noLabel]).blocks)).toEqual([['text', 1, 1, '甲12乙3']]);
    const noValue = page([...header(900), item('一、本年新收政府信息公开申请数量', 50, 880), item('甲乙', 300, 880)]);
    expect(pdfBlocks([noValue]).blocks.every((b) => b.kind === 'text')).toBe(true);
    const single = page([item(PROSE, 50, 920), ...row(900, '一、本年新收政府信息公开申请数量', '12', '3', '15'), item(MORE, 50, 880)]);
    expect(shape(pdfBlocks([single]).blocks)).toEqual([
      ['text', 1, 1, PROSE],
      ['text', 1, 2, `一、本年新收政府信息公开申请数量12 3 15${MORE}`],
    ]);
  });

  it('a table’s header at the foot of a page whose values start the next: one table; no values next, prose', () => {
    const appeals = (y: number) => [item('行政复议', 300, y), item('行政诉讼', 450, y)];
    const results = (y: number) => [item('结果维持', 300, y), item('结果纠正', 400, y), item('总计', 520, y)];
    const values = (y: number) => ['0', '1', '1'].map((v, i) => item(v, [300, 400, 520][i]!, y));
    const cut = page([item(PROSE, 50, 900), item('四、政府信息公开行政复议、行政诉讼情况', 50, 120), ...appeals(100), ...results(80)]);
    const next = page([...values(960), item(MORE, 50, 900)]);
    expect(shape(pdfBlocks([cut, next]).blocks)).toEqual([
      ['text', 1, 1, PROSE],
      ['text', 1, 2, '四、政府信息公开行政复议、行政诉讼情况'],
      ['table', 1, 3, [['行政复议', '行政诉讼'], ['结果维持', '结果纠正', '总计'], ['0', '1', '1']]],
      ['text', 2, 2, MORE],
    ]);
    // the next page starts with prose: the header stays prose, as any run of labels without a value
    const prose = pdfBlocks([cut, page([item(MORE, 50, 960), ...values(900)])]).blocks;
    expect(prose.filter((b) => b.kind === 'table')).toEqual([]);
    // nor is a run of labels in the page's middle a table because the next page has values
    const middle = page([...appeals(500), ...results(480), item(MORE, 50, 300)]);
    expect(pdfBlocks([middle, next]).blocks.filter((b) => b.kind === 'table')).toEqual([]);
  });

  it('a page of rows printed with their labels alone (cells left blank) goes on with the table of the page before', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), ...row(820, '二、上年结转政府信息公开申请数量', '1', '0', '1')]);
    const p2 = page([item('（二）部分公开', 50, 960), item('1.属于国家秘密', 50, 940), item('2.其他法律行政法规禁止公开', 50, 920)]);
    const p3 = page([...row(960, '（七）总计', '13', '3', '16'), item(MORE, 50, 700)]);
    expect(shape(pdfBlocks([p1, p2, p3]).blocks)).toEqual([
      [
        'table',
        1,
        1,
        [
          ['自然人', '法人或其他组织', '总计'],
          ['一、本年新收政府信息公开申请数量', '12', '3', '15'],
          ['二、上年结转政府信息公开申请数量', '1', '0', '1'],
          ['（二）部分公开', '', '', ''],
          ['1.属于国家秘密', '', '', ''],
          ['2.其他法律行政法规禁止公开', '', '', ''],
          ['（七）总计', '13', '3', '16'],
        ],
      ],
      ['text', 3, 2, MORE],
    ]);
    // after prose, such lines open no table
    const after = page([item(MORE, 50, 980), item('（二）部分公开', 50, 960), item('1.属于国家秘密', 50, 940)]);
    expect(shape(pdfBlocks([p1, after]).blocks).map((b) => [b[0], b[1]])).toEqual([['table', 1], ['text', 2], ['text', 2]]);
  });

  it('a value alone on its line between the two lines of its row’s label is no page number', () => {
    const p1 = page([...header(860), ...row(840, '一、本年新收政府信息公开申请数量', '12', '3', '15'), item('行政事业性收', 50, 820), item('7', 400, 812), item('费', 60, 804), item(MORE, 50, 700)]);
    expect(shape(pdfBlocks([p1]).blocks)[0]![3]).toEqual([
      ['自然人', '法人或其他组织', '总计'],
      ['一、本年新收政府信息公开申请数量', '12', '3', '15'],
      // under 自然人 and 总计, the header's column labels (法人或其他组织 heads others)
      ['行政事业性收费', '7', ''],
    ]);
  });

  it('表四 with its header’s labels run together into one long chunk is a table', () => {
    const labels = '结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
    const p = page([
      item('行政复议', 100, 900),
      item('行政诉讼', 380, 900),
      item(labels, 215, 880, 10, 360),
      ...['0', '6', '0', '0', '6'].map((v, i) => item(v, 50 + 40 * i, 860)),
    ]);
    expect(shape(pdfBlocks([p]).blocks)).toEqual([['table', 1, 1, [['行政复议', '行政诉讼'], [labels], ['0', '6', '0', '0', '6']]]]);
  });

  it('a page with no text gives no blocks and no characters', () => {
    expect(pdfBlocks([page([]), page([item(' ', 50, 900)])])).toEqual({ blocks: [], textChars: 0 });
  });
});

describe('pdfBlocks: the text’s summary of 表三 wrapped so that a line starts with a share (real: 上海市 2020 through Writer)', () => {
  // the lines as pdf.js gives them: Latin digits and CJK in runs of their own
  const lines = (second: string) =>
    page([
      item('顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开11796件，占', 57, 779.9, 12, 480),
      item('41.53%；不予公开1095件，占3.85%', 57, 760.1, 12, 210),
      item('；因本机关不掌握等原因无法提供11583件，占', 278, 760.1, 12, 260),
      item(second, 57, 740.3, 12, 40),
      item('；因重复申请等原因不予处理1027件，占3.62%', 110, 740.3, 12, 260),
      item('；其他处理2905件，占', 382, 740.3, 12, 150),
      item('10.23%。', 57, 720.5, 12, 50),
    ]);

  it('is prose: a share is no item’s label (40.78 % read as 40.), nor are words with a clause’s stop or a count in 件', () => {
    const blocks = pdfBlocks([lines('40.78 %')]).blocks;
    expect(blocks.every((b) => b.kind === 'text')).toBe(true);
    expect(blocks.map((b) => (b.kind === 'text' ? b.text : '')).join('')).toContain('其他处理2905件');
  });

  it('a line that does print a row’s label with its values is still read as a table', () => {
    const p = page([...header(900), ...row(880, '（六）其他处理', '2578', '276', '2905'), ...row(860, '（七）总计', '26312', '1700', '28406')]);
    expect(pdfBlocks([p]).blocks.some((b) => b.kind === 'table')).toBe(true);
  });
});
