/**
 * What a sweep has done, kept beside its output as it goes (`<out>.sweep.jsonl`, one JSON line
 * per event): each listing's links as read, each page or file audited with what it read (its
 * snapshot, to audit it again beside the whole region at the end). An interrupted sweep reads it
 * back and fetches nothing twice. A line cut short by a kill, or one that is not ours, is skipped.
 */
import { closeSync, createReadStream, openSync, readSync, writeSync } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { z } from '../zod';
import { ReportResult } from '../result/schema';
import { snapshotSchema } from '../pipeline/snapshot';
import { entrySchema } from '../history/entry';
import type { Audited } from '../pipeline/across';
import { errorMessage } from '../errors';

/** A state file that cannot be written (a full disk, a folder gone): said in words, exit 2 (lib/cli/main.ts). */
export class StateUnwritable extends Error {
  constructor(path: string, cause: unknown) {
    super(`无法写入续跑记录 ${path}：${errorMessage(cause)}`);
  }
}

export const stateFile = (out: string) => `${out}.sweep.jsonl`;

const Listing = z.object({ k: z.literal('listing'), url: z.string(), links: z.array(z.string()), total: z.number().int().nonnegative(), error: z.string().nullable() });
export type ListingLine = z.infer<typeof Listing>;

/** A done line: the result and entry are read at once; the snapshot only when it is asked for. */
const DoneHead = z.object({ k: z.literal('done'), source: z.string(), result: ReportResult, entry: z.unknown() });

export interface DoneItem {
  result: ReportResult;
  entry: Audited['entry'];
  hasSnapshot: boolean;
}

export interface SweepState {
  listings: Map<string, ListingLine>;
  /** By source; failed audits are not kept (tried again). */
  done: Map<string, DoneItem>;
}

/** The state as the file holds it (empty when there is none), read a line at a time. */
export async function readState(path: string): Promise<SweepState> {
  const state: SweepState = { listings: new Map(), done: new Map() };
  try {
    await access(path);
  } catch {
    return state;
  }
  // loaded for a state there is (a sweep resumed): a run from nothing does not load readline at its start
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      continue;
    }
    const l = Listing.safeParse(raw);
    if (l.success) {
      state.listings.set(l.data.url, l.data);
      continue;
    }
    const d = DoneHead.safeParse(raw);
    if (!d.success || d.data.result.error) continue;
    const entry = d.data.entry === null ? null : entrySchema().safeParse(d.data.entry);
    if (entry && !entry.success) continue;
    const snap = (raw as { snapshot?: unknown }).snapshot;
    state.done.set(d.data.source, { result: d.data.result, entry: entry ? entry.data : null, hasSnapshot: snap !== null && snap !== undefined });
  }
  return state;
}

/**
 * Appends lines, in order, to the file held open (opened and closed for every line, a folder's sweep spent a tenth
 * of its time waiting on the disk). Each line is written as it comes, in this thread: a line is a few dozen
 * kilobytes into the system's cache, and written behind through the thread pool the lines waited for the audits to
 * yield (they do not while a folder's files are read), then all at once (the main thread idle 2.5% of a thousand
 * pages, docs/performance.md). The first write that fails (a full disk) stops the writing: its caller and each line
 * after it are told (StateUnwritable).
 */
export class StateWriter {
  private fd: number | null = null;
  /** The first write that failed (a full disk): said to it and to every write after it. */
  private failure: Error | null = null;
  constructor(readonly path: string) {}

  static async fresh(path: string): Promise<StateWriter> {
    try {
      await writeFile(path, '', 'utf8');
    } catch (e) {
      throw new StateUnwritable(path, e);
    }
    return new StateWriter(path);
  }

  private append(line: object): Promise<void> {
    return this.write(JSON.stringify(line) + '\n');
  }

  private write(text: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    try {
      const bytes = Buffer.from(text, 'utf8');
      this.fd ??= openSync(this.path, 'a');
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
    } catch (e) {
      this.failure = new StateUnwritable(this.path, e);
      return Promise.reject(this.failure);
    }
    return Promise.resolve();
  }

  listing(l: Omit<ListingLine, 'k'>) {
    return this.append({ k: 'listing', ...l });
  }

