/**
 * A section's own text (lib/template/section-text.ts), asked directly on headings and prose made by hand: where a
 * section begins and ends, what makes its bounds a guess, its title's tail and a title broken over two lines, what
 * ends a section without being part of it, and where a table stands against it (by element, page, line, paragraph).
 */
import { describe, expect, it } from 'vitest';
import type { Heading, PageElement, Source, TableBlock, TextBlock } from '../../lib/model';
import { before, headingTail, sectionText, tableInside, withoutClosing } from '../../lib/template/section-text';
import { parseLight } from '../../lib/page/light-parse';
import { parseHTML } from 'linkedom';

const text = (t: string, src: Source = {}): TextBlock => ({ kind: 'text', text: t, src });
/** Prose lines and the headings among them: a line `[n]…` is a heading of section n (`[-]` of none). */
function model(lines: string[]) {
  const prose: TextBlock[] = [];
  const headings: Heading[] = [];
  lines.forEach((l, index) => {
    const m = /^\[(\d|-)\](.*)$/.exec(l);
    const block = text(m ? m[2]! : l, { line: index + 1 });
    prose.push(block);
    if (m) headings.push({ printed: null, section: m[1] === '-' ? null : Number(m[1]), text: m[2]!, block, index });
  });
  return { prose, headings };
}
const h = (t: string, section: number | null = 5): Heading => ({ printed: 5, section, text: t, block: text(t), index: 0 });

describe('headingTail', () => {
  it('what follows a colon, or the title’s last word, on the heading’s line', () => {
    expect(headingTail(h('五、存在的主要问题及改进情况：无。'))).toBe('无。');
    expect(headingTail(h('五、存在的主要问题及改进情况: 暂无'))).toBe('暂无');
    expect(headingTail(h('五 存在的主要问题及改进措施 本年度无'))).toBe('本年度无');
    expect(headingTail(h('五、存在的主要问题及下一步工作计划。一是加强培训。'))).toBe('一是加强培训。');
    expect(headingTail(h('六、其他需要报告的事项 无', 6))).toBe('无');
    expect(headingTail(h('六．其他需要报告的情况。无。', 6))).toBe('无。');
    expect(headingTail(h('五、：无'))).toBe('无');
    expect(headingTail(h('：无'))).toBe('无');
    // the stops after a title are dropped, all of them and only before the text
    expect(headingTail(h('五、存在的主要问题及改进情况。。 无'))).toBe('无');
    expect(headingTail(h('五、存在的主要问题及改进情况无异常。'))).toBe('无异常。');
  });

  it('nothing after a bare title, and nothing read by the words of a section without them', () => {
    expect(headingTail(h('五、存在的主要问题及改进情况'))).toBe('');
    expect(headingTail(h('一、总体情况 本机关', 1))).toBe('');
    expect(headingTail(h('其他事项', null))).toBe('');
  });
});

