/** `nianbao-audit`: files, folders and URLs → the engine → json, csv or md. */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditOptions } from '../store/settings';
import { exportParts } from '../result/format';
import type { ReportResult } from '../result/schema';
import { TOOL } from '../version';
import { append } from '../arrays';
import { USAGE, UsageError, parseCli, type CliOptions } from './args';
import { rankFrom, writeRankings } from './ranking';
import { isUrl } from './inputs';
import { OCR_SETTINGS } from './isolated';
import { readUrlList, summaryText } from './batch';
import { followListings, runSweep } from './sweep';
import { StateUnwritable, StateWriter, readState, stateFile } from './sweep-state';
import { errorMessage } from '../errors';

export interface RunIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: draw a progress bar rather than a line per page. */
  tty?: boolean;
  /** Told how long each stage took, ms (bin.ts passes it when NIANBAO_TIMING=1). */
  timing?: (stage: 'audit' | 'history' | 'output', ms: number) => void;
}

export function exitCode(reports: ReportResult[], failOn: CliOptions['failOn']): number {
  if (reports.some((r) => r.error)) return 2;
  if (failOn === 'error' && reports.some((r) => r.counts.error > 0)) return 1;
  if (failOn === 'warning' && reports.some((r) => r.counts.error + r.counts.warning > 0)) return 1;
  return 0;
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
  // a previous run's output ranked: nothing audited
  if (opts.from.length) return rankFrom(opts, io);
  const options = auditOptions(opts);
  // scans read by OCR in the file worker, each page said as it is read
  OCR_SETTINGS.enabled = opts.ocr;
  OCR_SETTINGS.progress = (source, page, of) => io.stderr(`${io.tty ? '\r\x1b[K' : ''}nianbao-audit: ${source}：文字识别（OCR） 第 ${page}/${of} 页${io.tty ? '' : '\n'}`);
  let reports: ReportResult[] = [];
  let freshReports: ReportResult[] = [];

  // what to audit
  let urls = opts.inputs.filter(isUrl);
  const paths = opts.inputs.filter((i) => !isUrl(i));
  if (opts.urls) {
    try {
      append(urls, await readUrlList(opts.urls));
    } catch (e) {
      io.stderr(`nianbao-audit: 无法读取网址列表 ${opts.urls}：${errorMessage(e)}\n`);
      return 2;
    }
  }
  // what the sweep has done is kept beside the output as it goes; without one, in a file of its own for the run
  const tmp = opts.out ? null : await mkdtemp(join(tmpdir(), 'nianbao-sweep-'));
  const statePath = opts.out ? stateFile(opts.out) : join(tmp!, 'sweep.jsonl');
  let writer: StateWriter | null = null;
  try {
    const state = await readState(statePath);
    writer = state.done.size || state.listings.size ? new StateWriter(statePath) : await StateWriter.fresh(statePath);
    const io2 = { stderr: io.stderr, tty: !!io.tty, timing: io.timing };
    const polite = { perHost: opts.concurrency, gapMs: opts.delayMs, sites: opts.sites, retries: opts.retries, timeoutMs: opts.timeoutMs, nextStart: new Map<string, number>() };
    let failedListings: ReportResult[] = [];
    if (opts.follow) ({ urls, failed: failedListings } = await followListings([...new Set(urls)], polite, state, writer, io2));
    const { all, fresh } = await runSweep(paths, urls, options, opts.copyThreshold, polite, state, writer, io2);
    reports = [...failedListings, ...all];
    freshReports = [...failedListings, ...all.filter((r) => fresh.has(r.source))];
  } catch (e) {
    // the state's disk full or gone: said, not thrown (what was written stays for the next run)
    if (!(e instanceof StateUnwritable)) throw e;
    io.stderr(`nianbao-audit: ${e.message}\n`);
    return 2;
  } finally {
    await writer?.close().catch(() => undefined);
    if (tmp) await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
  }
  const writing = performance.now();
  // written as made, report by report in JSON: a region's output is never one string of tens of megabytes
  const parts = exportParts(reports, opts.format, opts.lang);
  if (opts.out) {
    try {
      await writeParts(opts.out, parts);
    } catch (e) {
      io.stderr(`nianbao-audit: 无法写入 ${opts.out}：${errorMessage(e)}\n`);
      return 2;
    }
  } else for (const part of parts) io.stdout(part);
  io.timing?.('output', performance.now() - writing);
  if (urls.length > 1 || opts.follow || opts.urls) io.stderr(summaryText(reports));
  if (!(await writeRankings(reports, opts, io))) return 2;
  return exitCode(freshReports, opts.failOn);
}

/** The output's parts into a file, one after another. */
async function writeParts(path: string, parts: Iterable<string>): Promise<void> {
  const fh = await open(path, 'w');
  try {
    // writeFile on a handle writes the whole part from where the last one ended
    for (const part of parts) await fh.writeFile(part, 'utf8');
  } finally {
    await fh.close();
  }
}
