/**
 * `--ranking FILE` (repeatable): the run's reports ranked, one row per organ and year
 * (lib/ranking), written as .xlsx, .csv or .html by the file's ending; `--ranking-level` keeps one
 * level. `--from results.json` (repeatable) ranks a previous run's JSON output instead of auditing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { AuditOutput, type ReportResult } from '../result/schema';
import { auditOptions } from '../store/settings';
import { inputOf, rank, rankingCsv, rankingFormatOf, rankingHtml, totalsOf } from '../ranking';
import type { CliOptions } from './args';
import { errorMessage } from '../errors';

interface IO {
  stderr: (s: string) => void;
}

/** charts.css, read from the installed package to be inlined in the page; without it the charts are tables. */
async function chartCss(): Promise<string> {
  try {
    return await readFile(createRequire(import.meta.url).resolve('charts.css/dist/charts.min.css'), 'utf8');
  } catch {
    return '';
  }
}

/** Each --ranking file written from these reports; false when one could not be (said on stderr). */
export async function writeRankings(reports: ReportResult[], opts: Pick<CliOptions, 'ranking' | 'rankingLevel' | 'lang' | 'townshipDeadline'>, io: IO): Promise<boolean> {
  if (!opts.ranking.length) return true;
  const ranking = rank(reports.map((r) => inputOf(r)), { deadlines: auditOptions(opts).deadlines, level: opts.rankingLevel ?? '' });
  const totals = totalsOf(ranking);
  let ok = true;
  for (const file of opts.ranking) {
    const format = rankingFormatOf(file);
    try {
      let data: string | Uint8Array;
      if (format === 'csv') data = rankingCsv(ranking.rows, opts.lang);
      else if (format === 'html') data = rankingHtml(ranking, totals, { lang: opts.lang, chartCss: await chartCss() });
      else {
        // exceljs is loaded when a workbook is asked for
        const { rankingXlsx } = await import('../ranking/xlsx');
        data = await rankingXlsx({ ranking, totals, results: reports, lang: opts.lang });
      }
      await writeFile(file, data);
    } catch (e) {
      io.stderr(`nianbao-audit: 无法写入排名 ${file}：${errorMessage(e)}\n`);
      ok = false;
    }
  }
  const dropped = ranking.duplicates ? `（同机关同年度另有 ${ranking.duplicates} 份未计入）` : '';
  io.stderr(`nianbao-audit: 排名 ${ranking.rows.length} 份报告${dropped}，平均得分 ${totals.meanScore ?? '—'}：${opts.ranking.join('、')}\n`);
  return ok;
}

/** `--from FILE…`: a previous run's JSON output (its schema checked), ranked without auditing anything. */
export async function rankFrom(opts: CliOptions, io: IO): Promise<number> {
  const reports: ReportResult[] = [];
  for (const file of opts.from) {
    try {
      const parsed = AuditOutput.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new Error(`不是 nianbao-audit 的 JSON 输出（${parsed.error.issues[0]?.path.join('.') ?? ''}：${parsed.error.issues[0]?.message ?? ''}）`);
      for (const r of parsed.data.reports) reports.push(r);
    } catch (e) {
      io.stderr(`nianbao-audit: 无法读取 ${file}：${errorMessage(e)}\n`);
      return 2;
    }
  }
  return (await writeRankings(reports, opts, io)) ? 0 : 2;
}
