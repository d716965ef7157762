/**
 * A sweep: files, folders, pages and listings of a region audited in one run — polite to each
 * site (lib/batch/hosts), resumable from its state beside the output (./sweep-state), its progress
 * on the terminal (./progress), and one history for all: at the end every report the others can
 * say something of is audited again beside them, its snapshot read back from the state.
 */
import type { AuditOptions } from '../model';
import { parseHtml } from '../node';
import { ReportHistory } from '../history';
import { auditSnapshot, type Snapshot } from '../pipeline/snapshot';
import type { Audited } from '../pipeline/across';
import { auditAgain, type Audit } from '../pipeline/audit';
import type { ReportResult } from '../result/schema';
import { emptyResult } from '../result/empty';
import { auditUrl } from '../batch/audit-url';
import { hostOf, runByHost } from '../batch/hosts';
import { reportLinks } from '../batch/links';
import { fetchPage, pageText } from '../batch/fetch-page';
import { auditIsolated } from './isolated';
import { expand, loadFile, type Loaded } from './inputs';
import { readSnapshots, type StateWriter, type SweepState } from './sweep-state';
import { SweepProgress } from './progress';

/**
 * Snapshots held in memory as JSON for the audits again beside the region, at most (characters): about 40 MB, a thousand
 * report pages' worth; a larger sweep reads the rest back from its state.
 */
const MAX_HELD_CHARS = 20_000_000;
/**
 * Audits held (their model and what each rule found, let go of their page) for the audits again beside the region, at
 * most (characters of their snapshots; about 200 report pages): audited again from the model, only the rules that read
 * the history run (lib/pipeline/audit.ts, auditAgain) — 0.7 ms a report against 1.9 while V8 is still warming up on
 * the first pages. A held audit takes about 125 KB, and past a few hundred pages a snapshot audited again whole costs
 * hardly more: the rest are held as snapshots or read back (docs/performance.md).
 */
const MAX_HELD_AUDIT_CHARS = 500_000;
/** Report links followed from one listing at most (a listing holds a few dozen years and organs). */
export const MAX_FOLLOWED = 500;

export interface Politeness {
  /** When each site may next be asked: one clock for the listings and the pages. */
  nextStart?: Map<string, number>;
  /** Requests in flight to one site. */
  perHost: number;
  /** Least time between two requests' starts to one site, ms. */
  gapMs: number;
  /** Sites worked on at once. */
  sites: number;
  retries: number;
  timeoutMs: number;
}

export interface SweepIO {
  stderr: (s: string) => void;
  tty: boolean;
  /** Told how long each stage took, ms (NIANBAO_TIMING=1: `npm run bench` prints the history's share). */
  timing?: (stage: 'audit' | 'history', ms: number) => void;
}

/** One input of the sweep, in the order the output gives them. */
type Item = { source: string; file?: string; loaded?: Loaded };

/** Listings → the report links they hold (read once: a resumed sweep takes them from its state). */
export async function followListings(listings: string[], p: Politeness, state: SweepState, writer: StateWriter, io: SweepIO): Promise<{ urls: string[]; failed: ReportResult[] }> {
  const read = new Map<string, { links: string[]; total: number; error: string | null }>();
  for (const u of listings) {
    const kept = state.listings.get(u);
    if (kept) read.set(u, kept);
  }
  const todo = listings.filter((u) => !read.has(u));
  await runByHost(todo, hostOf, async (url) => {
    const page = await fetchPage(url, p.timeoutMs);
    const counted = { total: 0 };
    const links = reportLinks(parseHtml(pageText(page).text), page.url, MAX_FOLLOWED, false, counted).map((l) => l.url);
    return { links, total: counted.total };
  }, { perHost: 1, gapMs: p.gapMs, total: p.sites, retries: p.retries, backoffMs: 1000, nextStart: p.nextStart }, async (url, o) => {
    const got = o.ok ? (o.value as { links: string[]; total: number }) : { links: [], total: 0 };
    const line = { url, links: got.links, total: got.total, error: o.ok ? null : o.error };
    read.set(url, line);
    if (o.ok) await writer.listing(line);
  });
  const urls: string[] = [];
  const failed: ReportResult[] = [];
  for (const u of listings) {
    const r = read.get(u)!;
    if (r.error) failed.push(emptyResult(u, `列表页${r.error}`));
    else if (r.total > r.links.length) io.stderr(`nianbao-audit: ${u}：找到 ${r.total} 篇年报链接，只审计前 ${r.links.length} 篇，其余 ${r.total - r.links.length} 篇未审计\n`);
    else if (r.links.length) io.stderr(`nianbao-audit: ${u}：找到 ${r.links.length} 篇年报链接\n`);
    // a page that links no report is audited itself
    for (const l of r.links.length || r.error ? r.links : [u]) urls.push(l);
  }
  return { urls, failed };
}

/**
 * Audit what is not done yet (files one at a time in a worker, pages by site), keeping each in the
 * state as it comes; then the whole region as one history. Returns every result in input order,
 * and those audited in this run.
 */
