/**
 * A PDF page's text items as lines and chunks, asked directly: which items count, the size each is read at, the
 * baseline and gap thresholds at their edges, a unit printed apart, what a table line is, page numbers, running heads
 * and feet, and where prose starts a paragraph. (pdf-baselines.test.ts holds two rows' baselines; the PDF corpora
 * hold whole files.)
 */
import { describe, expect, it } from 'vitest';
import {
  PAGE_NUMBER,
  PRINT_MARK,
  atEdge,
  isPageNoise,
  joinText,
  numberPieces,
  openEnd,
  pageLines,
  paragraphs,
  runningKey,
  runningLines,
  tabular,
  tidy,
  type Line,
  type PdfPage,
  type PdfTextItem,
} from '../../lib/readers/pdf-lines';

const item = (str: string, x: number, y: number, size = 10, width = str.length * size): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });
const page = (items: PdfTextItem[], height = 1000): PdfPage => ({ items, width: 600, height });
const texts = (p: PdfPage) => pageLines(p).map((l) => l.chunks.map((c) => c.text));
/** A line made by hand: chunks as [text, x0, x1]. */
const line = (n: number, y: number, chunks: [string, number, number][], size = 10): Line => ({
  y,
  size,
  n,
  chunks: chunks.map(([text, x0, x1]) => ({ text, x0, x1, y, size, line: n })),
});

describe('numbers a space apart in one item (cells set close in a narrow table)', () => {
  it('are a chunk each, placed by their characters’ share of the item; a group of thousands is not parted', () => {
    const [l] = pageLines(page([item('14 86', 490, 500, 10, 50)]));
    expect(l!.chunks.map((c) => [c.text, c.x0, c.x1])).toEqual([['14', 490, 510], ['86', 520, 540]]);
    expect(texts(page([item('2 413 593', 10, 500, 10, 90)]))).toEqual([['2 413 593']]);
    expect(texts(page([item('9 10 21', 10, 500, 10, 70)]))).toEqual([['9', '10', '21']]);
    expect(texts(page([item('123 456', 10, 500, 10, 70)]))).toEqual([['123 456']]);
    // one pair that may be a number's groups keeps the whole chunk for the table's columns to part (onGrid)
    expect(texts(page([item('14 86 123', 10, 500, 10, 90)]))).toEqual([['14 86 123']]);
    expect(texts(page([item('共 14 86', 10, 500, 10, 70)]))).toEqual([['共14 86']]);
  });

  it('numberPieces: each number of such a chunk, null for any other', () => {
    const chunk = (text: string) => ({ text, x0: 100, x1: 100 + 10 * text.length, y: 500, size: 10, line: 1 });
    expect(numberPieces(chunk('17 246'))!.map((c) => [c.text, c.x0, c.x1])).toEqual([['17', 100, 120], ['246', 130, 160]]);
    expect(numberPieces(chunk('17'))).toBeNull();
    expect(numberPieces(chunk('17 元'))).toBeNull();
  });
});

describe('numbers their narrow cells wrapped (12 printed 1 / 2)', () => {
  const row = (y: number) => [item('0', 100, y, 12, 7), item('6', 130, y, 12, 7), item('1', 160, y, 12, 7)];
  it('a line of digits right under numbers, fewer than the line’s values, is added to them', () => {
    const lines = pageLines(page([...row(548.5), item('2', 157, 534.5, 12, 7)]));
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['0', '6', '12']]);
    expect(lines[0]!.chunks[2]).toMatchObject({ x0: 157, x1: 167 });
  });
  it('not a line 1.2 lines down or more, as many values, a word, or digits under no number', () => {
    expect(texts(page([...row(548.5), item('2', 157, 534, 12, 7)]))).toEqual([['0', '6', '1'], ['2']]);
    expect(texts(page([...row(548.5), item('2', 97, 534.5, 12, 7), item('3', 127, 534.5, 12, 7), item('4', 157, 534.5, 12, 7)]))).toEqual([
      ['0', '6', '1'],
      ['2', '3', '4'],
    ]);
    expect(texts(page([...row(548.5), item('件', 157, 534.5, 12, 12)]))).toEqual([['0', '6', '1'], ['件']]);
    expect(texts(page([...row(548.5), item('2', 145, 534.5, 12, 7)]))).toEqual([['0', '6', '1'], ['2']]);
    expect(texts(page([item('甲', 100, 548.5, 12, 12), item('1', 160, 548.5, 12, 7), item('2', 157, 534.5, 12, 7)]))).toEqual([['甲', '1'], ['2']]);
    // under a value that is no number (—)
    expect(texts(page([item('0', 100, 548.5, 12, 7), item('6', 130, 548.5, 12, 7), item('—', 160, 548.5, 12, 7), item('2', 157, 534.5, 12, 7)]))).toEqual([['0', '6', '—'], ['2']]);
  });
});

