/** What every sheet of the workbook shares: number formats, the header row, links, sheet names. */
import type ExcelJS from 'exceljs';

export const INT_FORMAT = '0';
export const PERCENT_FORMAT = '0%';

/** The header row: bold on grey, frozen, with a filter. */
export function headerRow(ws: ExcelJS.Worksheet, headers: string[], widths: number[]) {
  ws.columns = headers.map((h, i) => ({ header: h, width: widths[i] }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}

/** An address as a link where it is a web address; other text stays text. */
export function linkValue(s: string | null): ExcelJS.CellValue {
  if (!s) return null;
  return /^https?:\/\//i.test(s) ? { text: s, hyperlink: s } : s;
}

/** A sheet's name: at most 31 characters, none of those Excel refuses. */
export const sheetName = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
