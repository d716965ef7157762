/** Many URLs at once: a list file, listing pages followed, a polite queue, a progress bar, resumable output. */
import { readFile } from 'node:fs/promises';
import type { AuditOptions } from '../model';
import { parseHtml } from '../node';
import { auditIsolated } from './isolated';
import type { Audited } from '../pipeline/across';
import { reportLinks } from '../batch/links';
import { runQueue, type QueueOptions } from '../batch/queue';
import { fetchPage, pageText } from '../batch/fetch-page';
import { auditUrl } from '../batch/audit-url';
import { emptyResult } from '../result/empty';
import type { ReportResult } from '../result/schema';
import { summarise } from '../batch/summary';
import { t } from '../result/wording';
import { familyKey } from '../rules/types';

export interface BatchIO {
  stderr: (s: string) => void;
  tty: boolean;
}

/** URLs of a list file: one per line; blank lines and # comments skipped. */
export async function readUrlList(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The report pages a listing page links to (same site). */
export async function followListing(url: string, timeoutMs: number): Promise<{ urls: string[]; total: number; error?: string }> {
  try {
    const page = await fetchPage(url, timeoutMs);
    const counted = { total: 0 };
    const urls = reportLinks(parseHtml(pageText(page).text), page.url, MAX_FOLLOWED, false, counted).map((l) => l.url);
    return { urls, total: counted.total };
  } catch (e) {
    return { urls: [], total: 0, error: (e as Error).message };
  }
}

/** Report links followed from one listing at most (a listing holds a few dozen years and organs). */
export const MAX_FOLLOWED = 500;

export async function auditUrls(
  urls: string[],
  q: QueueOptions & { timeoutMs: number },
  options: AuditOptions,
  io: BatchIO,
  onResult: (r: Audited) => void | Promise<void>,
): Promise<void> {
  let done = 0;
  let failed = 0;
  const bar = () => {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, urls.length));
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${urls.length}  ✓${done - failed} ✗${failed}`;
  };
  await runQueue(
    urls,
    (url, signal) => auditUrl(url, {
        timeoutMs: q.timeoutMs, signal, options, parseHtml,
        onFile: async (u, f) => auditIsolated(f.bytes, u, f.url, options, f.contentType),
      }),
    q,
    async (url, outcome) => {
      done++;
      const a: Audited = outcome.ok ? outcome.value : { result: emptyResult(url, outcome.error), snapshot: null, entry: null };
      const r = a.result;
      if (!outcome.ok) failed++;
      await onResult(a);
      if (io.tty) io.stderr(`\r${bar()}`);
      else io.stderr(`nianbao-audit: ${done}/${urls.length} ${url} ${r.error ?? r.verdict}\n`);
    },
  );
  if (io.tty) io.stderr('\n');
}

/** The closing statistics, for stderr. */
export function summaryText(reports: ReportResult[]): string {
  const s = summarise(reports);
  const rules = s.topRules.map((r) => `${t(familyKey(r.rule))} ${r.reports}`).join('，');
  return [
    `共 ${s.pages} 页：年报 ${s.reports}，非年报 ${s.notReports}，失败 ${s.failed}；有错误的年报 ${s.withErrors}`,
    `问题：错误 ${s.counts.error}，警告 ${s.counts.warning}，提示 ${s.counts.notice}`,
    rules ? `最常见（涉及年报数）：${rules}` : '',
  ].filter(Boolean).join('\n') + '\n';
}