describe('pageLines', () => {
  it('leaves out items with no text, only spaces, or no full transform', () => {
    const lines = pageLines(page([item('', 10, 500), item('   ', 10, 480), { str: '丢', transform: [10, 0, 0, 10], width: 10, height: 10 }, item('留', 10, 460)]));
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['留']]);
    expect(lines[0]).toMatchObject({ y: 460, size: 10, n: 1 });
  });

  it('reads an item’s size from its vertical scale, else its horizontal one, else its height, else 10', () => {
    const sized = (transform: number[], height: number) => pageLines(page([{ str: '字', transform, width: 10, height }]))[0]!.size;
    expect(sized([10, 0, 0, -12, 0, 500], 0)).toBe(12);
    expect(sized([8, 0, 0, 0, 0, 500], 5)).toBe(8);
    expect(sized([-7, 0, 0, 0, 0, 500], 5)).toBe(7);
    expect(sized([0, 0, 0, 0, 0, 500], 9)).toBe(9);
    expect(sized([0, 0, 0, 0, 0, 500], 0)).toBe(10);
  });

  it('orders lines top to bottom and chunks left to right, numbering the lines from 1', () => {
    const lines = pageLines(page([item('乙', 300, 500), item('丙', 10, 400), item('甲', 10, 500), item('丁', 10, 700)]));
    expect(lines.map((l) => l.chunks.map((c) => c.text))).toEqual([['丁'], ['甲', '乙'], ['丙']]);
    expect(lines.map((l) => l.n)).toEqual([1, 2, 3]);
    expect(lines[1]!.chunks.map((c) => c.line)).toEqual([2, 2]);
  });

  it('keeps items within 0.35 of the smaller size of the line’s first baseline on one line', () => {
    expect(texts(page([item('甲', 10, 500), item('乙', 300, 496.5)]))).toEqual([['甲', '乙']]);
    expect(texts(page([item('甲', 10, 500), item('乙', 300, 496.4)]))).toEqual([['甲'], ['乙']]);
    // the smaller of the two sizes sets the tolerance
    expect(texts(page([item('甲', 10, 500, 20), item('乙', 300, 496.4, 10)]))).toEqual([['甲'], ['乙']]);
    expect(texts(page([item('甲', 10, 500, 10), item('乙', 300, 496.6, 20)]))).toEqual([['甲', '乙']]);
    // measured from the line's first item, not its last
    expect(texts(page([item('甲', 10, 500), item('乙', 100, 497), item('丙', 200, 494)]))).toEqual([['甲', '乙'], ['丙']]);
    const [l] = pageLines(page([item('甲', 10, 500), item('乙', 100, 497)]));
    expect(l!.y).toBe(500);
    expect(l!.chunks.map((c) => c.y)).toEqual([500, 500]);
  });

  it('joins items less than 0.3 of the size apart into one chunk, and spaces two words apart by more than 0.15', () => {
    // 甲乙 ends at 30
    expect(texts(page([item('甲乙', 10, 500), item('丙', 33, 500)]))).toEqual([['甲乙丙']]);
    expect(texts(page([item('甲乙', 10, 500), item('丙', 33.1, 500)]))).toEqual([['甲乙', '丙']]);
    expect(texts(page([item('ab', 10, 500, 10, 20), item('cd', 31.5, 500, 10, 20)]))).toEqual([['abcd']]);
    expect(texts(page([item('ab', 10, 500, 10, 20), item('cd', 31.6, 500, 10, 20)]))).toEqual([['ab cd']]);
    // two numbers a space apart are two chunks (cells set close), a group of thousands stays with its number
    expect(texts(page([item('12', 10, 500, 10, 20), item('3', 32, 500, 10, 10)]))).toEqual([['12', '3']]);
    expect(texts(page([item('12', 10, 500, 10, 20), item('3', 31.5, 500, 10, 10)]))).toEqual([['123']]);
    expect(texts(page([item('1', 10, 500, 10, 10), item('486', 22, 500, 10, 30)]))).toEqual([['1 486']]);
    expect(texts(page([item('1486', 10, 500, 10, 40), item('200', 52, 500, 10, 30)]))).toEqual([['1486', '200']]);
    expect(texts(page([item('1', 10, 500, 10, 10), item('4860', 22, 500, 10, 40)]))).toEqual([['1', '4860']]);
    const [l] = pageLines(page([item('甲乙', 10, 500), item('丙', 33, 500)]));
    expect(l!.chunks[0]).toMatchObject({ x0: 10, x1: 43, size: 10 });
  });

  it('keeps a unit printed apart with its number, up to 1.5 times the size away', () => {
    expect(texts(page([item('2413593', 10, 500, 10, 70), item('元', 95, 500)]))).toEqual([['2413593元']]);
    expect(texts(page([item('2413593', 10, 500, 10, 70), item('万元', 95.1, 500)]))).toEqual([['2413593', '万元']]);
    expect(texts(page([item('12', 10, 500, 10, 20), item('件', 40, 500)]))).toEqual([['12件']]);
    // after a word, a unit is a cell of its own
    expect(texts(page([item('合计', 10, 500), item('元', 40, 500)]))).toEqual([['合计', '元']]);
    // a word that is no unit, after a number
    expect(texts(page([item('12', 10, 500, 10, 20), item('人', 40, 500)]))).toEqual([['12', '人']]);
  });

  it('tidies each chunk and drops one left empty', () => {
    expect(texts(page([item('政 府 信息', 10, 500), item('\u200b', 300, 500), item('a b', 400, 500)]))).toEqual([['政府信息', 'a b']]);
  });
});