  /**
   * An audit's line. Where the caller made them already, `head`: the JSON of its result and entry (the sweep keeps a
   * copy read from it); `snapshot`: its snapshot's JSON (the sweep holds some to audit again without reading them back).
   */
  done(a: Audited, head = JSON.stringify({ result: a.result, entry: a.entry }), snapshot = JSON.stringify(a.snapshot ?? null)) {
    // the line JSON.stringify({ k, source, result, entry, snapshot }) makes, its parts given as JSON
    return this.write(`{"k":"done","source":${JSON.stringify(a.result.source)},${head.slice(1, -1)},"snapshot":${snapshot}}\n`);
  }

  /** Every line written, and the file let go. */
  async close(): Promise<void> {
    const fd = this.fd;
    this.fd = null;
    if (fd !== null) closeSync(fd);
  }
}

/** A done line's head kept for its source: long enough for any address; up to MAX_HEAD_BYTES are read again when it cuts one. */
const HEAD_BYTES = 1024;
const MAX_HEAD_BYTES = 64 * 1024;
/** The state file is scanned this much at a time. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The snapshots of these sources, each handed to `each` as it is read from the state (the file may weigh hundreds of
 * megabytes; what is handed on is not kept here). The last line of a source wins, as in readState. The file is read
 * once as bytes, a megabyte at a time, only each line's head decoded, to find where the lines asked for lie; then
 * those lines alone, in the file's order.
 */
export async function readSnapshots(path: string, wanted: Set<string>, each: (source: string, snapshot: NonNullable<Audited['snapshot']>) => void): Promise<void> {
  if (!wanted.size) return;
  // read where it stands, without a round trip to the thread pool per chunk and per line: nothing else runs meanwhile
  const fd = openSync(path, 'r');
  try {
    const at = new Map<string, { start: number; end: number }>();
    let offset = 0;
    let start = 0;
    let head: Buffer[] = [];
    let headBytes = 0;
    /** The first bytes of the line from `from` to `end`, read again: its source runs past the head kept. */
    const longHead = (from: number, end: number) => {
      const b = Buffer.allocUnsafe(Math.min(end - from, MAX_HEAD_BYTES));
      return b.subarray(0, readSync(fd, b, 0, b.length, from)).toString('utf8');
    };
    const ended = (end: number) => {
      const bytes = Buffer.concat(head, headBytes);
      const source = doneSource(bytes.toString('utf8')) ?? (headBytes >= HEAD_BYTES && end - start > HEAD_BYTES ? doneSource(longHead(start, end)) : null);
      if (source !== null && wanted.has(source)) at.set(source, { start, end });
      head = [];
      headBytes = 0;
      start = end + 1;
    };
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let n = readSync(fd, buf, 0, CHUNK_BYTES, offset); n > 0; n = readSync(fd, buf, 0, CHUNK_BYTES, offset)) {
      const chunk = buf.subarray(0, n);
      let i = 0;
      while (i <= chunk.length) {
        const nl = chunk.indexOf(10, i);
        const stop = nl < 0 ? chunk.length : nl;
        if (headBytes < HEAD_BYTES && stop > i) {
          // a copy: the chunk's buffer is read into again
          const part = Buffer.from(chunk.subarray(i, Math.min(stop, i + HEAD_BYTES - headBytes)));
          head.push(part);
          headBytes += part.length;
        }
        if (nl < 0) break;
        ended(offset + nl);
        i = nl + 1;
      }
      offset += n;
    }
    // a last line without its newline (cut short by a kill) is read as readline reads it
    if (offset > start) ended(offset);
    for (const [source, { start: from, end }] of [...at].sort((x, y) => x[1].start - y[1].start)) {
      const line = Buffer.allocUnsafe(end - from);
      const got = readSync(fd, line, 0, line.length, from);
      try {
        const s = snapshotSchema().safeParse((JSON.parse(line.subarray(0, got).toString('utf8')) as { snapshot?: unknown }).snapshot);
        if (s.success) each(source, s.data);
      } catch {
        // cut short
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The source of a done line, read from its head without parsing the rest (null for any other line). */
function doneSource(line: string): string | null {
  const m = /^\{"k":"done","source":("(?:[^"\\]|\\.)*")/.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as string;
  } catch {
    return null;
  }
}
