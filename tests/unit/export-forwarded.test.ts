/**
 * Exports forwarded as they are (issue 24, item 7): no hidden characters, a page link that works, no repair
 * resting on a dismissed finding, no counts in the value columns, Markdown escaped only where it must be,
 * and every finding's evidence — the sentence it quotes, the row as printed — in every export.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { auditHtml } from '../../lib/node';
import { toCsv, toJson, toMarkdown } from '../../lib/result/format';
import type { ReportResult } from '../../lib/result/schema';
import { applyReviews, repairWithout } from '../../lib/result/review';
import { culpritText } from '../../lib/result/wording';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const R0 = auditText(fixture('000_dccf7277737237a5.txt'), 'seed-000').result;
const R4 = auditText(fixture('004_0c8d149e9c0e9704.txt'), 'seed-004').result;
const csvRow = (csv: string, id: string) => csv.split('\r\n').find((l) => l.startsWith(`"${id}"`))!;
const mdRows = (md: string) => md.split('\n').filter((l) => l.startsWith('| '));

/** Every fixture report: the seeds and the served pages. */
function allFixtures(): ReportResult[] {
  const dir = new URL('../fixtures/', import.meta.url);
  const seeds = readdirSync(dir).filter((n) => n.endsWith('.txt'));
  const pages = readdirSync(new URL('pages/', dir)).filter((n) => n.endsWith('.html'));
  return [
    ...seeds.map((n) => auditText(fixture(n), n).result),
    ...pages.map((n) => auditHtml(fixture(`pages/${n}`), `http://localhost:8080/${n}`, `http://localhost:8080/${n}`).result),
  ];
}

describe('no hidden characters', () => {
  it('no export of any fixture holds U+200B, in either language, reviewed or not', () => {
    const results = allFixtures();
    expect(results.length).toBeGreaterThan(15);
    const reviewed = results.map((r) => applyReviews(r, r.findings[0] ? { [r.findings[0].id]: { status: 'dismissed', note: '误报 http://x.example/' } } : {}, { includeDismissed: true }));
    for (const set of [results, reviewed]) {
      for (const lang of ['zh', 'en'] as const) {
        expect(toCsv(set, lang)).not.toContain('\u200b');
        expect(toMarkdown(set, lang)).not.toContain('\u200b');
      }
      expect(toJson(set)).not.toContain('\u200b');
    }
  });

  it('the page is a Markdown link that works: [address](address), escaped for Markdown where needed only', () => {
    const md = toMarkdown([{ ...R0, source: 'https://www.example.gov.cn/zwgk/ndbg_2020/t(1).html?a=1&b=2' }]);
    expect(md).toContain('- 页面：[https://www.example.gov.cn/zwgk/ndbg_2020/t(1).html?a=1&b=2](https://www.example.gov.cn/zwgk/ndbg_2020/t\\(1\\).html?a=1&b=2)\n');
    // a file path is text, not a link
    expect(toMarkdown([R0])).toContain('- 页面：seed-000\n');
    // a javascript: address is never a link
    expect(toMarkdown([{ ...R0, source: 'javascript:alert(1)' }])).toContain('- 页面：javascript:alert(1)\n');
  });
});

describe('a repair never rests on a dismissed finding', () => {
  const dismissed = { 'row-total:requests:result.disclosed:total': { status: 'dismissed' as const, note: '误报：申请人合计含另一机关的件数' } };

  it('before the dismissal, the joint correction names 予以公开·总计', () => {
    const f = R0.findings.find((x) => x.id === 'row-total:requests:new:total')!;
    expect(culpritText(f)).toBe('表三 · 本年新收申请 · 总计 可能有误：改为 2 后，行合计与勾稽关系均成立。需同时更正：表三 · 本年新收申请 · 总计 改为 2、表三 · 予以公开 · 总计 改为 3、表三 · 办理结果总计 · 总计 改为 3');
  });

  it('after it, the other findings drop that change (and the claim reckoned with it) in CSV, Markdown and JSON', () => {
    const reviewed = applyReviews(R0, dismissed);
    const csv = toCsv([reviewed]);
    expect(csv).not.toContain('予以公开 · 总计 改为 3');
    expect(csvRow(csv, 'row-total:requests:new:total')).toContain(',"表三 · 本年新收申请 · 总计 可能有误：应为 2。需同时更正：表三 · 本年新收申请 · 总计 改为 2、表三 · 办理结果总计 · 总计 改为 3",2,');
    expect(csvRow(csv, 'row-total:requests:result.total:total')).toContain(',"表三 · 办理结果总计 · 总计 可能有误：应为 3。需同时更正：表三 · 本年新收申请 · 总计 改为 2、表三 · 办理结果总计 · 总计 改为 3",3,');
    for (const lang of ['zh', 'en'] as const) expect(toMarkdown([reviewed], lang)).not.toMatch(/予以公开 · 总计 改为|Disclosed · Total to/);
    const json = JSON.parse(toJson([reviewed])).reports[0].findings;
    expect(json.find((f: { id: string }) => f.id === 'row-total:requests:new:total').repair).toEqual({
      kind: 'unique',
      cell: { row: 'new', col: 'total' },
      to: 2,
      fixes: [],
      changes: [
        { row: 'new', col: 'total', from: 1, to: 2 },
        { row: 'result.total', col: 'total', from: 0, to: 3 },
      ],
    });
  });

  it('kept as dismissed (含已排除), the dismissed finding still says what it said', () => {
    const reviewed = applyReviews(R0, dismissed, { includeDismissed: true });
    const f = reviewed.findings.find((x) => x.id === 'row-total:requests:result.disclosed:total')!;
    expect(f.review).toEqual({ status: 'dismissed', note: '误报：申请人合计含另一机关的件数' });
    expect(f.repair).toEqual(R0.findings.find((x) => x.id === f.id)!.repair);
  });

  it('of several possible corrections, those changing a dismissed cell go; one left is the repair, none left is none', () => {
    const a = { row: 'new', col: 'natural', from: 1, to: 2 };
    const b = { row: 'new', col: 'total', from: 1, to: 2 };
    const held = new Set(['requests/new/natural']);
    expect(repairWithout({ kind: 'ambiguous', options: [[a], [b]] }, 'requests', held)).toEqual({ kind: 'unique', cell: { row: 'new', col: 'total' }, to: 2, fixes: [], changes: [b] });
    expect(repairWithout({ kind: 'ambiguous', options: [[a]] }, 'requests', held)).toBeNull();
    expect(repairWithout({ kind: 'fill', changes: [a, b] }, 'requests', held)).toEqual({ kind: 'fill', changes: [b] });
    const unique = { kind: 'unique' as const, cell: { row: 'new', col: 'natural' }, to: 2, fixes: ['row-total' as const], changes: [a, b] };
    // a finding's own cell stays in its own repair
    expect(repairWithout(unique, 'requests', held)).toBe(unique);
  });
});