describe('tidy and joinText', () => {
  it('drops spaces beside Chinese text, not between words', () => {
    expect(tidy(' 政府 信息 公开 ')).toBe('政府信息公开');
    expect(tidy('（一） 予以公开')).toBe('（一）予以公开');
    expect(tidy('PDF 文件')).toBe('PDF文件');
    expect(tidy('annual  report')).toBe('annual report');
    expect(joinText(['本年', '新收', 'a', 'b'])).toBe('本年新收a b');
  });
});

describe('tabular', () => {
  it('takes a line with a value', () => {
    expect(tabular([line(1, 500, [['本机关全年共收到申请，情况如下所述并已全部答复完毕。', 10, 300], ['12', 400, 410]])], 0)).toBe(true);
    expect(tabular([line(1, 500, [['这是一个不短于三十个字符并且以句号结尾的完整句子，用来检验表格行的判断。', 10, 500]])], 0)).toBe(false);
  });

  it('takes chunks apart unless one is a long sentence', () => {
    expect(tabular([line(1, 500, [['自然人', 10, 40], ['商业企业', 100, 140]])], 0)).toBe(true);
    const long = '本机关全年共收到政府信息公开申请并依法予以答复，申请人对答复没有异议并表示满意。';
    expect(long.length).toBeGreaterThan(30);
    expect(tabular([line(1, 500, [['甲', 10, 20], [long, 100, 500]])], 0)).toBe(false);
    expect(tabular([line(1, 500, [['甲', 10, 20], [long.slice(0, -1), 100, 500]])], 0)).toBe(true);
    // thirty characters ending in a stop: short enough for a cell
    expect(tabular([line(1, 500, [['甲', 10, 20], ['字'.repeat(29) + '。', 100, 500]])], 0)).toBe(true);
  });

  it('takes a header’s labels run together into one chunk, however long (a table squeezed into the page)', () => {
    const appeals = '结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
    expect(appeals.length).toBeGreaterThan(30);
    expect(tabular([line(1, 500, [[appeals, 215, 578]])], 0)).toBe(true);
    expect(tabular([line(1, 500, [['申请人情况法人或其他组织商业企业科研机构社会公益组织法律服务机构其他', 215, 578]])], 0)).toBe(true);
    // a word not of a header among them, or a long text that is no header: not a table's line
    expect(tabular([line(1, 500, [[appeals + '情况', 215, 578]])], 0)).toBe(false);
    expect(tabular([line(1, 500, [['字'.repeat(36), 215, 578]])], 0)).toBe(false);
  });

  it('takes one short chunk that is no sentence and no heading', () => {
    expect(tabular([line(1, 500, [['法人或其他组织', 10, 80]])], 0)).toBe(true);
    expect(tabular([line(1, 500, [['字'.repeat(30), 10, 80]])], 0)).toBe(true);
    expect(tabular([line(1, 500, [['字'.repeat(31), 10, 80]])], 0)).toBe(false);
    expect(tabular([line(1, 500, [['已全部办结。', 10, 80]])], 0)).toBe(false);
    expect(tabular([line(1, 500, [['一、总体情况', 10, 80]])], 0)).toBe(false);
    expect(tabular([line(1, 500, [])], 0)).toBe(true);
  });

  it('never takes the report’s title, on its line or wrapped onto two, nor the site’s column that names one', () => {
    const lines = (...ts: string[]) => ts.map((t, i) => line(i + 1, 800 - 20 * i, [[t, 10, 400]]));
    const framed = lines('规范性文件清理', '莆田市林业局2022年政府信息公开工作年度报告', '信息内容');
    expect(framed.map((_, j) => tabular(framed, j))).toEqual([true, false, true]);
    const wrapped = lines('2019年', '莆田市城市管理局2024年度政府信息公开工作年', '度报告', '信息内容');
    expect(wrapped.map((_, j) => tabular(wrapped, j))).toEqual([true, false, false, true]);
    const column = lines('法定主动', '政府信息', '公开年报', '本年制发件数');
    expect(column.map((_, j) => tabular(column, j))).toEqual([true, false, false, true]);
    // the template's own short labels stay table lines
    const labels = lines('信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件');
    expect(labels.map((_, j) => tabular(labels, j))).toEqual(labels.map(() => true));
  });
});

