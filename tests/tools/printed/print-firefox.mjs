// Prints pages to PDF as a visitor using Firefox prints them (Save to PDF, A4, backgrounds on): Debian's Firefox ESR,
// headless, over WebDriver BiDi (browsingContext.print; Firefox's own PDF writer, no driver to install). On Linux it
// sets Chinese in Noto Sans CJK and its PDFs map about a fifth of the Chinese characters to U+FFFD (unknown) in their
// Unicode tables: the text layer a damaged-font PDF has. Called by make-printed.sh: print-firefox.mjs OUTDIR FILE…
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import WebSocket from 'ws';

const [out, ...files] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'ffprof-'));
const port = 9300 + Math.floor(Math.random() * 500);
const ff = spawn('firefox-esr', ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((ok) => ff.stderr.on('data', (d) => { if (String(d).includes('WebDriver BiDi listening')) ok(); }));
const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
await new Promise((ok) => ws.on('open', ok));
let id = 0;
const waiting = new Map();
ws.on('message', (m) => { const r = JSON.parse(String(m)); if (r.id && waiting.has(r.id)) { waiting.get(r.id)(r); waiting.delete(r.id); } });
const send = (method, params) => new Promise((ok, no) => { const i = ++id; waiting.set(i, (r) => (r.error ? no(new Error(`${r.error}: ${r.message}`)) : ok(r.result))); ws.send(JSON.stringify({ id: i, method, params })); });
await send('session.new', { capabilities: {} });
const { contexts } = await send('browsingContext.getTree', {});
const context = contexts[0].context;
for (const f of files) {
  await send('browsingContext.navigate', { context, url: `file://${resolve(f)}`, wait: 'complete' });
  const { data } = await send('browsingContext.print', { context, background: true, page: { width: 21, height: 29.7 } });
  const name = join(out, basename(f).replace(/\.html?$/, '-firefox.pdf'));
  writeFileSync(name, Buffer.from(data, 'base64'));
  console.log(name);
}
await send('session.end', {}).catch(() => undefined);
ws.close();
ff.kill();
await new Promise((ok) => ff.on('exit', ok));
rmSync(profile, { recursive: true, force: true });
