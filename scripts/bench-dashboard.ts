/**
 * How long the dashboard takes to show its first row with N records of about
 * 60 KB stored (1,000 and 5,000 by default): the built extension in Debian's
 * Chromium, records seeded through its service worker. Prints Markdown table rows
 * (`dashboardRows()` returns them, for scripts/bench/browser.ts to call).
 *
 *   npx tsx scripts/bench-dashboard.ts [N ...]
 *
 * Three openings per N: right after seeding (the background makes the summaries
 * of records stored without them, once), opened again (its index in memory), and
 * after a browser restart (the summaries read from storage, no record read).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Browser } from './browser';
import { seedBigRecords } from './big-records';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** Milliseconds from opening the dashboard to its first record row visible. */
async function openTime(b: Browser): Promise<number> {
  const dash = await b.context.newPage();
  const t = performance.now();
  await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  await dash.locator('[data-testid=record]').first().waitFor({ state: 'visible', timeout: 600_000 });
  const ms = performance.now() - t;
  await dash.close();
  return ms;
}

/** Until every record has its summary stored (the background makes them as records arrive). */
async function settled(b: Browser, n: number) {
  for (;;) {
    const sums = await b.worker.evaluate(async () => (await chrome.storage.local.getKeys()).filter((k: string) => k.startsWith('sum:')).length);
    if (sums >= n) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export const HEADER = ['| Records | Seeded (s) | First open (ms) | Opened again (ms) | After a restart (ms) |', '| ---: | ---: | ---: | ---: | ---: |'];

export async function dashboardRow(n: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-dash-'));
  try {
    let b = await launch({ userDataDir: dir });
    const t = performance.now();
    await seedBigRecords(b.worker, n);
    await settled(b, n);
    const seeded = (performance.now() - t) / 1000;
    const first = await openTime(b);
    const again = await openTime(b);
    await b.close();
    b = await launch({ userDataDir: dir });
    const restarted = await openTime(b);
    await b.close();
    return `| ${n} | ${seeded.toFixed(0)} | ${first.toFixed(0)} | ${again.toFixed(0)} | ${restarted.toFixed(0)} |`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table's rows for these numbers of records. */
export async function dashboardRows(counts = [1_000, 5_000]): Promise<string[]> {
  const rows = HEADER.slice();
  for (const n of counts) rows.push(await dashboardRow(n));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = process.argv.slice(2).map(Number).filter((x) => x > 0);
  for (const row of await dashboardRows(counts.length ? counts : undefined)) console.log(row);
}