describe('page numbers, print marks, edges', () => {
  it('PAGE_NUMBER: the forms page numbers take, alone', () => {
    for (const s of ['3', '- 12 -', '— 12 —', '－3－', '第 3 页', '第3页，共10页', '第3页/共10页', '3/10', '3 / 10', '9999']) expect(PAGE_NUMBER.test(s), s).toBe(true);
    for (const s of ['12345', '第3页共', '3件', '表3', '3/10页']) expect(PAGE_NUMBER.test(s), s).toBe(false);
  });

  it('PRINT_MARK: an address, a date with its time, a page count', () => {
    for (const s of ['https://www.example.gov.cn/a.html', 'http://x.cn', 'file:///C:/a.html', '2023/1/5 10:20', '2023-01-05 10:20:33', '2023/1/5 下午3:05', '1/5/2023, 3:05 PM', '2/3', '第1页，共3页', '1 页 共 3 页'])
      expect(PRINT_MARK.test(s), s).toBe(true);
    for (const s of ['2023年1月5日', '2023-01-05', '某区人民政府', 'https://a b', '10:20']) expect(PRINT_MARK.test(s), s).toBe(false);
  });

  it('atEdge: the top and bottom tenth', () => {
    const p = page([], 1000);
    expect(atEdge(line(1, 99.9, [['甲', 0, 1]]), p)).toBe(true);
    expect(atEdge(line(1, 100, [['甲', 0, 1]]), p)).toBe(false);
    expect(atEdge(line(1, 900, [['甲', 0, 1]]), p)).toBe(false);
    expect(atEdge(line(1, 900.1, [['甲', 0, 1]]), p)).toBe(true);
  });

  it('isPageNoise: a number alone on its line with lines close above and below is a table’s value', () => {
    const p = page([], 1000);
    const lines = (gapAbove: number, gapBelow: number, text = '0') => [line(1, 500 + gapAbove, [['行政事业性收', 40, 120]]), line(2, 500, [[text, 250, 256]]), line(3, 500 - gapBelow, [['费', 70, 80]])];
    const mid = (ls: Line[]) => isPageNoise(ls[1]!, p, ls);
    expect(mid(lines(8, 10))).toBe(false);
    expect(mid(lines(20, 20))).toBe(false);
    // further than two lines either way, or nothing below: a page number
    expect(mid(lines(20.1, 10))).toBe(true);
    expect(mid(lines(8, 20.1))).toBe(true);
    expect(isPageNoise(lines(8, 10)[1]!, p, lines(8, 10).slice(0, 2))).toBe(true);
    // a page mark that is no value stays noise; without the lines, as before; at the edge, always
    expect(mid(lines(8, 10, '第 3 页'))).toBe(true);
    expect(isPageNoise(lines(8, 10)[1]!, p)).toBe(true);
    const edge = [line(1, 75, [['行政事业性收', 40, 120]]), line(2, 70, [['0', 250, 256]]), line(3, 65, [['费', 70, 80]])];
    expect(isPageNoise(edge[1]!, p, edge)).toBe(true);
  });

  it('isPageNoise: a piece of a number its cell wrapped, digits in its column a line above or below, is a value (real: 上海市 2020, 2631 / 2)', () => {
    const p = page([], 1000);
    // (七)总计 at 12 points: 2631, the row's line 7 below, 2 another 7 below; the rows before and after 26 and 24.5 away
    const ls = (restText = '2', restX: [number, number] = [262, 268], far = 14) => [
      line(1, 188.7 + 300, [['（六）其他处理', 101, 185], ['2578', 251, 275]]),
      line(2, 162.6 + 300, [['2631', 251, 275]]),
      line(3, 155.6 + 300, [['（七）总计', 101, 161], ['1700', 296, 320]]),
      line(4, 162.6 + 300 - far, [[restText, restX[0], restX[1]]]),
      line(5, 124.1 + 300, [['四、结转下年度继续办理', 64, 196], ['1902', 251, 275]]),
    ].map((l) => ({ ...l, size: 12 }));
    const noise = (lines: Line[], i: number) => isPageNoise(lines[i]!, p, lines);
    expect([noise(ls(), 1), noise(ls(), 3)]).toEqual([false, false]);
    // pieces further apart than 1.4 lines, or not in one column, or no digits: page numbers as before
    // (the 2 then close enough to the rows around it to be a value by the rule above)
    expect([noise(ls('2', [262, 268], 16.9), 1), noise(ls('2', [262, 268], 16.9), 3)]).toEqual([true, false]);
    expect([noise(ls('2', [280, 286]), 1), noise(ls('2', [280, 286]), 3)]).toEqual([true, true]);
    expect(noise(ls('- 2 -'), 3)).toBe(true);
  });

  it('isPageNoise: a page number at the page’s edge, or alone on its line', () => {
    const p = page([], 1000);
    const two = (y: number) => line(1, y, [['第3页', 10, 40], ['共5页', 60, 90]]);
    expect(isPageNoise(line(1, 500, [['- 3 -', 300, 320]]), p)).toBe(true);
    expect(isPageNoise(two(500), p)).toBe(false);
    expect(isPageNoise(two(79.9), p)).toBe(true);
    expect(isPageNoise(two(80), p)).toBe(false);
    expect(isPageNoise(two(940), p)).toBe(false);
    expect(isPageNoise(two(940.1), p)).toBe(true);
    expect(isPageNoise(line(1, 30, [['总计', 10, 40], ['3', 60, 70]]), p)).toBe(false);
  });

  it('runningKey: the line’s chunks with their numbers as one sign', () => {
    expect(runningKey(line(1, 30, [['第 12 页', 10, 40], ['2023年报告', 60, 90]]))).toBe('第 # 页|#年报告');
  });
});

