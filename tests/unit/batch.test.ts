/** Batch audits from the command line against a fake government site on localhost. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { runQueue, Permanent } from '../../lib/batch/queue';
import { reportLinks } from '../../lib/batch/links';
import { parseHtml } from '../../lib/node';
import { AuditOutput } from '../../lib/result/schema';
import { fakeSite, type FakeSite } from '../helpers/fake-site';

let site: FakeSite;
beforeAll(async () => {
  site = await fakeSite();
});
afterAll(async () => site?.close());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const FAST = ['--concurrency', '3', '--delay', '20', '--retries', '1', '--timeout', '2'];

describe('report links of a listing page', () => {
  it('same-site report links only, no attachments, no duplicates', async () => {
    const html = await (await fetch(site.listing)).text();
    const links = reportLinks(parseHtml(html), site.listing);
    expect(links).toHaveLength(30);
    expect(links.every((l) => l.url.startsWith(site.url('/art/')))).toBe(true);
  });
});

describe('the polite queue', () => {
  it('retries with back-off what may pass, not what cannot, and stops on cancel', async () => {
    const waits: number[] = [];
    const tries = new Map<string, number>();
    const out: Record<string, string> = {};
    await runQueue(
      ['flaky', 'gone', 'fine'],
      async (x) => {
        tries.set(x, (tries.get(x) ?? 0) + 1);
        if (x === 'gone') throw new Permanent('HTTP 404');
        if (x === 'flaky' && tries.get(x)! < 3) throw new Error('timeout');
        return x.toUpperCase();
      },
      { concurrency: 1, delayMs: 0, retries: 3, backoffMs: 100, sleep: async (ms) => void (ms && waits.push(ms)) },
      (x, o) => void (out[x] = o.ok ? `${o.value}/${o.tries}` : `${o.error}/${o.tries}`),
    );
    expect(out).toEqual({ flaky: 'FLAKY/3', gone: 'HTTP 404/1', fine: 'FINE/1' });
    expect(waits).toEqual([100, 200]);
    const ctl = new AbortController();
    const seen: string[] = [];
    await runQueue(['a', 'b', 'c'], async (x) => x, { concurrency: 1, delayMs: 0, retries: 0, backoffMs: 0, signal: ctl.signal }, (x) => {
      seen.push(x);
      if (x === 'a') ctl.abort();
    });
    expect(seen).toEqual(['a']);
  });
});

describe('nianbao-audit --follow', () => {
  it('audits every report a listing links to, politely, and accounts for every page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-batch-'));
    const out = join(dir, 'out.json');
    const r = await cli('--follow', ...FAST, '--out', out, site.listing);
    expect(r.code).toBe(2);
    const reports = AuditOutput.parse(JSON.parse(readFileSync(out, 'utf8'))).reports;
    expect(reports).toHaveLength(30);
    const by = new Map(reports.map((x) => [x.source, x]));
    expect(by.get(site.slow)!.error).toBe('请求超时');
    expect(by.get(site.missing)!.error).toBe('页面不存在（404）');
    const ok = site.reports.map((u) => by.get(u)!);
    expect(ok.every((x) => x.isReport && !x.error)).toBe(true);
    // GBK pages read in their own encoding
    expect(ok.every((x) => /街道\d+$/.test(x.organ ?? ''))).toBe(true);
    expect(by.get(site.url('/art/2022/1/6/art_1_5.html'))!.organ).toBe('西湖街道5');
    expect(by.get(site.url('/art/2022/1/8/art_1_7.html'))!.organ).toBe('八泉街道7');
    expect(site.maxInFlight()).toBeLessThanOrEqual(3);
    expect(site.hits('/art/2022/1/30/art_1_missing.html')).toBe(1); // a 404 is not retried
    expect(site.hits('/art/2022/1/29/art_1_slow.html')).toBe(2); // a timeout is, once
    expect(r.stderr).toContain('找到 30 篇年报链接');
    expect(r.stderr).toMatch(/共 30 页：年报 28，非年报 0，失败 2；有错误的年报 7/);
    expect(r.stderr).toMatch(/nianbao-audit: 30\/30 /);

    // a re-run skips what the output holds and tries the failures again
    const again = await cli('--follow', ...FAST, '--out', out, site.listing);
    expect(again.stderr).toContain('续跑：28 页已在输出中，跳过');
    expect(AuditOutput.parse(JSON.parse(readFileSync(out, 'utf8'))).reports).toHaveLength(30);
    expect(site.hits('/art/2022/1/6/art_1_5.html')).toBe(1);
  });

  it('--urls reads a list file; csv output keeps its state beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-batch-'));
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# 抽查\n${site.reports.slice(0, 4).join('\n')}\n\n${site.missing}\n`);
    const out = join(dir, 'out.csv');
    const r = await cli('--urls', list, ...FAST, '--format', 'csv', '--out', out);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFF')).toBe(true);
    // what was done is kept beside the output as it goes, one line per page audited (the failure is tried again)
    expect(readFileSync(`${out}.sweep.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l).source).sort()).toEqual(site.reports.slice(0, 4).sort());
    const again = await cli('--urls', list, ...FAST, '--format', 'csv', '--out', out);
    expect(again.stderr).toContain('续跑：4 页已在输出中，跳过');
  });
});
