import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { AuditOutput } from '../../lib/result/schema';
import { neutralise, toCsv } from '../../lib/result/format';
import { gbk } from '../helpers/gbk';
import { copiedRegion, reportOf } from '../helpers/history-corpus';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const SEED0 = fixture('000_dccf7277737237a5.txt');
const SEED1 = fixture('001_d0214403203dae15.txt');
const SEED2 = fixture('002_d2562da69713e31b.txt');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('nianbao-audit command', () => {
  it('prints one JSON document of the audit-output shape', async () => {
    const r = await cli(SEED0, SEED2);
    expect(r.code).toBe(0);
    const out = AuditOutput.parse(JSON.parse(r.stdout));
    expect(out.tool.name).toBe('nianbao-audit');
    expect(out.reports.map((x) => x.organ)).toEqual(['上塘街道', '东通化街道']);
  });

  it('csv: BOM, one row per finding, the columns auditors need', async () => {
    const r = await cli('--format', 'csv', SEED0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = r.stdout.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('"编号","页面","标题","机关","年度","规则","规则类别","严重程度","表格","行","列","单元格","填报值","应为","说明","位置","可能有误","建议值","规则说明","审核状态","审核备注","需人工核对","原文依据"');
    // 3 errors, 2 warnings and one notice for the 131 blank cells
    expect(lines).toHaveLength(1 + 6);
    expect(lines[1]).toContain('"row-total:requests:new:total"');
    expect(lines[1]).toContain('"上塘街道",2020,"row-total","行合计","错误","表三","本年新收申请","总计","requests/new/total",1,2,"本年新收申请：总计填报 1，各类申请人合计为 2"');
  });

  it('md: a readable report', async () => {
    const r = await cli('--format', 'md', SEED0);
    expect(r.stdout).toContain('## 2020年上塘街道政府信息公开工作年度报告');
    expect(r.stdout).toContain('| 错误 | 表三 本年新收申请·总计 | 1 | 2 |');
  });

  it('--out writes the file; --lang en writes English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-'));
    const out = join(dir, 'a.md');
    const r = await cli('--format', 'md', '--lang', 'en', '--out', out, SEED0);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('New requests: total printed 1, the applicant columns add up to 2');
  });

  it('--out in a folder that does not exist: said in words, exit 2 (the sweep state beside it cannot be written)', async () => {
    const out = join(tmpdir(), `nb-missing-${process.pid}`, 'sub', 'a.json');
    const r = await cli('--out', out, SEED0);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nianbao-audit: 无法写入续跑记录 .*a\.json\.sweep\.jsonl：ENOENT/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder of 60 files: every one kept in the state by the end (its lines are written behind the audits, none lost)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-many-'));
    const text = readFileSync(SEED1, 'utf8');
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), text);
    const out = join(mkdtempSync(join(tmpdir(), 'nb-out-')), 'a.json');
    const r = await cli('--out', out, dir);
    expect(r.code).toBe(0);
    const lines = readFileSync(`${out}.sweep.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { k: string; source: string });
    expect(lines.map((l) => l.source)).toEqual(Array.from({ length: 60 }, (_, i) => join(dir, `r${String(i).padStart(2, '0')}.txt`)));
    // run again: all taken from the state, the same output
    const again = await cli('--out', out, dir);
    expect(again.stderr).toContain('续跑：60 页已在输出中，跳过');
  });

  it('--fail-on sets exit 1 only when that severity (or worse) is found', async () => {
    expect((await cli('--fail-on', 'error', SEED0)).code).toBe(1);
    expect((await cli('--fail-on', 'error', SEED1)).code).toBe(0);
    expect((await cli('--fail-on', 'warning', SEED1)).code).toBe(1);
    expect((await cli('--fail-on', 'warning', SEED2)).code).toBe(0);
  });

  it('--township-deadline moves the deadline of townships and street offices', async () => {
    const seed4 = fixture('004_0c8d149e9c0e9704.txt');
    const ids = async (...a: string[]) => AuditOutput.parse(JSON.parse((await cli(...a, seed4)).stdout)).reports[0]!.findings.map((f) => f.id);
    expect(await ids()).toContain('deadline:late');
    expect(await ids('--township-deadline', '03-31')).not.toContain('deadline:late');
  });

  it('bad arguments: exit 2 with a one-line reason', async () => {
    for (const args of [['--format', 'xml', SEED0], ['--fail-on', 'notice', SEED0], [], ['--bogus', SEED0], ['--township-deadline', '3/31', SEED0]]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('a folder: audits every page below it; junk, empty files and loops are reported and the rest audited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(SEED0, join(dir, 'sub', 'a.txt'));
    copyFileSync(fixture('pages/report-2021-cms.html'), join(dir, 'b.html'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]));
    writeFileSync(join(dir, 'notes.md'), '# not audited');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    // a socket: a file nobody can read, not even root
    const sock = createNetServer();
    await new Promise<void>((ok) => sock.listen(join(dir, 'socket.txt'), ok));
    const r = await cli(dir);
    sock.close();
    expect(r.code).toBe(2);
    const out = AuditOutput.parse(JSON.parse(r.stdout));
    const bySource = Object.fromEntries(out.reports.map((x) => [x.source.slice(dir.length + 1), x.error ?? x.verdict]));
    expect(bySource).toEqual({
      'b.html': 'pass',
      'broken.txt': '无法读取：文件不存在',
      'empty.txt': '空文件',
      'junk.txt': '无法审计：不是文本、网页或年报文件（PDF、Word）',
      'socket.txt': expect.stringMatching(/^无法读取：/),
      'sub/a.txt': 'fail',
      'sub/loop': '目录循环（链接指向已读过的目录），已跳过',
    });
    // each unreadable input said once, and the sweep's progress a line per input (no terminal here)
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => !/^nianbao-audit: (\d+\/7 |站点 )/.test(l))).toHaveLength(5);
    // each folder is a site of the sweep: said when it is done
    expect(lines.filter((l) => l.includes('站点 ')).map((l) => l.replace(dir, 'DIR'))).toEqual(['nianbao-audit: 站点 DIR 完成：5 页，审计 1，失败 4', 'nianbao-audit: 站点 DIR/sub 完成：2 页，审计 1，失败 1']);
    expect(lines.filter((l) => /^nianbao-audit: \d+\/7 /.test(l)).map((l) => l.split(' ')[1])).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
  });

  it('reads PDF, .docx and .doc report files, alone and in folders, and from URLs that serve them', async () => {
    const docs = fixture('documents');
    const dir = mkdtempSync(join(tmpdir(), 'nb-'));
    for (const f of ['blank-2021-chromium.pdf', 'blank-2021-libreoffice.docx', 'blank-2019-libreoffice.doc']) writeFileSync(join(dir, f), readFileSync(join(docs, f)));
    const out = AuditOutput.parse(JSON.parse((await cli(dir)).stdout));
    expect(out.reports.map((x) => [x.source.slice(dir.length + 1), x.file?.kind, x.organ, x.template, x.verdict, x.error])).toEqual([
      ['blank-2019-libreoffice.doc', 'doc', '示例市示例区住房和城乡建设局', '2019', 'pass', null],
      ['blank-2021-chromium.pdf', 'pdf', '示例街道办事处', '2021', 'pass', null],
      ['blank-2021-libreoffice.docx', 'docx', '示例街道办事处', '2021', 'pass', null],
    ]);
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(readFileSync(join(docs, 'blank-2021-chromium.pdf')));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/2022年年报.pdf`;
    const viaUrl = AuditOutput.parse(JSON.parse((await cli(url)).stdout)).reports[0]!;
    server.close();
    expect(viaUrl).toMatchObject({ source: url, file: { kind: 'pdf', pages: 4 }, organ: '示例街道办事处', verdict: 'pass' });
  });

  it('reads GBK pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-'));
    const html = readFileSync(fixture('pages/report-2021-cms.html'), 'utf8').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    writeFileSync(join(dir, 'gbk.html'), gbk(html));
    const out = AuditOutput.parse(JSON.parse((await cli(join(dir, 'gbk.html'))).stdout));
    expect(out.reports[0]).toMatchObject({ isReport: true, organ: '八泉街道', verdict: 'pass' });
  });

  it('fetches URLs over HTTP', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/report.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(fixture('pages/sample-report.html')));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const r = await cli(`${base}/report.html`, `${base}/gone.html`);
      const out = AuditOutput.parse(JSON.parse(r.stdout));
      expect(out.reports.map((x) => [x.verdict, x.error])).toEqual([['fail', null], ['error', '页面不存在（404）']]);
      expect(r.code).toBe(2);
    } finally {
      server.close();
    }
  });

  it('runs as installed: bin/nianbao-audit.mjs needs no build step', async () => {
    const bin = new URL('../../bin/nianbao-audit.mjs', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--format', 'json', SEED2]);
    expect(AuditOutput.parse(JSON.parse(stdout)).reports[0]!.verdict).toBe('pass');
  });

  it('a reader that stops reading (| head): the command ends with its own code, without a trace', async () => {
    const bin = new URL('../../bin/nianbao-audit.mjs', import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), 'nb-head-'));
    // output far past a pipe's buffer
    for (let i = 0; i < 40; i++) copyFileSync(SEED2, join(dir, `r${i}.txt`));
    const child = spawn(process.execPath, [bin, '--format', 'json', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const first = await new Promise<string>((done) => child.stdout.once('data', (d) => done(String(d))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    expect(first.startsWith('{')).toBe(true);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe('one run, one history', () => {
  it('a folder of an organ’s years and another organ’s copy: cross-year and copied-prose findings in each report’s result, every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-'));
    // 东湖街道's years, 2021's carry-over broken; 中塘街道 copies eight of 北塘街道's twelve sentences
    const { reports } = copiedRegion();
    for (const r of reports) writeFileSync(join(dir, `${r.organ}-${r.year}.txt`), reportOf(r));
    const r = await cli(dir);
    const out = AuditOutput.parse(JSON.parse(r.stdout));
    const by = (name: string) => out.reports.find((x) => x.source.endsWith(name))!.findings.map((f) => f.rule);
    expect(by('东湖街道-2021.txt')).toEqual(['cross-year:carried-over']);
    expect(by('东湖街道-2022.txt')).toEqual([]);
    expect(by('北塘街道-2021.txt')).toEqual(['copied-text:other-organ']);
    expect(by('中塘街道-2021.txt')).toEqual(['copied-text:other-organ']);
    expect(out.reports.find((x) => x.source.endsWith('中塘街道-2021.txt'))!.findings[0]!.shared!.length).toBeGreaterThan(5);
    const md = await cli('--format', 'md', dir);
    expect(md.stdout).toContain('北塘街道2021年政府信息公开工作年度报告');
    expect(md.stdout).toContain('上年报告可能已更正');
    const share = Number(out.reports.find((x) => x.source.endsWith('中塘街道-2021.txt'))!.findings[0]!.args.share);
    expect(share).toBeGreaterThanOrEqual(60);
    expect(share).toBeLessThan(80);
    // a threshold above the copy's share: no copied-prose finding
    const strict = AuditOutput.parse(JSON.parse((await cli('--copy-threshold', '80', dir)).stdout));
    expect(strict.reports.flatMap((x) => x.findings.map((f) => f.rule)).filter((x) => x.startsWith('copied'))).toEqual([]);
  });
});

describe('csv safety', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', 'ok'].map(neutralise)).toEqual(["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tx", 'ok']);
    const csv = toCsv([{
      source: '=HYPERLINK("http://x")', isReport: true, title: '@title', organ: '+organ', organLevel: null, government: false, provenance: { organ: 'title', year: 'title', level: null }, year: 2020, datedOn: null, publishedOn: null, template: '2019',
      tables: [], counts: { error: 1, warning: 0, notice: 0 }, score: 90, verdict: 'fail', error: null,
      findings: [{ id: 'x', rule: 'row-total', severity: 'error', table: 'requests', cell: { row: 'new', col: 'total' }, related: [], expected: -1, actual: 2, message: '-msg', where: '=w', msg: 'f_row_total', args: {}, repair: null, culprit: null, suggested: null, covers: [], blank: false }],
    }]);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")","\'@title","\'+organ"');
    expect(csv).toContain(',2,-1,"\'-msg","\'=w"');
  });
});