describe('shape findings put no counts in 填报值 and 应为', () => {
  it('CSV: the columns are empty and the message says the counts', () => {
    const en = toCsv([R4], 'en');
    expect(csvRow(en, 'shape:active:art20_8.fees:*')).toBe(
      '"shape:active:art20_8.fees:*","seed-004","澄月街道政府信息公开工作年度报告","澄月街道",2020,"shape:extra-values","table shape","error","Table 2","Administrative fees","whole row","active/art20_8.fees/*",,,"Table 2 · Administrative fees: 3 values where the template has 2 columns (extra: 0)","第 83 行","",,"A row carries more values than the template has columns: the extra values shift the columns; the first ones are checked.","Unreviewed","","","Table 2: 行政事业性收费 | 0 | 0"',
    );
    expect(csvRow(toCsv([R4]), 'shape:requests:*:*')).toContain('"表三","整表","整行","requests/*/*",,,"表三：23 行各有 14 个数值，模板只有 7 列');
  });

  it('Markdown: the same', () => {
    const rows = mdRows(toMarkdown([R4]));
    expect(rows).toContain('| 错误 | 表二 行政事业性收费·整行 |  |  | 表二·行政事业性收费：有 3 个数值，模板只有 2 列（多出的数值：0） |  | 未审核 | 表二：行政事业性收费 \\| 0 \\| 0 |');
    expect(rows.find((l) => l.includes('23 行各有 14 个数值'))!.startsWith('| 错误 | 表三 整表·整行 |  |  | ')).toBe(true);
  });

  it('a cell finding keeps its printed and expected values', () => {
    expect(csvRow(toCsv([R4]), 'stock:active:extra.1:total_published')).toContain('"对外公开总数量","active/extra.1/total_published",0,86,');
  });
});

