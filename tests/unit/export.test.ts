/** The export formatters: CSV for Excel/WPS, Markdown that keeps page text as text, JSON validated. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { exportParts, jsonParts, toAuditOutput, toCsv, toMarkdown, toJson } from '../../lib/result/format';
import { emptyResult } from '../../lib/result/empty';
import type { ReportResult } from '../../lib/result/schema';
import { applyReviews } from '../../lib/result/review';

const R0 = auditText(readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8'), 'seed-000').result;

describe('csv', () => {
  it('has a BOM, CRLF rows, one row per finding, and each finding’s review status and note', () => {
    const reviewed = applyReviews(R0, { 'row-total:requests:new:total': { status: 'confirmed', note: '已核实' } });
    const csv = toCsv([reviewed], 'zh');
    expect(csv.startsWith('\uFEFF"编号"')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + R0.findings.length);
    expect(lines[0]!.endsWith('"审核状态","审核备注","需人工核对","原文依据"')).toBe(true);
    expect(lines[1]!.endsWith('"已确认","已核实","","表三：一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 1"')).toBe(true);
    expect(lines[2]!.endsWith('"未审核","","","表三：（一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 0"')).toBe(true);
  });

  it('a finding that needs review says so, with why, in its own column; Markdown lists it in its own section', () => {
    const review = auditText(['标题: 莆田市审计局2020年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他',
      '一、本年新收政府信息公开申请数量', '0', '1', '0', '1', '二、上年结转政府信息公开申请数量', '0'].join('\n'), 'r.txt').result;
    const f = review.findings.find((x) => x.needsReview)!;
    const row = toCsv([review]).split('\r\n').find((l) => l.startsWith(`"${f.id}"`))!;
    expect(row.endsWith(`"需人工核对：${f.reason}",""`)).toBe(true);
    const md = toMarkdown([review]);
    expect(md).toContain('需人工核对 1');
    expect(md).toContain('### 需人工核对');
    // listed apart, not in the table of counted findings
    expect(md.split('### 需人工核对')[0]).not.toContain('数值个数与模板列数不符');
  });

  it('leaves dismissed findings out unless asked, and can keep errors and warnings only', () => {
    const reviews = { 'row-total:requests:new:total': { status: 'dismissed' as const, note: '口径不同' } };
    const rows = (r: ReportResult) => toCsv([r]).slice(1).split('\r\n').filter(Boolean).slice(1);
    expect(rows(applyReviews(R0, reviews))).toHaveLength(R0.findings.length - 1);
    const all = rows(applyReviews(R0, reviews, { includeDismissed: true }));
    expect(all).toHaveLength(R0.findings.length);
    expect(all[0]!.endsWith('"已标为误报","口径不同","","表三：一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 1"')).toBe(true);
    expect(rows(applyReviews(R0, {}, { seriousOnly: true })).every((l) => !l.includes('"提示"'))).toBe(true);
    expect(rows(applyReviews(R0, {}, { seriousOnly: true }))).toHaveLength(5);
  });

  it('a blank cell is printed as 空白（按 0 计）, never 0', () => {
    const row = toCsv([R0]).split('\r\n').find((l) => l.startsWith('"row-total:requests:result.total:total"'))!;
    expect(row).toContain(',"空白（按 0 计）",3,');
  });

  it('English headers and messages', () => {
    const csv = toCsv([R0], 'en');
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^"id","page","title","organ","year","rule"/);
    expect(csv).toContain('"New requests: total printed 1, the applicant columns add up to 2"');
  });

  it('a report that could not be read is one row with its error', () => {
    const bad: ReportResult = { ...R0, findings: [], error: '无法读取：文件不存在', source: 'x.txt' };
    const lines = toCsv([bad]).slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"无法读取：文件不存在"');
  });
});

describe('markdown', () => {
  it('escapes page text so that it stays text', () => {
    const hostile: ReportResult = { ...R0, title: '<img src=x onerror=alert(1)> | **粗体** [链接](javascript:alert(1))', organ: '`code`' };
    const md = toMarkdown([hostile]);
    // only what would be read as markup is escaped: the tag, the emphasis, the link's [ (its ( ) are text then)
    expect(md).toContain('## &lt;img src=x onerror=alert(1)> | \\*\\*粗体\\*\\* \\[链接](javascript:alert(1))');
    expect(md).not.toContain('<img');
    expect(md).toContain('\\`code\\`');
  });

  it('bare addresses in page text do not become links in a Markdown viewer: they are code, as printed', () => {
    const md = toMarkdown([{ ...R0, title: '详见 http://evil.example/x 或 www.evil.example' }]);
    expect(md).toContain('## 详见 `http://evil.example/x` 或 `www.evil.example`');
    expect(md).not.toContain('\u200b');
  });

  it('lists the verdict, the counts and each finding', () => {
    const md = toMarkdown([R0]);
    expect(md).toContain('- 结论：**有错误**　得分：64');
    expect(md).toContain('- 问题：错误 3，警告 2，提示 1');
    expect(md.split('\n').filter((l) => l.startsWith('| 错误 |'))).toHaveLength(3);
    expect(md).toContain('| 错误 | 表三 办理结果总计·总计 | 空白（按 0 计） | 3 |');
  });
});

describe('json', () => {
  it('is the audit output of audit-output.md, validated', () => {
    const out = JSON.parse(toJson([R0]));
    expect(out.tool).toEqual({ name: 'nianbao-audit', version: '0.1.0' });
    expect(out.reports[0].findings[0].id).toBe('row-total:requests:new:total');
    expect(() => toAuditOutput([{ ...R0, year: 1 }])).toThrow();
  });

  it('is written report by report, and the parts make the text of the whole output validated and indented at once', () => {
    const whole = (rs: ReportResult[]) => JSON.stringify(toAuditOutput(rs), null, 2) + '\n';
    // a report with line breaks in its words (JSON escapes them: the parts' indenting must not touch them), a report
    // that could not be read, one without findings, and an empty array
    const broken = { ...emptyResult('a\nb.html', '无法读取：\n第二行'), title: '标题\n第二行\u2028' };
    const quiet: ReportResult = { ...R0, source: 'quiet', findings: [] };
    for (const rs of [[], [R0], [R0, broken, quiet], [broken]]) expect(toJson(rs)).toBe(whole(rs));
    // one part before the reports, one per report, one after them
    expect([...jsonParts([R0, broken, quiet])]).toHaveLength(5);
    expect([...jsonParts([])]).toEqual([whole([])]);
    expect([...exportParts([R0, broken], 'csv')]).toEqual([toCsv([R0, broken])]);
    // a report the schema refuses is written as one that could not be audited, saying which field; the others are
    // written as they are (tests/unit/result-limits.test.ts)
    const refused = JSON.parse(toJson([R0, { ...R0, source: 'bad', year: 1 }, quiet])).reports;
    expect(refused.map((r: ReportResult) => [r.source, r.verdict, r.error])).toEqual([
      ['seed-000', R0.verdict, null],
      ['bad', 'error', '审计结果未通过格式校验（year），未写出'],
      ['quiet', R0.verdict, null],
    ]);
    expect([...jsonParts([R0, { ...R0, year: 1 }])]).toHaveLength(4);
  });
});

describe('rows the template does not have', () => {
  it('are named by their printed label in every export', () => {
    const r4 = auditText(readFileSync(new URL('../fixtures/004_0c8d149e9c0e9704.txt', import.meta.url), 'utf8'), 'seed-004').result;
    const csvRow = toCsv([r4]).split('\r\n').find((l) => l.startsWith('"stock:active:extra.1:total_published"'))!;
    expect(csvRow).toContain('"表二","其他（本单位或本单位办公室名义正式签发的、除规…","对外公开总数量"');
    expect(toMarkdown([r4])).toContain('| 错误 | 表二 其他（本单位或本单位办公室名义正式签发的、除规…·对外公开总数量 | 0 | 86 |');
  });
});