describe('runningLines', () => {
  const head = (text: string, y = 960) => line(1, y, [[text, 100, 300]]);
  const body = line(2, 500, [['正文', 100, 300]]);
  const pages = (heads: (Line | null)[][]) => heads.map((hs) => ({ page: page([], 1000), lines: [...hs.filter((h): h is Line => !!h), body] }));

  it('drops a head at the edge that comes back on half the pages or more, at least two', () => {
    const two = pages([[head('某区人民政府')], [head('某区人民政府')]]);
    const running = runningLines(two);
    expect(running(head('某区人民政府'), page([]))).toBe(true);
    // the same text away from the edge is the page's own
    expect(running(head('某区人民政府', 500), page([]))).toBe(false);
    expect(running(head('第 2 页'), page([]))).toBe(false);
  });

  it('counts pages, not lines, and wants half of them', () => {
    const h = () => head('某区人民政府');
    expect(runningLines(pages([[h(), h()], [], []]))(h(), page([]))).toBe(false);
    expect(runningLines(pages([[h()], [h()], [], []]))(h(), page([]))).toBe(true);
    expect(runningLines(pages([[h()], [h()], [], [], []]))(h(), page([]))).toBe(false);
    expect(runningLines(pages([[h()], [h()], [h()], [], []]))(h(), page([]))).toBe(true);
    expect(runningLines(pages([[h()], []]))(h(), page([]))).toBe(false);
    // one page: nothing comes back
    expect(runningLines(pages([[h()]]))(h(), page([]))).toBe(false);
    // the page number in it changes from page to page
    expect(runningLines(pages([[head('第 1 页')], [head('第 2 页')]]))(head('第 9 页'), page([]))).toBe(true);
  });

  it('drops what a printer adds at the edge, even on one page, but not beside a long text', () => {
    const one = runningLines(pages([[]]));
    expect(one(head('https://www.example.gov.cn/a.html'), page([]))).toBe(true);
    expect(one(line(1, 960, [['2023/1/5 10:20', 10, 90], ['某区人民政府', 100, 200]]), page([]))).toBe(true);
    expect(one(line(1, 960, [['2023/1/5 10:20', 10, 90], ['字'.repeat(60), 100, 500]]), page([]))).toBe(true);
    expect(one(line(1, 960, [['2023/1/5 10:20', 10, 90], ['字'.repeat(61), 100, 500]]), page([]))).toBe(false);
    expect(one(head('https://www.example.gov.cn/a.html', 500), page([]))).toBe(false);
  });

  it('a table broken by the page is none: a piece of a label at opposite edges, rows of values, or heights apart', () => {
    const at = (text: string, y: number) => line(1, y, [[text, 100, 140]]);
    const two = (a: Line, b: Line) => [
      { page: page([], 1000), lines: [a, body] },
      { page: page([], 1000), lines: [body, b] },
    ];
    // the rest of a label ending a page (bottom) and of another starting the next (top): not a running line
    const piece = runningLines(two(at('请数量', 40), at('请数量', 960)));
    expect(piece(at('请数量', 40), page([]))).toBe(false);
    expect(piece(at('请数量', 960), page([]))).toBe(false);
    // the same at the same edge and height on both pages: a running foot
    expect(runningLines(two(at('请数量', 61), at('请数量', 61)))(at('请数量', 61), page([]))).toBe(true);
    // at the same edge, further apart than a line: the pages' own
    expect(runningLines(two(at('请数量', 61), at('请数量', 75)))(at('请数量', 61), page([]))).toBe(false);
    expect(runningLines(two(at('请数量', 61), at('请数量', 71)))(at('请数量', 61), page([]))).toBe(true);
    // heads measured from the top: pages of different heights
    const tall = [
      { page: page([], 1000), lines: [at('某区人民政府', 960), body] },
      { page: page([], 1200), lines: [at('某区人民政府', 1160), body] },
    ];
    expect(runningLines(tall)(at('某区人民政府', 1160), page([], 1200))).toBe(true);
    // a row of values at the same edge of both pages: a table's rows, though their digits read alike
    const values = (y: number) => line(1, y, [['5', 300, 306], ['0', 350, 356], ['0', 400, 406]]);
    const rows = [
      { page: page([], 1000), lines: [values(61), body] },
      { page: page([], 1000), lines: [values(61), body] },
    ];
    expect(runningLines(rows)(values(61), page([]))).toBe(false);
  });
});

