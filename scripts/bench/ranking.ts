/**
 * The ranking at a region's scale (BENCH_ONLY=ranking): 5,000 reports ranked and written as CSV,
 * the HTML 体检报告 and the Excel workbook (with every finding) in Node; then the dashboard's 排名
 * view with 5,000 stored records in Chromium, timed from opening the dashboard to the view's first
 * row (its fold opened as soon as it shows).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, ROOT, launch, type Browser } from '../browser';
import { seedBigRecords } from '../big-records';
import { inputOf, rank, rankingCsv, rankingHtml, totalsOf } from '../../lib/ranking';
import { rankingXlsx } from '../../lib/ranking/xlsx';
import type { ReportResult } from '../../lib/result/schema';
import { auditHtml, auditText } from '../../lib/node';
import { median, ms, say } from './stats';

/** `n` results: the seeds and fixture pages audited once, each under many organs' names, years and addresses. */
function results(n: number): ReportResult[] {
  const dir = join(ROOT, 'tests/fixtures');
  const reports = [
    ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => auditText(readFileSync(join(dir, f), 'utf8'), `https://www.example.gov.cn/${f}`).result),
    ...readdirSync(join(dir, 'pages')).filter((f) => f.startsWith('report') || f === 'sample-report.html').map((f) => auditHtml(readFileSync(join(dir, 'pages', f), 'utf8'), `https://www.example.gov.cn/${f}`).result),
  ].filter((r) => r.isReport && !r.error);
  return Array.from({ length: n }, (_, i) => {
    const r = reports[i % reports.length]!;
    const k = Math.floor(i / reports.length);
    const year = 2020 + (k % 3);
    // one in seven published in March, after its deadline
    // each its own organ and year: 5,000 rows
    return { ...r, organ: `${r.organ}${i}`, year, publishedOn: `${year + 1}-0${k % 7 ? 1 : 3}-2${k % 9}`, source: `${r.source}?n=${k}` };
  });
}

async function timed<T>(runs: number, fn: () => Promise<T> | T): Promise<{ ms: number; out: T }> {
  const xs: number[] = [];
  let out!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = await fn();
    xs.push(performance.now() - t);
  }
  return { ms: median(xs), out };
}

export async function nodePart(n: number) {
  const rs = results(n);
  const css = readFileSync(join(ROOT, 'node_modules/charts.css/dist/charts.min.css'), 'utf8');
  const inputs = rs.map((r) => inputOf(r));
  const rows = await timed(5, () => {
    const ranking = rank(inputs);
    return { ranking, totals: totalsOf(ranking) };
  });
  const { ranking, totals } = rows.out;
  const csv = await timed(5, () => rankingCsv(ranking.rows));
  const html = await timed(5, () => rankingHtml(ranking, totals, { chartCss: css }));
  const xlsx = await timed(3, () => rankingXlsx({ ranking, totals, results: rs }));
  const findings = rs.reduce((s, r) => s + r.findings.length, 0);
  say(`${n.toLocaleString('en')} reports (${ranking.rows.length.toLocaleString('en')} rows, ${findings.toLocaleString('en')} findings); medians of 5 runs (Excel 3):`);
  say();
  say('| step | ms | output |');
  say('|---|---:|---:|');
  say(`| rows and totals (from results) | ${ms(rows.ms)} | |`);
  say(`| CSV | ${ms(csv.ms)} | ${Math.round(Buffer.byteLength(csv.out) / 1024)} KB |`);
  say(`| HTML 体检报告 | ${ms(html.ms)} | ${Math.round(Buffer.byteLength(html.out) / 1024)} KB |`);
  say(`| Excel (a sheet per year, every finding, totals) | ${ms(xlsx.ms)} | ${Math.round(xlsx.out.byteLength / 1024)} KB |`);
  say(`| all three | ${ms(rows.ms + csv.ms + html.ms + xlsx.ms)} | |`);
  say();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

interface Opening {
  /** From opening the dashboard to the list's first row visible (the 排名 fold shows with the list). */
  list: number;
  /** In the page, from the click on the fold to its first row painted. */
  view: number;
  /** From opening the dashboard to the 排名 view's first row painted. */
  total: number;
}

async function openTime(b: Browser): Promise<Opening> {
  const dash = await b.context.newPage();
  const t = performance.now();
  await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  await dash.locator('[data-testid=record]').first().waitFor({ state: 'visible', timeout: 600_000 });
  const list = performance.now() - t;
  await dash.locator('[data-testid=fold-ranking] > summary').waitFor({ timeout: 600_000 });
  // timed in the page: Playwright's own click waits for the element to stand still
  const view = await dash.evaluate(
    () =>
      new Promise<number>((ok) => {
        const t0 = performance.now();
        // no named function in here: tsx would wrap it in a helper the page does not have
        const obs = new MutationObserver(() => {
          if (!document.querySelector('[data-testid=rank-row]')) return;
          obs.disconnect();
          requestAnimationFrame(() => ok(performance.now() - t0));
        });
        obs.observe(document.body, { childList: true, subtree: true });
        (document.querySelector('[data-testid=fold-ranking] > summary') as HTMLElement).click();
      }),
  );
  const total = performance.now() - t;
  await dash.close();
  return { list, view, total };
}

async function dashboardPart(n: number) {
  if (!existsSync(CHROMIUM)) return say(`(Chromium part skipped: ${CHROMIUM} not found — run bash scripts/install-browser.sh)`);
  console.log('构建扩展 Building the extension…');
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-rank-'));
  try {
    let b = await launch({ userDataDir: dir });
    await seedBigRecords(b.worker, n);
    // every summary made (the background makes them as records arrive), as an auditor's storage holds them
    for (;;) {
      const sums = await b.worker.evaluate(async () => (await chrome.storage.local.getKeys()).filter((k: string) => k.startsWith('sum:')).length);
      if (sums >= n) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    // the index built from the summaries one by one: records just written past the background, no snapshot yet
    const unsnapped = await openTime(b);
    // an auditor's storage after the background has been idle a few seconds: the index's snapshot written
    for (;;) {
      const current = await b.worker.evaluate(async () => {
        const got = await chrome.storage.local.get(['sumidx', 'sumgen']);
        return got.sumidx?.gen !== undefined && got.sumidx.gen === got.sumgen;
      });
      if (current) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    await b.close();
    b = await launch({ userDataDir: dir });
    const first = await openTime(b);
    const again = [await openTime(b), await openTime(b), await openTime(b)];
    await b.close();
    const cell = (xs: Opening[]) => `${median(xs.map((x) => x.total)).toFixed(0)} (${median(xs.map((x) => x.list)).toFixed(0)} + ${median(xs.map((x) => x.view)).toFixed(0)})`;
    say(`The dashboard's 排名 view with ${n.toLocaleString('en')} stored records of about 60 KB (Chromium): ms from opening the dashboard to the view's`);
    say("first row painted (in brackets: to the list's first row, when the fold shows, + from the click on the fold to its rows, timed in the page).");
    say('First open: in a browser just started, the summary index read from its stored snapshot (lib/store/summary-snapshot.ts).');
    say('Without a snapshot: records just written past the background, the index built from the 5,000 summaries one by one.');
    say();
    say('| records | first open after a restart (ms) | opened again, median of 3 (ms) | without a snapshot (ms) |');
    say('|---:|---:|---:|---:|');
    say(`| ${n.toLocaleString('en')} | ${cell([first])} | ${cell(again)} | ${cell([unsnapped])} |`);
    say();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function rankingBench(n = 5_000) {
  say('### The ranking of a region');
  say();
  await nodePart(n);
  await dashboardPart(n);
}