describe('sectionText', () => {
  it('the lines from the heading to the next section’s, the heading’s tail first', () => {
    const m = model(['[4]四、政府信息公开行政复议、行政诉讼情况', '表', '[5]五、存在的主要问题及改进情况：一是不足。', '二是改进。', '', '[6]六、其他需要报告的事项', '无。']);
    const s = sectionText(m, 5)!;
    expect([s.lines, s.toEnd, s.next, s.heading.index]).toEqual([['一是不足。', '二是改进。'], false, m.prose[5], 2]);
    const six = sectionText(m, 6)!;
    expect([six.lines, six.toEnd, six.next]).toEqual([['无。'], true, null]);
  });

  it('no heading, or a heading again after another section: null', () => {
    expect(sectionText(model(['[4]四、情况', '表']), 5)).toBeNull();
    expect(sectionText(model(['[5]五、问题', '甲', '[6]六、事项', '乙', '[5]五、问题', '丙']), 5)).toBeNull();
  });

  it('a heading printed twice in a row is one section, its tail read from the second too', () => {
    const s = sectionText(model(['[5]五、存在的主要问题及改进情况', '[5]五、存在的主要问题及改进情况：无', '[6]六、其他需要报告的事项']), 5)!;
    expect(s.lines).toEqual(['无']);
  });

  it('sections out of order: null', () => {
    expect(sectionText(model(['[6]六、其他需要报告的事项', '[5]五、存在的主要问题及改进情况', '甲']), 5)).toBeNull();
    expect(sectionText(model(['[5]五、存在的主要问题及改进情况', '甲', '[4]四、复议诉讼', '乙']), 5)).toBeNull();
    // a heading of no section does not count
    expect(sectionText(model(['[5]五、存在的主要问题及改进情况', '甲', '[-]（一）存在问题', '乙']), 5)!.lines).toEqual(['甲', '（一）存在问题', '乙']);
  });

  it('the title’s last words on a line of their own are the title’s, not the section’s', () => {
    expect(sectionText(model(['[5]五、存在的主要问题及改进', '情况', '一是不足。']), 5)!.lines).toEqual(['一是不足。']);
    expect(sectionText(model(['[5]五、存在的主要问题及', '改进措施：', '一是不足。']), 5)!.lines).toEqual(['一是不足。']);
    // a title that names 情况 inside, not at its end, is still broken
    expect(sectionText(model(['[4]四、行政复议情况和行政诉讼', '情况', '甲']), 4)!.lines).toEqual(['甲']);
    // after a whole title, the same words are the section's
    expect(sectionText(model(['[5]五、存在的主要问题及改进情况', '情况', '甲']), 5)!.lines).toEqual(['情况', '甲']);
    // only the line right after the heading, only when nothing came before it
    expect(sectionText(model(['[5]五、存在的主要问题及改进', '甲', '情况']), 5)!.lines).toEqual(['甲', '情况']);
    expect(sectionText(model(['[5]五、存在的主要问题及改进：甲', '情况']), 5)!.lines).toEqual(['甲', '情况']);
    expect(sectionText(model(['[5]五、存在的主要问题及改进', '情况说明如下']), 5)!.lines).toEqual(['情况说明如下']);
    expect(sectionText(model(['[5]五、存在的主要问题及改进', '', '情况']), 5)!.lines).toEqual(['情况']);
    // a heading printed again: its tail is the section's
    expect(sectionText(model(['[5]五、存在的主要问题及改进', '[5]五、存在的主要问题及改进：情况']), 5)!.lines).toEqual(['情况']);
  });

  it('lines are cleaned; blank ones dropped', () => {
    expect(sectionText(model(['[6]六、其他需要报告的事项', '  无 。 ', '\u3000']), 6)!.lines).toEqual(['无 。']);
  });
});

describe('withoutClosing', () => {
  it('drops each kind of closing line at the end, and nothing before the last line of text', () => {
    const closings = ['五、', '2025', '某某市某某区人民政府办公室 2025年1月20日', '二〇二五年一月二十日', '某区人民政府 2025年1月20日（联系电话：12345678）', '（此件公开）', '此件主动公开', '打印本页', '【关闭窗口】', '返回顶部', '某区政务服务数据管理局', '某街道办事处', '某某委员会', '某区领导小组'];
    for (const c of closings) expect(withoutClosing(['无。', c]), c).toEqual(['无。']);
    expect(withoutClosing(['无。', '某区人民政府', '中', '2025年1月20日'])).toEqual(['无。', '某区人民政府', '中']);
  });

  it('keeps what reads as text', () => {
    for (const t of ['本年度未收取费用。', '一是加强培训，二是完善制度。', '详见附件', '某区人民政府，本年度无', '五、六']) expect(withoutClosing([t]), t).toEqual([t]);
    expect(withoutClosing([])).toEqual([]);
  });
});