describe('openEnd', () => {
  const full = (n: number, y: number, text: string) => line(n, y, [[text, 100, 500]]);
  it('prose whose last line runs to its right edge mid-sentence: where its lines start', () => {
    expect(openEnd([line(1, 700, [['甲', 106, 500]]), full(2, 688, '乙，举一反')])).toEqual({ left: 100 });
    // within two sizes of the edge
    expect(openEnd([full(1, 700, '甲'), line(2, 688, [['乙', 100, 480]])])).toEqual({ left: 100 });
  });

  it('none when the last line ends a sentence or a clause, stops short of the edge, or is the only line', () => {
    expect(openEnd([full(1, 700, '甲'), full(2, 688, '乙。')])).toBeNull();
    expect(openEnd([full(1, 700, '甲'), full(2, 688, '乙：')])).toBeNull();
    expect(openEnd([full(1, 700, '甲'), line(2, 688, [['乙', 100, 479.9]])])).toBeNull();
    expect(openEnd([full(1, 700, '甲')])).toBeNull();
    expect(openEnd([])).toBeNull();
  });
});

describe('paragraphs', () => {
  // a body 10 points high, from x 100 to 500
  const full = (n: number, y: number, text: string) => line(n, y, [[text, 100, 500]]);

  it('joins full lines of a paragraph, and says where it starts', () => {
    const out = paragraphs([full(3, 700, '本机关全年'), full(4, 688, '共收到申请'), line(5, 676, [['十件。', 100, 200]])], 2);
    expect(out).toEqual([{ kind: 'text', text: '本机关全年共收到申请十件。', src: { page: 2, line: 3 } }]);
    expect(paragraphs([], 1)).toEqual([]);
  });

  it('starts a paragraph after a short line', () => {
    const out = paragraphs([full(1, 700, '甲'), line(2, 688, [['乙', 100, 479]]), full(3, 676, '丙'), line(4, 664, [['丁', 100, 480]]), full(5, 652, '戊')], 1);
    expect(out.map((b) => b.text)).toEqual(['甲乙', '丙丁戊']);
  });

  it('starts a paragraph at an indented line', () => {
    const out = paragraphs([full(1, 700, '甲'), line(2, 688, [['乙', 106.1, 500]]), full(3, 676, '丙'), line(4, 664, [['丁', 106, 500]])], 1);
    expect(out.map((b) => b.text)).toEqual(['甲', '乙丙丁']);
  });

  it('starts a paragraph after a gap of 2.2 lines', () => {
    const out = paragraphs([full(1, 700, '甲'), full(2, 678, '乙'), full(3, 656.1, '丙')], 1);
    expect(out.map((b) => b.text)).toEqual(['甲', '乙丙']);
  });

  it('starts a paragraph at a section heading after a line that ends a sentence or a clause', () => {
    for (const end of ['。', '；', '！', '？', '：', ':']) {
      const out = paragraphs([full(1, 700, `甲${end}`), full(2, 688, '二、主动公开政府信息情况'), full(3, 676, '丙')], 1);
      expect(out.map((b) => b.text)).toEqual([`甲${end}`, '二、主动公开政府信息情况丙']);
    }
    // or after a line short of the right edge, or before an indented heading
    const short = paragraphs([full(1, 700, '甲'), line(2, 688, [['乙', 100, 479]]), full(3, 676, '二、主动公开政府信息情况')], 1);
    expect(short.map((b) => b.text)).toEqual(['甲乙', '二、主动公开政府信息情况']);
    const indented = paragraphs([full(1, 700, '甲'), line(2, 688, [['二、主动公开政府信息情况', 106.1, 500]])], 1);
    expect(indented.map((b) => b.text)).toEqual(['甲', '二、主动公开政府信息情况']);
  });

  it('a line that reads as a heading goes on with a line that stops mid-sentence at the right edge (举一反 / 三、认真…)', () => {
    const out = paragraphs([full(1, 700, '发现问题自查整改，举一'), full(2, 688, '反'), line(3, 676, [['三、认真开展自查整改，提高政府信息公开水平。', 100, 300]])], 1);
    expect(out.map((b) => b.text)).toEqual(['发现问题自查整改，举一反三、认真开展自查整改，提高政府信息公开水平。']);
    const heading = paragraphs([full(1, 700, '甲，举一反'), line(2, 688, [['三、收到和处理政府信息公开申请情况', 100, 300]])], 1);
    expect(heading.map((b) => b.text)).toEqual(['甲，举一反三、收到和处理政府信息公开申请情况']);
    // a line that ends with a comma stops mid-sentence too
    const comma = paragraphs([full(1, 700, '甲，'), full(2, 688, '二、乙。')], 1);
    expect(comma.map((b) => b.text)).toEqual(['甲，二、乙。']);
  });

  it('joins a title in large type wrapped onto a second line of its size, centred', () => {
    // body type is the lines' median size: four lines of 10 points under a title of two lines of 16
    const text = [full(3, 700, '甲'), full(4, 688, '乙'), full(5, 676, '丙'), full(6, 664, '丁')];
    const t1 = line(1, 800, [['某区人民政府2023年政府信息', 150, 450]], 16);
    const t2 = line(2, 780, [['公开工作年度报告', 220, 380]], 16);
    expect(paragraphs([t1, t2, ...text], 1).map((b) => b.text)).toEqual(['某区人民政府2023年政府信息公开工作年度报告', '甲乙丙丁']);
    // a title line that ends a sentence, or a second line of another size, is not carried on
    const t1s = line(1, 800, [['某区人民政府。', 150, 450]], 16);
    expect(paragraphs([t1s, t2, ...text], 1).map((b) => b.text)).toEqual(['某区人民政府。', '公开工作年度报告', '甲乙丙丁']);
    const t2b = line(2, 780, [['公开工作年度报告', 220, 380]], 16.5);
    expect(paragraphs([t1, t2b, ...text], 1).map((b) => b.text)).toEqual(['某区人民政府2023年政府信息', '公开工作年度报告', '甲乙丙丁']);
    // type no larger than 1.2 times the body's is no title
    const m1 = line(1, 800, [['某区人民政府2023年政府信息', 150, 450]], 12);
    const m2 = line(2, 780, [['公开工作年度报告', 220, 380]], 12);
    expect(paragraphs([m1, m2, ...text], 1).map((b) => b.text)).toEqual(['某区人民政府2023年政府信息', '公开工作年度报告', '甲乙丙丁']);
    const n1 = line(1, 800, [['某区人民政府2023年政府信息', 150, 450]], 12.1);
    const n2 = line(2, 780, [['公开工作年度报告', 220, 380]], 12.1);
    expect(paragraphs([n1, n2, ...text], 1).map((b) => b.text)).toEqual(['某区人民政府2023年政府信息公开工作年度报告', '甲乙丙丁']);
  });

  it('takes the body type from the median of the sizes sorted, not of the lines in their order', () => {
    // 10, 16, 16, 10, 10 points: the median is 10, so the two 16-point lines are a title (the third line is 16)
    const first = full(1, 900, '甲');
    const t1 = line(2, 800, [['某区人民政府2023年政府信息', 150, 450]], 16);
    const t2 = line(3, 780, [['公开工作年度报告', 220, 380]], 16);
    expect(paragraphs([first, t1, t2, full(4, 700, '乙'), full(5, 688, '丙')], 1).map((b) => b.text)).toEqual(['甲', '某区人民政府2023年政府信息公开工作年度报告', '乙丙']);
  });

  it('takes the body type from the median line, not the smallest', () => {
    // three footnote lines in 7 points below four short centred lines in 10: the 10-point lines are body, not a title
    const centred = [1, 2, 3, 4].map((n) => line(n, 800 - 12 * n, [[`第${n}行`, 200, 300]]));
    const notes = [5, 6, 7].map((n) => line(n, 500 - 9 * n, [[`注${n}`, 100, 500]], 7));
    expect(paragraphs([...centred, ...notes], 1).map((b) => b.text)).toEqual(['第1行', '第2行', '第3行', '第4行', '注5注6注7']);
  });
});

