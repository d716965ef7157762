/**
 * readSnapshots (lib/cli/sweep-state.ts): the state file read once as bytes to find where the lines asked for lie,
 * then those lines alone — the last line of a source winning, a line cut short or not ours skipped, in the file's
 * order, whatever the chunk boundaries and line endings.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StateUnwritable, StateWriter, readSnapshots } from '../../lib/cli/sweep-state';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A snapshot that says which line it came from. */
const snap = (tag: string, pad = 0) => ({ v: 1, blocks: [{ k: 't', text: tag }, ...Array.from({ length: pad }, () => ({ k: 't', text: '填'.repeat(19_000) }))], meta: { titles: [], metaTags: {}, publishedTime: null, url: null, links: [] } });
const done = (source: string, tag: string, pad = 0) => JSON.stringify({ k: 'done', source, result: {}, entry: null, snapshot: snap(tag, pad) });

async function read(text: string | Buffer, wanted: string[]): Promise<string[]> {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(path, text);
  const got: string[] = [];
  await readSnapshots(path, new Set(wanted), (source, s) => got.push(`${source}=${(s.blocks[0] as { text: string }).text}`));
  return got;
}

describe('readSnapshots', () => {
  it('hands on the last line of each source asked for, in the file\'s order', async () => {
    const lines = [
      JSON.stringify({ k: 'listing', url: 'a', links: [], total: 0, error: null }),
      done('a', 'a1'),
      done('b', 'b1'),
      done('c', 'c1'),
      done('a', 'a2'),
      '',
      done('街道/年报.html', '中文'),
    ];
    expect(await read(lines.join('\n') + '\n', ['a', 'b', '街道/年报.html'])).toEqual(['b=b1', 'a=a2', '街道/年报.html=中文']);
  });

  it('asked for nothing, reads nothing (not even a missing file)', async () => {
    const got: string[] = [];
    await readSnapshots(join(dir, 'none.jsonl'), new Set(), () => got.push('x'));
    expect(got).toEqual([]);
  });

  it('skips a line cut short, a snapshot its schema refuses and a line that is not ours', async () => {
    const cut = done('d', 'd2').slice(0, 60);
    const refused = JSON.stringify({ k: 'done', source: 'e', result: {}, entry: null, snapshot: { v: 2 } });
    const foreign = ' {"k":"done","source":"f","snapshot":' + JSON.stringify(snap('f')) + '}';
    // d's earlier whole line does not stand in for its last, cut short (as readline read it)
    expect(await read([done('d', 'd1'), refused, foreign, cut].join('\n'), ['d', 'e', 'f'])).toEqual([]);
    expect(await read([done('d', 'd1'), cut, done('g', 'g1')].join('\n'), ['d', 'g'])).toEqual(['g=g1']);
  });

  it('reads the last line without its newline, and lines ended by CRLF', async () => {
    expect(await read([done('a', 'a1'), done('b', 'b1')].join('\r\n'), ['a', 'b'])).toEqual(['a=a1', 'b=b1']);
  });

  it('finds a source past the first kilobyte of its line, and lines across the megabytes it is read by', async () => {
    const long = `https://example.gov.cn/${'长'.repeat(600)}.html`;
    // lines of 340 KB: the file is scanned a megabyte at a time
    const text = [done('a', 'a1', 6), done(long, 'long'), done('b', 'b1', 6), done('x', 'x1', 6), done('c', 'c1'), done('y', 'y1', 6), done('z', 'z1')].join('\n') + '\n';
    expect(await read(text, [long, 'c', 'a', 'y', 'z'])).toEqual(['a=a1', `${long}=long`, 'c=c1', 'y=y1', 'z=z1']);
  });
});

describe('StateWriter', () => {
  it('writes each line at once, the done line as JSON.stringify makes it from its parts', async () => {
    const path = join(dir, 'w.jsonl');
    const w = await StateWriter.fresh(path);
    const a = { result: { source: 'a.html', title: '题' }, entry: null, snapshot: snap('一') } as never;
    await w.listing({ url: 'http://x/', links: ['http://x/a'], total: 1, error: null });
    await w.done(a);
    // written before the writer is closed: nothing waits behind
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines[1]).toBe(JSON.stringify({ k: 'done', source: 'a.html', result: { source: 'a.html', title: '题' }, entry: null, snapshot: snap('一') }));
    expect(JSON.parse(lines[0]!)).toEqual({ k: 'listing', url: 'http://x/', links: ['http://x/a'], total: 1, error: null });
    await w.close();
  });

  it('a write that fails (a full disk) is said to it and to every write after it', async () => {
    if (!existsSync('/dev/full')) return;
    const w = new StateWriter('/dev/full');
    const a = { result: { source: 'a.html' }, entry: null, snapshot: null } as never;
    const first = await w.done(a).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(StateUnwritable);
    expect((first as Error).message).toMatch(/^无法写入续跑记录 \/dev\/full：/);
    expect(await w.listing({ url: 'u', links: [], total: 0, error: null }).catch((e: unknown) => e)).toBe(first);
    await w.close();
  });
});
