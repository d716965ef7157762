/** A sweep's list file and its closing statistics (the sweep itself: ./sweep.ts). */
import { readFile } from 'node:fs/promises';
import type { ReportResult } from '../result/schema';
import { summarise } from '../batch/summary';
import { t } from '../result/wording';
import { familyKey } from '../rules/types';

/** URLs of a list file: one per line; blank lines and # comments skipped. */
export async function readUrlList(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
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
