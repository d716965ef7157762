/**
 * A report with nothing to count, its every cell printed blank, in text that keeps no blank cells (one text node a line,
 * as a crawler's walk of the page gives it: an archive's 雄县 township report of 2019 is such a text): only the tables'
 * labels are left. It is a report whose cells are blank — said as blank cells, as its page says them — not a blank
 * template, nor a report missing rows (a row label followed by a group's heading) or missing 表四 (its labels alone).
 */
import { describe, expect, it } from 'vitest';
import type { Layout, TableBlock } from '../../lib/model';
import { auditText } from '../../lib/pipeline/audit';
import { detectTextTables } from '../../lib/grid/text-layouts';
import { textLines } from '../../lib/text/lines';
import { mapTables } from '../../lib/template/map';
import { parseValue } from '../../lib/text/numbers';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

/** A report's text with its tables' values dropped and each label on a line of its own. */
function labelsOnly(version: '2019' | '2021', title?: string | null): string {
  const text = reportText(randomFilled(mulberry32(5), version, '测试乡'), title === undefined ? {} : { title });
  return text
    .split('\n')
    .flatMap((l) => (l.includes('\t') ? l.split('\t').map((c) => c.trim()).filter((c) => c && parseValue(c).kind === 'text') : [l]))
    .join('\n');
}

const said = (text: string) => {
  const r = auditText(text, 't.txt').result;
  return { isReport: r.isReport, template: r.template, findings: r.findings.map((f) => `${f.severity} ${f.rule} ${f.table ?? ''}${f.needsReview ? ' review' : ''}`) };
};

describe('a report printed with every cell blank, as text that keeps no blank cells', () => {
  it.each(['2019', '2021'] as const)('%s: a report whose three tables are blank, nothing else said', (version) => {
    expect(said(labelsOnly(version))).toEqual({
      isReport: true,
      template: version,
      findings: ['notice blank-cell active', 'notice blank-cell requests', 'notice blank-cell appeals'],
    });
  });

  it('a blank template (格式, 模板 in its title) or a text without a report’s title is still no report', () => {
    expect(said(labelsOnly('2021', '政府信息公开工作年度报告格式')).isReport).toBe(false);
    expect(said(labelsOnly('2021', '测试乡2023年政府信息公开工作年度报告（模板）')).isReport).toBe(false);
    expect(said(labelsOnly('2021', null)).isReport).toBe(false);
  });

  it('tables whose rows could not be read are no blank ones: not a report as before', () => {
    // 表三's rows with values out of place (two values for seven columns, no reading of them): unread, not blank
    const text = labelsOnly('2021').replace('二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请数量\n3\n5');
    const a = auditText(text, 't.txt');
    expect(a.model!.mapping.issues.some((i) => i.kind === 'run-together' && i.undecided.some((u) => u.row === 'carried_in'))).toBe(true);
    expect(a.result.isReport).toBe(false);
  });
});

describe('表四’s labels alone', () => {
  const APPEALS = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];
  const tables = (lines: string[]) => detectTextTables(textLines(lines.join('\n'))).filter((b): b is TableBlock => b.kind === 'table');

  it('six of its labels or more and no value: a table (its cells blank), fewer or with another table’s label: text', () => {
    expect(tables(['四、政府信息公开行政复议、行政诉讼情况', ...APPEALS, '五、存在的主要问题及改进情况']).map((t) => t.layout)).toEqual(['bare']);
    expect(tables(APPEALS.slice(0, 5))).toEqual([]);
    expect(tables([...APPEALS.slice(0, 5), '规章'])).toEqual([]);
  });

  let line = 0;
  const block = (layout: Layout, cells: string[]): TableBlock => ({
    kind: 'table', layout, rows: [{ cells: cells.map((text) => ({ text, src: { line: ++line } })) }], size: { rows: 1, cols: cells.length }, src: { line: 0 },
  });

  it('in text that keeps no blank cells, a block of them and no value is 表四 with its row blank; a table that keeps its cells has no data row', () => {
    for (const layout of ['bare', 'per-line', 'pipe', 'word-cells', 'merged'] as Layout[]) {
      const t = mapTables([block(layout, APPEALS)], 2020).tables.appeals;
      expect([layout, t.found, t.cells.size, [...t.cells.values()].every((c) => c.blank)]).toEqual([layout, true, 15, true]);
    }
    const html = mapTables([block('html', APPEALS)], 2020);
    expect([html.tables.appeals.found, html.issues.map((i) => i.kind)]).toContainEqual(false);
    expect(html.issues.filter((i) => i.table === 'appeals').map((i) => i.kind)).toEqual(['no-data-row']);
    // a value in the block: its values are read as they are, no row made blank
    expect(mapTables([block('bare', [...APPEALS, '1'])], 2020).tables.appeals.cells.size).toBe(0);
  });
});
