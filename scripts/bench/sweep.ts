/**
 * The region sweep (issue "The evaluator's round"): a region served from localhost by a process of its own
 * (tests/tools/region-server.ts), swept by the CLI bundle — at full speed (what the CPU allows), killed half-way
 * and resumed, and bounded by its politeness (what the settings allow): pages per second, peak memory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../browser';
import { freshCli } from './cli';
import { say } from './stats';

const BIN = join(ROOT, 'bin/nianbao-audit.mjs');

/** A region server: its size once it listens, and the requests it has served when asked. */
async function region(counties: number, files: number, listings: string): Promise<{ proc: ChildProcess; size: { pages: number; files: number; sites: number }; served: () => Promise<{ requests: number; most: number }> }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/tools/region-server.ts'), '--counties', String(counties), '--files', String(files), '--listings', listings], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout! });
  const queue: string[] = [];
  let wake: (() => void) | null = null;
  lines.on('line', (l) => {
    queue.push(l);
    wake?.();
  });
  const next = async () => {
    while (!queue.length) await new Promise<void>((r) => (wake = r));
    return JSON.parse(queue.shift()!);
  };
  const size = await next();
  return {
    proc,
    size,
    served: async () => {
      proc.stdin!.write('hits\n');
      return next();
    },
  };
}

/** One CLI run under /usr/bin/time: seconds and peak MB. */
function sweep(args: string[]): { s: number; mb: number; code: number | null } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'node', BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - t) / 1000;
  return { s, mb: Number(r.stderr.trim().split('\n').pop()) / 1024, code: r.status };
}

const doneLines = (state: string) => (existsSync(state) ? readFileSync(state, 'utf8').split('\n').filter((l) => l.startsWith('{"k":"done"')).length : 0);

export async function sweepBench() {
  if (!existsSync('/usr/bin/time')) return;
  freshCli();
  const counties = Number(process.env.BENCH_SWEEP_COUNTIES ?? 236);
  const files = Number(process.env.BENCH_SWEEP_FILES ?? 500);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-sweep-'));
  const listings = join(dir, 'listings.txt');
  const r = await region(counties, files, listings);
  const total = r.size.pages + r.size.files;
  say(`### The region sweep: ${r.size.sites} sites, ${r.size.pages} report pages and ${r.size.files} report files served from localhost`);
  say();
  say('| run | settings | seconds | pages / s | peak MB | requests served |');
  say('|---|---|---:|---:|---:|---:|');
  const fast = ['--urls', listings, '--follow', '--sites', '16', '--concurrency', '2', '--delay', '0', '--timeout', '60'];
  let before = (await r.served()).requests;
  const whole = sweep([...fast, '--out', join(dir, 'whole.json')]);
  let after = await r.served();
  say(`| whole region | 16 sites × 2 at once, no pause | ${whole.s.toFixed(1)} | ${(total / whole.s).toFixed(0)} | ${Math.round(whole.mb)} | ${after.requests - before} |`);

  // killed half-way (SIGKILL), then run again: what was done is not fetched again
  const out = join(dir, 'resumed.json');
  before = after.requests;
  const child = spawn('node', [BIN, ...fast, '--out', out], { stdio: 'ignore' });
  const t = performance.now();
  while (doneLines(`${out}.sweep.jsonl`) < total / 2) await new Promise((res) => setTimeout(res, 200));
  child.kill('SIGKILL');
  await new Promise((res) => child.once('exit', res));
  const killedAt = (performance.now() - t) / 1000;
  const half = doneLines(`${out}.sweep.jsonl`);
  const resumed = sweep([...fast, '--out', out]);
  after = await r.served();
  const same = readFileSync(out, 'utf8').replace(/"generatedAt":"[^"]*"/, '') === readFileSync(join(dir, 'whole.json'), 'utf8').replace(/"generatedAt":"[^"]*"/, '');
  say(`| killed at ${half} done (${killedAt.toFixed(1)} s), then resumed | the same | ${resumed.s.toFixed(1)} | ${((total - half) / resumed.s).toFixed(0)} | ${Math.round(resumed.mb)} | ${after.requests - before} (${total + r.size.sites} once each; output ${same ? 'identical' : 'DIFFERENT'}) |`);

  // the settings bound the rate: a part of the region at 5 requests a second per site
  const part = join(dir, 'part.txt');
  const some = readFileSync(listings, 'utf8').trim().split('\n').slice(0, 8);
  spawnSync('sh', ['-c', `printf '%s\\n' ${some.map((s) => `'${s}'`).join(' ')} > ${part}`]);
  const polite = sweep(['--urls', part, '--follow', '--sites', '8', '--concurrency', '2', '--delay', '200', '--out', join(dir, 'polite.json')]);
  const pages = JSON.parse(readFileSync(join(dir, 'polite.json'), 'utf8')).reports.length;
  say(`| 8 sites | 8 sites, 200 ms between requests to a site (at most 40 a second in all) | ${polite.s.toFixed(1)} | ${(pages / polite.s).toFixed(1)} | ${Math.round(polite.mb)} | |`);
  say();
  r.proc.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
