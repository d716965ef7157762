/** In headless Chromium with the built extension: the pre-check on pages that are not reports, the full audit against Readability, the dashboard. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT, launch, serve } from '../browser';
import { dashboardRows } from '../bench-dashboard';
import { newsPage } from './pages';
import { RUNS, kb, median, ms, quantile, say } from './stats';

/** Page loads per report page in Chromium: the browser's noise needs more than the rest. */
const BROWSER_RUNS = Math.max(RUNS, 25);

export async function browserBench() {
  const pages: Record<string, string> = {};
  for (const [name, size] of [['news-100k', 100_000], ['news-500k', 500_000], ['news-1m', 1_000_000], ['news-2m', 2_000_000]] as const) {
    pages[`/${name}.html`] = newsPage(size);
  }
  for (const f of ['sample-report.html', 'report-2021-cms.html', 'report-2019-split.html']) {
    pages[`/${f}`] = readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8');
  }
  const readability = (await build({ entryPoints: [join(ROOT, 'node_modules/@mozilla/readability/index.js')], bundle: true, format: 'iife', globalName: 'NianbaoReadability', write: false })).outputFiles[0]!.text;
  const server = await serve([
    (req, res) => {
      const p = (req.url ?? '').split('?')[0]!;
      if (!pages[p]) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[p]);
      return true;
    },
  ]);
  // a profile of its own, removed when the browser closes
  const b = await launch();
  try {
    const page = await b.context.newPage();
    let run = 0;
    const visit = async (path: string, key: string) => {
      // a fresh load every time (a query that changes), so each run starts cold like a real visit
      await page.goto(server.url(`${path}?run=${run++}#nianbao-bench`));
      await page.waitForFunction((k) => k in JSON.parse(document.documentElement.getAttribute('data-nianbao-bench') ?? '{}'), key, { timeout: 20_000 });
      return JSON.parse((await page.evaluate(() => document.documentElement.getAttribute('data-nianbao-bench')))!) as Record<string, number>;
    };

    say('### Content script on pages that are not reports (Chromium)');
    say();
    say('| page | KB | pre-check ms | passed to the engine? |');
    say('|---|---:|---:|---|');
    for (const p of Object.keys(pages).filter((x) => x.startsWith('/news'))) {
      const xs: number[] = [];
      let parsed = false;
      for (let i = 0; i < Math.min(RUNS, 7); i++) {
        const r = await visit(p, 'precheck100');
        xs.push(r.precheck100! / 100);
        parsed ||= 'engine' in r;
      }
      say(`| ${p.slice(1)} | ${kb(pages[p]!)} | ${ms(median(xs))} | ${parsed ? 'yes' : 'no'} |`);
    }
    say();
    say('### Full audit of a report page against one Readability parse (Chromium)');
    say();
    say('Audit = recognise, rebuild, map, check and mark the cells, in the content script of a fresh page load;');
    say('the panel, with the report files the page links to, is drawn after it (shown apart). Readability = one `new Readability(document.cloneNode(true)).parse()`');
    say('in the same page. Both start cold on every load, as on a real visit. The machine is noisy (±30 % from run to');
    say(`run), so each page is loaded ${BROWSER_RUNS} times: the ratio of the medians, and the ratio of each load with its quartiles.`);
    say();
    say('| page | KB | audit ms | panel ms | Readability ms | audit / Readability | per load: median (quartiles) |');
    say('|---|---:|---:|---:|---:|---:|---|');
    for (const p of Object.keys(pages).filter((x) => !x.startsWith('/news'))) {
      const audit: number[] = [];
      const panel: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < BROWSER_RUNS; i++) {
        const r = await visit(p, 'panel');
        audit.push(r.audit!);
        panel.push(r.panel!);
        await page.addScriptTag({ content: readability });
        read.push(await page.evaluate(() => {
          const t = performance.now();
          new (globalThis as unknown as { NianbaoReadability: { Readability: new (d: Document) => { parse(): unknown } } }).NianbaoReadability.Readability(document.cloneNode(true) as Document).parse();
          return performance.now() - t;
        }));
      }
      const each = audit.map((a, i) => a / read[i]!);
      const per = `${median(each).toFixed(2)} (${quantile(each, 0.25).toFixed(2)}–${quantile(each, 0.75).toFixed(2)})`;
      say(`| ${p.slice(1)} | ${kb(pages[p]!)} | ${ms(median(audit))} | ${ms(median(panel))} | ${ms(median(read))} | ${(median(audit) / median(read)).toFixed(2)} | ${per} |`);
    }
    say();
  } finally {
    await b.close();
    await server.close();
  }
}

/** The dashboard with many stored records: ms until the first row of the list is visible (scripts/bench-dashboard.ts). */
export async function dashboardBench() {
  say('### The dashboard with many stored records (Chromium)');
  say();
  say('Records of about 60 KB seeded into the extension’s storage; ms until the first row of the list is visible.');
  say();
  for (const row of await dashboardRows()) say(row);
  say();
}
