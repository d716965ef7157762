/**
 * The 排名 view's exports, as the CLI writes them (lib/ranking): CSV and the HTML 体检报告 from the
 * rows the view shows (summaries alone); the Excel workbook with 「全部问题」 too, for which the ranked
 * records are read a chunk at a time (as reviewed: dismissed findings left out). The workbook's
 * library (exceljs) and the chart style are loaded when the auditor exports, never with the page.
 */
import type { Lang } from '@/lib/model';
import type { Ranking, RankTotals } from '@/lib/ranking';
import { rankingCsv } from '@/lib/ranking/csv';
import type { ReportResult } from '@/lib/result/schema';
import { fileName, saveFile } from '@/components/download';
import { eachChunk, exportedResult, type AskFor } from './records-io';

export type RankingExport = 'xlsx' | 'csv' | 'html';

export async function exportRanking(
  format: RankingExport,
  ranking: Ranking,
  totals: RankTotals,
  lang: Lang,
  askFor: AskFor,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const name = fileName(lang === 'zh' ? '排名' : 'ranking', format);
  if (format === 'csv') return saveFile(name, rankingCsv(ranking.rows, lang), 'csv');
  if (format === 'html') {
    const [{ rankingHtml }, css] = await Promise.all([import('@/lib/ranking/html'), import('charts.css/dist/charts.min.css?raw')]);
    return saveFile(name, rankingHtml(ranking, totals, { lang, chartCss: css.default }), 'html');
  }
  const hrefs = ranking.rows.map((r) => r.source);
  const results: ReportResult[] = [];
  const xlsx = import('@/lib/ranking/xlsx');
  await eachChunk(askFor, hrefs, (chunk, done) => {
    for (const r of chunk) results.push(exportedResult(r, {}, {}));
    progress(done, hrefs.length);
  });
  const { rankingXlsx } = await xlsx;
  saveFile(name, await rankingXlsx({ ranking, totals, results, lang }), 'xlsx');
}
