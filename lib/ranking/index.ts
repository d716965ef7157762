/**
 * The region's ranking: one row per organ and year (./rows.ts), its totals (./totals.ts), and the
 * outputs — CSV (./csv.ts), the HTML 体检报告 (./html.ts) and the Excel workbook (./xlsx.ts, which
 * loads exceljs: import it where it is needed, never from here).
 */
export { RankFacts, factsOf, counted, type StatusOf } from './facts';
export { rank, sortRows, inputOf, type RankInput, type RankRow, type Ranking, type RankOptions, type LevelFilter } from './rows';
export { totalsOf, commonFindings, lateRows, copyingRows, LEVELS, BANDS, type RankTotals, type LevelTotals } from './totals';
export { COLUMNS, cellValue, columnHeader, sectionsText, levelText } from './columns';
export { rankingCsv } from './csv';
export { rankingHtml, type HtmlOptions } from './html';

/** The outputs by file name ending. */
export type RankingFormat = 'xlsx' | 'csv' | 'html';

export function rankingFormatOf(file: string): RankingFormat | null {
  const m = /\.(xlsx|csv|html?)$/i.exec(file);
  if (!m) return null;
  const ext = m[1]!.toLowerCase();
  return ext === 'htm' ? 'html' : (ext as RankingFormat);
}