describe('English Markdown is escaped only where Markdown needs it', () => {
  it('exact rows of seed 000: parentheses, dots and dashes as they are; | escaped in the cells', () => {
    expect(mdRows(toMarkdown([R0], 'en'))).toEqual([
      '| Severity | where | printed | expected | message | likely culprit | status | evidence |',
      '| error | Table 3 New requests·Total | 1 | 2 | New requests: total printed 1, the applicant columns add up to 2 | Table 3 · New requests · Total is likely wrong: with 2, the row total and balance hold. Correct together: Table 3 · New requests · Total to 2, Table 3 · Disclosed · Total to 3, Table 3 · Results total · Total to 3 | Unreviewed | Table 3: 一、本年新收政府信息公开申请数量 \\| 2 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| 1 |',
      '| error | Table 3 Disclosed·Total | 0 | 3 | Disclosed: total printed 0, the applicant columns add up to 3 | Table 3 · Disclosed · Total is likely wrong: with 3, the row total holds. Correct together: Table 3 · New requests · Total to 2, Table 3 · Disclosed · Total to 3, Table 3 · Results total · Total to 3 | Unreviewed | Table 3: （一）予以公开 \\| 3 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 |',
      '| error | Table 3 Results total·Total | blank (read as 0) | 3 | Results total · Total: blank (read as 0), should be 3 (the row total and balance) | Table 3 · Results total · Total is likely wrong: with 3, the row total and balance hold. Correct together: Table 3 · New requests · Total to 2, Table 3 · Disclosed · Total to 3, Table 3 · Results total · Total to 3 | Unreviewed | Table 3: （七）总计 \\| 3 \\| blank \\| blank \\| blank \\| blank \\| blank \\| blank |',
      '| warning | Table 3 New requests·Total | 1 | 2 | The text states requests received 2; Table 3 “New requests · Total” says 1; the text agrees with the table\'s arithmetic: the cell should be 2 |  | Unreviewed | As printed: “本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。”; Table 3: 一、本年新收政府信息公开申请数量 \\| 2 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| 1 |',
      '| warning | 一、2020年政务公开工作完成情况及成效 |  |  | “一、2020年政务公开工作完成情况及成效” repeats the number 一: the numbering restarts |  | Unreviewed | As printed: “一、2020年政务公开工作完成情况及成效” |',
      '| notice | Table 3 Whole table·whole row |  |  | Table 3: 131 cells hold no number (blank, a dash or 无; read as 0) |  | Unreviewed |  |',
    ]);
  });

  it('what would be markup is escaped, in context', () => {
    const md = toMarkdown([{ ...R0, title: 'a_b *x* _y_ [t](u) `c` C:\\path \\* &amp; 1 < 2 > 0 标题 #', organ: '# 机关 | 甲' }], 'en');
    expect(md).toContain('## a_b \\*x\\* \\_y\\_ \\[t](u) \\`c\\` C:\\path \\\\\\* &amp;amp; 1 &lt; 2 > 0 标题 \\#\n');
    // a list item's text is no table cell: | stays; # is not at the line's start
    expect(md).toContain('- organ: # 机关 | 甲\n');
  });
});

describe('every finding carries its evidence in every export', () => {
  it('JSON: the sentence quoted and the row as printed, each cell under its column', () => {
    const f = JSON.parse(toJson([R0])).reports[0].findings.find((x: { id: string }) => x.id === 'narrative:requests:new:total');
    expect(f.evidence).toEqual({
      text: '本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。',
      row: {
        key: 'new',
        label: '一、本年新收政府信息公开申请数量',
        cells: [
          { col: 'natural', text: '2' },
          { col: 'business', text: '0' },
          { col: 'research', text: '0' },
          { col: 'public_interest', text: '0' },
          { col: 'legal_service', text: '0' },
          { col: 'other_org', text: '0' },
          { col: 'total', text: '1' },
        ],
      },
    });
  });

  it('CSV: a last column, after the columns auditors read by position (BOM and CRLF kept)', () => {
    const csv = toCsv([R0]);
    expect(csv.startsWith('\uFEFF"编号","页面","标题","机关","年度","规则","规则类别","严重程度","表格","行","列","单元格","填报值","应为","说明","位置","可能有误","建议值","规则说明","审核状态","审核备注","需人工核对","原文依据"\r\n')).toBe(true);
    expect(csvRow(csv, 'row-total:requests:result.disclosed:total').endsWith(',"未审核","","","表三：（一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 0"')).toBe(true);
    expect(csvRow(csv, 'narrative:requests:new:total').endsWith(',"未审核","","","原文：“本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。”；表三：一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 1"')).toBe(true);
    expect(csvRow(toCsv([R0], 'en'), 'row-total:requests:result.total:total').endsWith(',"Table 3: （七）总计 | 3 | blank | blank | blank | blank | blank | blank"')).toBe(true);
  });

  it('Markdown: the last column of the table, and the needs-review list', () => {
    const rows = mdRows(toMarkdown([R0]));
    expect(rows[0]).toBe('| 级别 | 位置 | 填报值 | 应为 | 说明 | 可能有误 | 审核状态 | 原文依据 |');
    expect(rows).toContain(
      '| 警告 | 表三 本年新收申请·总计 | 1 | 2 | 正文称收到信息公开申请 2，表三「本年新收申请·总计」为 1；正文与表格的算术一致：该格应为 2 |  | 未审核 | 原文：“本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。”；表三：一、本年新收政府信息公开申请数量 \\| 2 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| 1 |',
    );
    // a finding that needs review is listed apart, its evidence under it (a list: | is no cell's end there)
    const doubtful = { ...R0, findings: R0.findings.map((f) => (f.id === 'narrative:requests:new:total' ? { ...f, needsReview: true, reason: '表格行无法确定' } : f)) };
    expect(toMarkdown([doubtful])).toContain('  - 原文依据：原文：“本年度共接到依申请公开2，内容涉及拆迁协议，均已按时回复。”；表三：一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 1\n');
  });

  it('every finding with a table row or a quoted text has evidence, in all fixtures', () => {
    for (const r of allFixtures()) {
      for (const f of r.findings) {
        // a finding on a printed cell's value: its row as printed (a missing row or a header has none)
        if (f.table && f.cell && f.cell.row !== '*' && !f.rule.startsWith('shape:')) expect(f.evidence?.row, `${r.source} ${f.id}`).toBeDefined();
        if (f.rule.startsWith('narrative')) expect(f.evidence?.text, `${r.source} ${f.id}`).toBeTruthy();
      }
    }
  });
});
