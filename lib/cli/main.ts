/** `nianbao-audit`: files, folders and URLs → the engine → json, csv or md. */
import { readFile, writeFile } from 'node:fs/promises';
import type { AuditOptions } from '../model';
import { auditOptions } from '../store/settings';
import { exportReports, toJson } from '../result/format';
import { AuditOutput, type ReportResult } from '../result/schema';
import { emptyResult } from '../result/empty';
import { TOOL } from '../version';
import { append } from '../arrays';
import { acrossReports, type Audited } from '../pipeline/across';
import { auditIsolated } from './isolated';
import { USAGE, UsageError, parseCli, type CliOptions } from './args';
import { expand, isUrl, loadFile, type Loaded } from './inputs';
import { auditUrls, followListing, readUrlList, summaryText } from './batch';

export interface RunIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: draw a progress bar rather than a line per page. */
  tty?: boolean;
}

/** One loaded input audited, kept with what it read (for the checks across the run's reports). */
export async function auditLoaded(l: Loaded, options: AuditOptions = {}): Promise<Audited> {
  if (l.error || !l.bytes) return { result: emptyResult(l.source, l.error ?? '无法读取'), snapshot: null, entry: null };
  // a report file is read in a worker with a memory and a time limit (./isolated.ts)
  return auditIsolated(l.bytes, l.source, null, options, null, l.hint);
}

/** Files and folders, in order; every unreadable one is reported and the rest audited. */
export async function auditFiles(paths: string[], options: AuditOptions, skip: Set<string>, onResult: (r: Audited) => Promise<void>): Promise<void> {
  for (const path of paths) {
    const { files, errors } = await expand(path);
    for (const e of errors) await onResult(await auditLoaded(e, options));
    for (const f of files) if (!skip.has(f)) await onResult(await auditLoaded(await loadFile(f), options));
  }
}

export function exitCode(reports: ReportResult[], failOn: CliOptions['failOn']): number {
  if (reports.some((r) => r.error)) return 2;
  if (failOn === 'error' && reports.some((r) => r.counts.error > 0)) return 1;
  if (failOn === 'warning' && reports.some((r) => r.counts.error + r.counts.warning > 0)) return 1;
  return 0;
}

/** Where a run keeps what it has audited: the JSON output itself, or a JSON beside a CSV/Markdown output. */
function statePath(opts: CliOptions): string | null {
  if (!opts.out) return null;
  return opts.format === 'json' ? opts.out : `${opts.out}.state.json`;
}

async function readState(path: string | null): Promise<ReportResult[]> {
  if (!path) return [];
  try {
    return AuditOutput.parse(JSON.parse(await readFile(path, 'utf8'))).reports;
  } catch {
    return [];
  }
}

export async function run(argv: string[], io: RunIO): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`nianbao-audit: ${e.message}（nianbao-audit --help 查看用法）\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  const options = auditOptions(opts);

  // what to audit
  let urls = opts.inputs.filter(isUrl);
  const paths = opts.inputs.filter((i) => !isUrl(i));
  if (opts.urls) {
    try {
      append(urls, await readUrlList(opts.urls));
    } catch (e) {
      io.stderr(`nianbao-audit: 无法读取网址列表 ${opts.urls}：${(e as Error).message}\n`);
      return 2;
    }
  }
  const early: ReportResult[] = [];
  if (opts.follow) {
    const followed: string[] = [];
    for (const u of urls) {
      const { urls: links, total, error } = await followListing(u, opts.timeoutMs);
      if (error) early.push(emptyResult(u, `列表页${error}`));
      else if (total > links.length) io.stderr(`nianbao-audit: ${u}：找到 ${total} 篇年报链接，只审计前 ${links.length} 篇，其余 ${total - links.length} 篇未审计\n`);
      else if (links.length) io.stderr(`nianbao-audit: ${u}：找到 ${links.length} 篇年报链接\n`);
      append(followed, links.length || error ? links : [u]);
    }
    urls = followed;
  }
  urls = [...new Set(urls)];

  // resume: what the output already holds is not audited again
  const state = statePath(opts);
  const previous = (await readState(state)).filter((r) => !r.error);
  const done = new Set(previous.map((r) => r.source));
  const todo = urls.filter((u) => !done.has(u));
  if (previous.length) io.stderr(`nianbao-audit: 续跑：${previous.length} 页已在输出中，跳过\n`);

  const kept: Audited[] = early.map((result) => ({ result, snapshot: null, entry: null }));
  // keep what is done on disk as it comes: an interrupted run resumes from there
  const save = async () => {
    if (state) await writeFile(state, toJson([...previous, ...kept.map((k) => k.result)]), 'utf8').catch(() => undefined);
  };
  const add = async (a: Audited) => {
    if (a.result.error) io.stderr(`nianbao-audit: ${a.result.source}: ${a.result.error}\n`);
    kept.push(a);
    if (todo.length > 1) await save();
  };
  await auditFiles(paths, options, done, add);
  if (todo.length) {
    const queue = { concurrency: opts.concurrency, delayMs: opts.delayMs, retries: opts.retries, backoffMs: 1000, timeoutMs: opts.timeoutMs };
    await auditUrls(todo, queue, options, { stderr: io.stderr, tty: !!io.tty }, add);
  }

  // the inputs of one run are one history: each report audited again beside the organ's other years and everyone's prose
  const fresh = acrossReports(kept, options, opts.copyThreshold);
  const reports = [...previous, ...fresh];
  const text = exportReports(reports, opts.format, opts.lang);
  if (opts.out) {
    try {
      await writeFile(opts.out, text, 'utf8');
      if (state && state !== opts.out) await writeFile(state, toJson(reports), 'utf8');
    } catch (e) {
      io.stderr(`nianbao-audit: 无法写入 ${opts.out}：${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(text);
  if (urls.length > 1 || opts.follow || opts.urls) io.stderr(summaryText(reports));
  return exitCode(fresh, opts.failOn);
}