export async function runSweep(paths: string[], urls: string[], options: AuditOptions, copyThreshold: number | undefined, p: Politeness, state: SweepState, writer: StateWriter, io: SweepIO): Promise<{ all: ReportResult[]; fresh: Set<string> }> {
  const items: Item[] = [];
  for (const path of paths) {
    const { files, errors } = await expand(path);
    for (const e of errors) items.push({ source: e.source, loaded: e });
    for (const f of files) items.push({ source: f, file: f });
  }
  for (const u of new Set(urls)) items.push({ source: u });
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(i.source) && seen.add(i.source));

  const results = new Map<string, { result: ReportResult; entry: Audited['entry']; hasSnapshot: boolean }>();
  // what an earlier run of this sweep did; what it did of another plan stays out of this one's history
  for (const i of unique) {
    const d = state.done.get(i.source);
    if (d) results.set(i.source, d);
  }
  const todo = unique.filter((i) => !results.has(i.source));
  if (results.size) io.stderr(`nianbao-audit: 续跑：${unique.length - todo.length} 页已在输出中，跳过\n`);
  const fresh = new Set<string>();
  /**
   * This run's audits, to audit them again beside the region without reading them back: whole up to MAX_HELD_AUDIT_CHARS,
   * then their snapshots as JSON up to MAX_HELD_CHARS.
   */
  const held = { audits: new Map<string, Audit>(), auditChars: 0, snapshots: new Map<string, string>(), chars: 0 };
  const started = performance.now();
  const progress = new SweepProgress(todo.map((i) => i.source), io.stderr, io.tty);
  /** Kept: on disk as it comes, a page before the next is asked for (killed, only pages in flight are fetched again). */
  const keep = async (a: Audited, source: string) => {
    const r = a.result;
    if (r.error) io.stderr(`${io.tty ? '\r\x1b[K' : ''}nianbao-audit: ${source}: ${r.error}\n`);
    // kept as fresh copies: strings the engine cut from a page's text (an organ's name, a sentence) would keep the whole
    // page alive — with thousands of reports, five times the memory the results need. The copy is read from the JSON
    // the state's line is made of.
    const head = JSON.stringify({ result: r, entry: a.entry });
    // what was read goes to disk; in memory the result, the history entry, and what was read as JSON while it fits
    if (!r.error) {
      const snapshot = JSON.stringify(a.snapshot ?? null);
      await writer.done(a, head, snapshot);
      if (a.audit && a.snapshot && held.auditChars + snapshot.length <= MAX_HELD_AUDIT_CHARS) {
        held.auditChars += snapshot.length;
        held.audits.set(source, a.audit);
      } else if (a.snapshot && held.chars + snapshot.length <= MAX_HELD_CHARS) {
        held.chars += snapshot.length;
        held.snapshots.set(source, snapshot);
      }
    }
    const kept = JSON.parse(head) as { result: ReportResult; entry: Audited['entry'] };
    results.set(source, { ...kept, hasSnapshot: !!a.snapshot });
    fresh.add(source);
    progress.step(source, !r.error, r.error ?? r.verdict);
  };

  for (const i of todo.filter((x) => x.file || x.loaded)) {
    const l = i.loaded ?? (await loadFile(i.file!));
    const a: Audited = l.error || !l.bytes ? { result: emptyResult(l.source, l.error ?? '无法读取'), snapshot: null, entry: null } : await auditIsolated(l.bytes, l.source, null, options, null, l.hint);
    await keep(a, i.source);
  }
  const pages = todo.filter((x) => !x.file && !x.loaded).map((x) => x.source);
  await runByHost(
    pages,
    hostOf,
    (url, signal) => auditUrl(url, { timeoutMs: p.timeoutMs, signal, options, parseHtml, hold: true, onFile: async (u, f) => auditIsolated(f.bytes, u, f.url, options, f.contentType) }),
    { perHost: p.perHost, gapMs: p.gapMs, total: p.perHost * p.sites, retries: p.retries, backoffMs: 1000, nextStart: p.nextStart },
    async (url, o) => keep(o.ok ? (o.value as Audited) : { result: emptyResult(url, o.error), snapshot: null, entry: null }, url),
  );
  progress.end();
  const audited = performance.now();
  io.timing?.('audit', audited - started);

  // one history for the region: every report it can say something of, audited again beside the others
  // built in the plan's order, not the order pages came back in: which of equal candidates the history names must not
  // depend on the network (nor on where an interrupted sweep stopped)
  const history = new ReportHistory(unique.flatMap((i) => results.get(i.source)?.entry ?? []), copyThreshold);
  const wanted = new Set([...results].filter(([, r]) => r.entry && r.hasSnapshot && history.relevant(r.entry)).map(([s]) => s));
  const set = (source: string, result: ReportResult) => {
    results.set(source, { ...results.get(source)!, result });
    fresh.add(source);
  };
  const again = (source: string, snapshot: Snapshot) => set(source, auditSnapshot(snapshot, source, { ...options, history }).result);
  // what this run audited and still holds: the audits from their models, the snapshots as it wrote them (made here,
  // not read from a file: no schema to pass); the rest read back from the state
  for (const [source, audit] of held.audits) {
    if (wanted.delete(source)) set(source, auditAgain(audit, { ...options, history }).result);
  }
  held.audits.clear();
  for (const [source, snapshot] of held.snapshots) {
    if (wanted.delete(source)) again(source, JSON.parse(snapshot) as Snapshot);
  }
  held.snapshots.clear();
  await readSnapshots(writer.path, wanted, again);
  io.timing?.('history', performance.now() - audited);
  return { all: unique.map((i) => results.get(i.source)?.result ?? emptyResult(i.source, '未审计')), fresh };
}