describe('before', () => {
  // the engine's own light tree, as a page read in Node has it
  const document = parseLight('<html><body><div id="a"><p id="p1">甲</p><table id="t"></table></div><p id="p2">乙</p></body></html>');
  const el = (id: string) => document.querySelectorAll('*').find((e) => e.getAttribute('id') === id) as PageElement;

  it('by elements: document order, or no telling when one holds the other', () => {
    expect(before({ el: el('p1') }, { el: el('t') })).toBe(true);
    expect(before({ el: el('p2') }, { el: el('t') })).toBe(false);
    expect(before({ el: el('a') }, { el: el('t') })).toBeNull();
    expect(before({ el: el('t') }, { el: el('a') })).toBeNull();
    expect(before({ el: el('t') }, { el: el('t') })).toBeNull();
    expect(before({ el: el('t') }, { line: 3 })).toBeNull();
    expect(before({ line: 3 }, { el: el('t') })).toBeNull();
    expect(before({ el: el('t'), line: 1 }, { line: 3 })).toBeNull();
    expect(before({ line: 1 }, { el: el('t'), line: 3 })).toBeNull();
  });

  it('an element outside any page, or not in its page’s tree: no telling', () => {
    const loose = (ownerDocument: unknown) => ({ ownerDocument, contains: () => false }) as unknown as PageElement;
    expect(before({ el: loose(null) }, { el: el('t') })).toBeNull();
    expect(before({ el: el('t') }, { el: loose(document) })).toBeNull();
    expect(before({ el: loose(document) }, { el: el('t') })).toBeNull();
  });

  it('by elements of a page as a browser’s DOM holds it (linkedom), as well as the light tree', () => {
    const { document: dom } = parseHTML('<html><body><p id="p1">甲</p><table id="t"></table><p id="p2">乙</p></body></html>');
    const at = (id: string) => dom.getElementById(id) as unknown as PageElement;
    expect(before({ el: at('p1') }, { el: at('t') })).toBe(true);
    expect(before({ el: at('p2') }, { el: at('t') })).toBe(false);
  });

  it('an element of another page: no telling', () => {
    const other = parseLight('<html><body><p id="x">丙</p></body></html>').querySelector('p') as PageElement;
    expect(before({ el: other }, { el: el('t') })).toBeNull();
    expect(before({ el: el('t') }, { el: other })).toBeNull();
  });

  it('by page, then line, then paragraph', () => {
    expect(before({ page: 1, line: 50 }, { page: 2, line: 1 })).toBe(true);
    expect(before({ page: 3, line: 1 }, { page: 2, line: 50 })).toBe(false);
    expect(before({ page: 2, line: 4 }, { page: 2, line: 9 })).toBe(true);
    expect(before({ page: 2, line: 9 }, { page: 2, line: 4 })).toBe(false);
    expect(before({ page: 2 }, { line: 4 })).toBeNull();
    expect(before({ line: 4 }, { page: 2 })).toBeNull();
    // a page on one side only: no telling, whatever their lines say
    expect(before({ page: 2, line: 1 }, { line: 4 })).toBeNull();
    expect(before({ line: 1 }, { page: 2, line: 4 })).toBeNull();
    expect(before({ line: 4 }, { line: 4 })).toBeNull();
    expect(before({ para: 1 }, { para: 2 })).toBe(true);
    expect(before({ para: 2 }, { para: 1 })).toBe(false);
    expect(before({ para: 2 }, { para: 2 })).toBeNull();
    expect(before({ line: 1 }, { para: 2 })).toBeNull();
    expect(before({}, {})).toBeNull();
  });
});

describe('tableInside', () => {
  const table = (src: Source): TableBlock => ({ kind: 'table', layout: 'bare', rows: [], size: { rows: 0, cols: 0 }, src });
  const m = model(['[4]四、情况', '[5]五、存在的主要问题及改进情况', '甲', '[6]六、其他需要报告的事项', '乙']);
  const five = sectionText(m, 5)!;
  const six = sectionText(m, 6)!;

  it('a table between the heading and the next section’s: inside', () => {
    expect(tableInside({ tables: [table({ line: 3 })] }, five)).toBe(true);
    expect(tableInside({ tables: [table({ line: 1 }), table({ line: 3 })] }, five)).toBe(true);
  });

  it('every table before or after: not inside; to the end of the report, after the heading is inside', () => {
    expect(tableInside({ tables: [table({ line: 1 }), table({ line: 5 })] }, five)).toBe(false);
    expect(tableInside({ tables: [] }, five)).toBe(false);
    expect(tableInside({ tables: [table({ line: 9 })] }, six)).toBe(true);
    expect(tableInside({ tables: [table({ line: 1 })] }, six)).toBe(false);
  });

  it('a table that cannot be placed: no telling, unless another is inside', () => {
    expect(tableInside({ tables: [table({})] }, five)).toBeNull();
    expect(tableInside({ tables: [table({ line: 2 })] }, five)).toBeNull();
    expect(tableInside({ tables: [table({ line: 4 })] }, five)).toBeNull();
    expect(tableInside({ tables: [table({}), table({ line: 3 })] }, five)).toBe(true);
    expect(tableInside({ tables: [table({}), table({ line: 1 })] }, five)).toBeNull();
  });
});
