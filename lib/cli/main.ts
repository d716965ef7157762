/** `nianbao-audit`: files, folders and URLs → the engine → json, csv or md. */
import { writeFile } from 'node:fs/promises';
import { auditText, type AuditOptions } from '../audit';
import { auditHtml } from '../html';
import { toCsv, toJson, toMarkdown } from '../export';
import type { ReportResult } from '../result/schema';
import { emptyResult } from '../result/build';
import { TOOL } from '../version';
import { USAGE, UsageError, parseCli, type CliOptions } from './args';
import { expand, isUrl, loadFile, loadUrl, type Loaded } from './inputs';

export interface RunIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export function auditLoaded(l: Loaded, options: AuditOptions = {}): ReportResult {
  if (l.error || l.text === undefined) return emptyResult(l.source, l.error ?? '无法读取');
  const a = l.kind === 'html' ? auditHtml(l.text, l.source, l.url ?? null, options) : auditText(l.text, l.source, options);
  return a.result;
}

export async function auditInputs(inputs: string[], onError: (source: string, error: string) => void, options: AuditOptions = {}): Promise<ReportResult[]> {
  const reports: ReportResult[] = [];
  for (const input of inputs) {
    const loads: (() => Promise<Loaded>)[] = [];
    if (isUrl(input)) loads.push(() => loadUrl(input));
    else {
      const { files, errors } = await expand(input);
      for (const e of errors) loads.push(async () => e);
      for (const f of files) loads.push(() => loadFile(f));
    }
    for (const load of loads) {
      const l = await load();
      const r = auditLoaded(l, options);
      if (r.error) onError(r.source, r.error);
      reports.push(r);
    }
  }
  return reports;
}

export function render(reports: ReportResult[], opts: Pick<CliOptions, 'format' | 'lang'>): string {
  if (opts.format === 'csv') return toCsv(reports, opts.lang);
  if (opts.format === 'md') return toMarkdown(reports, opts.lang);
  return toJson(reports);
}

export function exitCode(reports: ReportResult[], failOn: CliOptions['failOn'], unreadable: boolean): number {
  if (unreadable) return 2;
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
  let unreadable = false;
  const options: AuditOptions = opts.townshipDeadline ? { deadlines: { township: opts.townshipDeadline } } : {};
  const reports = await auditInputs(
    opts.inputs,
    (source, error) => {
      unreadable = true;
      io.stderr(`nianbao-audit: ${source}: ${error}\n`);
    },
    options,
  );
  const text = render(reports, opts);
  if (opts.out) {
    try {
      await writeFile(opts.out, text, 'utf8');
    } catch (e) {
      io.stderr(`nianbao-audit: 无法写入 ${opts.out}：${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(text);
  return exitCode(reports, opts.failOn, unreadable);
}
