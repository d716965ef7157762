#!/usr/bin/env node
// The command line: the bundle `npm ci` builds (dist/cli, scripts/build-cli.mjs) starts at once; where there
// is none, or the sources changed since it was built, the TypeScript sources run through tsx instead.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runCached } from './code-cache.mjs';

// No pretenuring. V8 moves an allocation site's objects straight to the old generation once many of them survive a
// scavenge: a page's tree does while its page is audited, and then dies with it. Made old, the nodes leave the young
// generation's collector thousands of old-to-young pointers to scan at every scavenge, and the old generation fills
// with pages already done (on a region's 150 pages, scavenges 190 → 140 ms; the run 5–9% shorter, docs/performance.md).
// Set before the bundle is compiled, here as in the build's run that makes its code cache: V8 keeps a cache only for
// the flags it was made with.
setFlagsFromString('--no-allocation-site-pretenuring');

// A sweep (--urls, --follow) holds a region's results for minutes: it runs under a heap cap, so that V8 collects
// as it goes rather than letting the heap grow toward the machine's memory (a sweep of 5,500 pages and files
// needs about 200 MB at its end, when the region is audited as one history and written out; uncapped, V8 let
// the heap grow to three times that).
const SWEEP_HEAP_MB = 384;
// and a young generation of 8 MB semi-spaces (V8's default for this heap is 16): the same speed, about 25 MB less at the
// peak (`npm run bench`'s sweep row, docs/performance.md)
const SEMI_SPACE_MB = 8;
const args = process.argv.slice(2);
if (!process.env.NIANBAO_CAPPED && args.some((a) => a === '--urls' || a === '--follow' || a.startsWith('--urls='))) {
  // an IPC channel beside the terminal's streams: killed outright (SIGKILL), this process cannot pass it on, but the
  // channel closes and the sweep stops with it (its state keeps what it did). child_process is loaded here only: it
  // brings net and dgram, 5 ms of every other run's start.
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [`--max-old-space-size=${SWEEP_HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, fileURLToPath(import.meta.url), ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NIANBAO_CAPPED: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  const code = await new Promise((done) => child.once('exit', (c, sig) => done(sig ? 1 : (c ?? 1))));
  process.exit(code);
}
// the capped sweep: it ends when the process that started it is gone
if (process.env.NIANBAO_CAPPED && process.send) {
  process.on('disconnect', () => process.exit(137));
  // the channel only watches: the sweep ends when its work does
  process.channel?.unref();
}

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli/main.cjs`;

/** The newest modification time of the engine's sources. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : e.name.endsWith('.ts') ? statSync(p).mtimeMs : 0);
  }
  return t;
}

if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(`${root}lib`)) {
  // compiled with the code cache beside it (bin/code-cache.mjs); NIANBAO_TIMING=1 says whether it served
  const cache = runCached(bundle, !!process.env.NIANBAO_WRITE_CODE_CACHE);
  if (process.env.NIANBAO_TIMING) process.stderr.write(`nianbao-audit: code cache ${cache}\n`);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../lib/cli/bin.ts');
}
