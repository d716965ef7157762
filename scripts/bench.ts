/**
 * `npm run bench`: what an audit costs, in Node and in headless Chromium with
 * the built extension. Prints one Markdown table per measure (medians over
 * repeated runs) and writes them to out/bench.md. Numbers stay out of the tests.
 *
 * The sections live in scripts/bench/: node.ts (the engine in Node), cli.ts (the CLI against
 * pandas, and on its largest inputs), files.ts (report files), history.ts (the checks across
 * reports, the stored history), browser.ts (Chromium), ranking.ts (the ranking of 5,000 reports, its outputs and the
 * dashboard's 排名 view); pages.ts makes the synthetic pages and
 * stats.ts holds the medians, the number formats and the output collector.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT } from './browser';
import { browserBench, dashboardBench } from './bench/browser';
import { cliBench, memoryBench } from './bench/cli';
import { filesBench, scanBench, scanBrowserBench } from './bench/files';
import { historyBench, storedHistoryBench } from './bench/history';
import { nodeBench } from './bench/node';
import { sweepBench } from './bench/sweep';
import { rankingBench } from './bench/ranking';
import { OUT, RUNS, lines, say } from './bench/stats';

/** BENCH_ONLY=cli,memory (node, cli, memory, sweep, files, scans, history, browser, dashboard — the last two together — ranking) runs those sections alone. */
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const want = (s: string) => !only || only.has(s);
say(`## Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, medians of ${RUNS} runs)`);
say();
if (want('node')) nodeBench();
if (want('cli')) cliBench();
if (want('memory')) memoryBench();
if (want('sweep')) await sweepBench();
if (want('files')) await filesBench();
if (want('scans')) {
  await scanBench();
  await scanBrowserBench();
}
if (want('history')) await storedHistoryBench(historyBench());
if (want('browser')) {
  if (existsSync(CHROMIUM)) {
    console.log('构建扩展 Building the extension…');
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    await browserBench();
    if (want('dashboard')) await dashboardBench();
  } else say(`(Chromium part skipped: ${CHROMIUM} not found — run bash scripts/install-browser.sh)`);
}
if (want('ranking')) await rankingBench();
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench.md'), lines.join('\n') + '\n');
