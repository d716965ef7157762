/**
 * Just enough WebDriver BiDi to drive Debian's Firefox ESR with the built
 * extension installed: start, install the add-on, navigate, evaluate.
 * (Playwright's Firefox-over-BiDi needs commands this ESR lacks.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export class Bidi {
  private id = 0;
  private waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private constructor(private ws: WebSocket, private proc: ChildProcess, private profile: string) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const w = msg.id !== undefined ? this.waiting.get(msg.id) : undefined;
      if (!w) return;
      this.waiting.delete(msg.id!);
      if (msg.type === 'error') w.fail(new Error(`${msg.error}: ${msg.message}`));
      else w.ok(msg.result);
    });
  }

  static async launch(): Promise<Bidi> {
    const profile = mkdtempSync(join(tmpdir(), 'nianbao-ff-'));
    // no network chatter from the browser itself: this machine has none
    writeFileSync(join(profile, 'user.js'), [
      'user_pref("app.update.enabled", false);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.enabled", false);',
      'user_pref("extensions.update.enabled", false);',
      'user_pref("network.captive-portal-service.enabled", false);',
    ].join('\n'));
    const proc = spawn(FIREFOX, ['--headless', '--remote-debugging-port=0', '--no-remote', '--profile', profile], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('Firefox did not start its BiDi server')), 30_000);
      let err = '';
      proc.stderr!.on('data', (d) => {
        err += String(d);
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      });
      proc.on('exit', (code) => fail(new Error(`Firefox exited (${code}): ${err.slice(-500)}`)));
    });
    const ws = new WebSocket(`${url}/session`);
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    const b = new Bidi(ws, proc, profile);
    await b.send('session.new', { capabilities: {} });
    return b;
  }

  send<T = any>(method: string, params: object = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const id = ++this.id;
    return new Promise((ok, fail) => {
      this.waiting.set(id, { ok: ok as (v: unknown) => void, fail });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  async context(): Promise<string> {
    const tree = await this.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    return tree.contexts[0]!.context;
  }

  async navigate(context: string, url: string) {
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
  }

  /** Evaluate an expression in the page; its JSON value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const r = await this.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `JSON.stringify(${expression})`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception');
    return JSON.parse(String(r.result?.value)) as T;
  }

  async poll<T>(context: string, expression: string, until: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.evaluate<T>(context, expression);
      if (until(v) || Date.now() > end) return v;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async close() {
    await this.send('browser.close', {}).catch(() => undefined);
    this.ws.close();
    await new Promise((r) => (this.proc.exitCode !== null ? r(null) : this.proc.once('exit', r)));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
