/**
 * The CLI bundle as it is run (bin/code-cache.mjs, scripts/ascii-only.mjs, scripts/build-cli.mjs): made ASCII
 * without changing what any regular expression or string means, and compiled with a code cache only where the cache
 * was made from this very bundle — V8 checks only the length of the source, and would run a stale cache's functions.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCode } from '../../bin/code-cache.mjs';
import { asciiOnly } from '../../scripts/ascii-only.mjs';

const CODE_CACHE = new URL('../../bin/code-cache.mjs', import.meta.url).pathname;
const DIST = new URL('../../dist/cli/', import.meta.url).pathname;

describe('asciiOnly', () => {
  // what the engine's patterns look like: classes of Chinese numerals, an astral character under the u flag, an
  // identity escape of a Chinese stop, strings and templates
  const src = String.raw`
    const numerals = /^[〇零一二三四五六七八九十]+$/;
    const stop = /[^。；;]+[。；;]/g;
    const escaped = /\。|\，/;
    const astral = /^[\u{20000}-\u{2A6DF}𠀀]$/u;
    const quoted = /[“”„‟″]/g;
    const slashes = /\\。/;
    const word = '政府信息公开';
    const tpl = ${'`'}第${'${'}1}条：申请${'`'};
    return { numerals, stop, escaped, astral, quoted, slashes, word, tpl };
  `;
  const run = (js: string) => new Function(js)() as Record<string, RegExp | string>;
  const before = run(src);
  const after = run(asciiOnly(src));

  it('leaves no character outside ASCII', () => {
    expect(/[^\x00-\x7f]/.test(asciiOnly(src))).toBe(false);
    expect(/[^\x00-\x7f]/.test(src)).toBe(true);
  });

  it('keeps what every pattern matches and every string says', () => {
    const inputs = ['一二三', '一二a', '〇十', '申请。答复；', '。', '，', 'x', '𠀀', '\u{20001}', '𠀀𠀀', '“引”', '\\。', '\\', '政府'];
    for (const k of ['numerals', 'stop', 'escaped', 'astral', 'quoted', 'slashes'] as const) {
      const a = before[k] as RegExp;
      const b = after[k] as RegExp;
      expect(b.flags).toBe(a.flags);
      for (const s of inputs) expect([k, s, s.replace(new RegExp(b.source, b.flags), '#')]).toEqual([k, s, s.replace(a, '#')]);
    }
    expect(after.word).toBe('政府信息公开');
    expect(after.tpl).toBe('第1条：申请');
  });

  it('drops the backslash of an identity escape, keeps an escaped backslash', () => {
    expect(asciiOnly('/\\。/')).toBe('/\\u3002/');
    expect(asciiOnly('/\\\\。/')).toBe('/\\\\\\u3002/');
    expect(asciiOnly('"𠀀"')).toBe('"\\ud840\\udc00"');
  });
});

describe('the code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = join(dir, 'b.cjs');
  // two bundles of one length whose one function answers differently
  const body = (answer: string) => `function f() { return '${answer}'; }\nfor (let i = 0; i < 3; i++) f();\nprocess.stdout.write(f() + ':' + require('node:path').basename(__filename));\n`;
  const runIt = async (write = false) => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      '--input-type=module',
      '-e',
      `import { runCached } from ${JSON.stringify(CODE_CACHE)}; process.stderr.write(runCached(process.argv[1], process.argv[2] === 'w'));`,
      bundle,
      write ? 'w' : '',
    ]);
    return { out: stdout, cache: stderr };
  };

  it('is made by a run that asks for it, and used by the next', async () => {
    writeFileSync(bundle, body('AAAA'));
    expect(await runIt(true)).toEqual({ out: 'AAAA:b.cjs', cache: 'none' });
    expect(readFileSync(`${bundle}.cache`).length).toBeGreaterThan(32);
    expect(await runIt()).toEqual({ out: 'AAAA:b.cjs', cache: 'used' });
  });

  it('is not used for a rebuilt bundle of the same length: the new code runs', async () => {
    writeFileSync(bundle, body('BBBB'));
    expect(await runIt()).toEqual({ out: 'BBBB:b.cjs', cache: 'none' });
  });

  it('one V8 refuses costs only the time', async () => {
    const { hash } = cachedCode(readFileSync(bundle), undefined);
    writeFileSync(`${bundle}.cache`, Buffer.concat([hash, Buffer.from('not code at all, but long enough to be read as some')]));
    expect(await runIt()).toEqual({ out: 'BBBB:b.cjs', cache: 'refused' });
  });

  it('names its bundle by a hash of all of it', () => {
    const a = new TextEncoder().encode(body('AAAA'));
    const b = new TextEncoder().encode(body('BBBB'));
    const made = Buffer.concat([cachedCode(a, undefined).hash, Buffer.from('code')]);
    expect(cachedCode(a, made).code?.toString()).toBe('code');
    expect(cachedCode(b, made).code).toBeUndefined();
    expect(cachedCode(a, made.subarray(0, 32)).code).toBeUndefined();
    expect(cachedCode(a, undefined).code).toBeUndefined();
  });

  // the build's own bundle, run as bin/nianbao-audit.mjs runs it (argv[1] stands for the script)
  const command = (...argv: string[]) =>
    promisify(execFile)(process.execPath, ['--input-type=module', '-e', `import { runCached } from ${JSON.stringify(CODE_CACHE)}; runCached(${JSON.stringify(`${DIST}main.cjs`)});`, 'nianbao-audit', ...argv]);

  it.runIf(existsSync(`${DIST}main.cjs`))('the built command leaves the packages few runs need to files of their own, and loads them when asked', async () => {
    const main = readFileSync(`${DIST}main.cjs`, 'latin1');
    for (const name of ['exceljs', 'mammoth', 'cfb', 'linkedom']) {
      expect(main).toContain(`require("./vendor/${name}.cjs")`);
      expect(existsSync(`${DIST}vendor/${name}.cjs`)).toBe(true);
    }
    expect(main.length).toBeLessThan(1_500_000);
    // a page Readability reads (a full DOM: linkedom), then a workbook of its ranking (exceljs)
    const page = new URL('../fixtures/pages/plain.html', import.meta.url).pathname;
    const out = join(dir, 'plain.json');
    await command('--format', 'json', '--out', out, page);
    const report = JSON.parse(readFileSync(out, 'utf8')).reports[0];
    expect([report.source, report.error]).toEqual([page, null]);
    const xlsx = join(dir, 'r.xlsx');
    await command('--from', out, '--ranking', xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it.runIf(existsSync(`${DIST}main.cjs`))('the built command carries zod\'s Chinese and English words only, and says them', async () => {
    const main = readFileSync(`${DIST}main.cjs`, 'latin1');
    // Dutch and Polish, as two of the languages left out
    expect(main).not.toContain('Ongeldige');
    expect(main).not.toContain('Nieprawid');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"reports":[{"source":5}]}');
    const failed = await command('--from', bad, '--ranking', join(dir, 'bad.csv')).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('无效输入：期望 object，实际接收 undefined');
  });

  // the build's own bundle (npm ci builds it at prepare): ASCII, with a cache made from it
  it.runIf(existsSync(`${DIST}main.cjs`))('the built command is ASCII and has its cache', () => {
    const bytes = readFileSync(`${DIST}main.cjs`);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(cachedCode(bytes, readFileSync(`${DIST}main.cjs.cache`)).code?.length).toBeGreaterThan(100_000);
  });
});
