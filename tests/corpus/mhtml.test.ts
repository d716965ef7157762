/**
 * Report pages saved whole as one file (tests/tools/mhtml/make-mhtml.sh): Chromium's 「网页，单个文件」 (.mhtml) of the
 * project's report pages and the real Fujian pages, Word's and Internet Explorer's single-file web page (.mht, GB2312
 * quoted-printable) and a base64 one. Each is read as its page: the same title, organ, year, template and every finding
 * at the same cell; Chromium's keep the address the page was saved from.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const FILES = readdirSync(new URL('mhtml/', FIXTURES)).filter((f) => /\.mht(?:ml)?$/.test(f)).sort();
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

/** Every finding: its severity, whether it is left to review, its code, table and cell. */
const findings = (r: ReportResult) =>
  r.findings.map((f) => `${f.needsReview ? 'review ' : ''}${f.severity} ${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
const reading = (r: ReportResult) => ({ isReport: r.isReport, title: r.title, organ: r.organ, year: r.year, template: r.template, findings: findings(r) });

describe('report pages saved as one file (MHTML)', () => {
  it('holds the three kinds of file', () => {
    expect(FILES.filter((f) => f.endsWith('.mhtml'))).toHaveLength(17);
    expect(FILES.filter((f) => f.endsWith('.word.mht'))).toHaveLength(3);
    expect(FILES.filter((f) => f.endsWith('.b64.mht'))).toHaveLength(2);
  });

  it.each(FILES)('%s reads as its page', async (file) => {
    const name = file.replace(/\.(?:word|b64)\.mht$|\.mhtml$/, '.html');
    const dir = ['pages/', 'real/fujian/', 'real/fujian2/'].find((d) => existsSync(new URL(d + name, FIXTURES)))!;
    const page = (await auditFile(bytes(dir + name), name)).result;
    const saved = await auditFile(bytes(`mhtml/${file}`), file);
    expect(saved.result.isReport).toBe(true);
    expect(reading(saved.result)).toEqual(reading(page));
    expect(page.isReport).toBe(true);
    // where it was saved from: Chromium's writes the page's address; Word's a file on the office's PC (no address)
    expect(saved.input?.meta.url ?? null).toBe(file.endsWith('.mhtml') ? `http://127.0.0.1:8000/${dir}${name}` : null);
  });
});

describe('the command line on saved files', () => {
  it('audits .mhtml and .mht files found in a folder, each as its page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-mhtml-'));
    for (const f of ['report-late.mhtml', 'sample-report.word.mht', 'report-city-bureau.b64.mht']) copyFileSync(new URL(`mhtml/${f}`, FIXTURES), join(dir, f));
    let stdout = '';
    const code = await run(['--format', 'json', dir], { stdout: (s) => (stdout += s), stderr: () => undefined });
    const out = JSON.parse(stdout) as { reports: { source: string; title: string; verdict: string }[] };
    expect(code).toBe(0);
    expect(out.reports.map((r) => [r.source.slice(dir.length + 1), r.title, r.verdict])).toEqual([
      ['report-city-bureau.b64.mht', '江州市住房和城乡建设局2022年政府信息公开工作年度报告', 'pass'],
      ['report-late.mhtml', '澄月街道2020年政府信息公开工作年度报告', 'warn'],
      ['sample-report.word.mht', '2020年上塘街道政府信息公开工作年度报告', 'fail'],
    ]);
  });
});