describe('what the first mutation run found untested', () => {
  it('an item with no transform at all is left out', () => {
    expect(texts(page([{ str: '丢', width: 10, height: 10 } as unknown as PdfTextItem, item('留', 10, 460)]))).toEqual([['留']]);
  });

  it('a unit printed apart is known with the spaces around it', () => {
    expect(texts(page([item('2413593', 100, 500), item(' 元', 100 + 70 + 12, 500)]))).toEqual([['2413593元']]);
  });

  it('spaces two joined items only where the first ends and the second starts with a letter or digit', () => {
    // 0.2 of the size apart: joined; a space only between two words
    expect(texts(page([item('A,', 100, 500, 10, 20), item('B', 122, 500)]))).toEqual([['A,B']]);
    expect(texts(page([item('AB', 100, 500, 10, 20), item(',C', 122, 500)]))).toEqual([['AB,C']]);
    expect(texts(page([item('AB', 100, 500, 10, 20), item('C', 122, 500)]))).toEqual([['AB C']]);
  });

  it('a line with a value is a table line, whatever else it holds', () => {
    const long = '本机关全年共收到政府信息公开申请二十件，已按照法定期限全部办结，没有逾期答复的情况。';
    expect(tabular([line(1, 500, [[long, 10, 400], ['12', 450, 470]])], 0)).toBe(true);
  });

  it('a page number in pieces at the edge: the pieces read with a space between (12 and 3 are no page 123)', () => {
    expect(isPageNoise(line(1, 20, [['第', 10, 20], ['3', 25, 30], ['页', 35, 45]]), page([], 1000))).toBe(true);
    expect(isPageNoise(line(1, 20, [['3', 10, 20], ['/', 25, 30], ['9', 35, 45]]), page([], 1000))).toBe(true);
    expect(isPageNoise(line(1, 20, [['12', 10, 20], ['3', 25, 30]]), page([], 1000))).toBe(false);
  });

  it('a line that comes back on every page away from the edges is no running head', () => {
    const mid = () => line(1, 500, [['表三', 100, 140]]);
    const running = runningLines([1, 2, 3].map(() => ({ page: page([], 1000), lines: [mid()] })));
    expect(running(line(1, 960, [['表三', 100, 140]]), page([], 1000))).toBe(false);
  });
});
