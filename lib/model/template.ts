/** Keys of the national template: its tables, its two versions, and the two languages every label has. */

export type TableId = 'active' | 'requests' | 'appeals';
export type Version = '2019' | '2021';
export type Lang = 'zh' | 'en';

export interface Label {
  zh: string;
  en: string;
}

/** A cell of a template table by its canonical keys (`row` and `col` of report-model.md). */
export interface CellRef {
  row: string;
  col: string;
}
