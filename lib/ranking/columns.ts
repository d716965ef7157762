/** The ranking's columns, in order, with their headers (locale keys `x_rank_<id>`) and each row's values: what every output writes. */
import type { Lang } from '../model';
import { t } from '../result/wording';
import { verdictLabel } from '../result/format/labels';
import type { RankRow } from './rows';

/** int: a whole number; percent: 0–100 (a spreadsheet shows it as a percentage); link: an address. */
export type ColumnKind = 'int' | 'text' | 'percent' | 'link';

export interface Column {
  id: string;
  kind: ColumnKind;
  /** Width in a spreadsheet, in characters. */
  width: number;
}

export const COLUMNS: Column[] = [
  { id: 'rank', kind: 'int', width: 6 },
  { id: 'organ', kind: 'text', width: 30 },
  { id: 'level', kind: 'text', width: 11 },
  { id: 'year', kind: 'int', width: 7 },
  { id: 'address', kind: 'link', width: 48 },
  { id: 'verdict', kind: 'text', width: 9 },
  { id: 'score', kind: 'int', width: 7 },
  { id: 'errors', kind: 'int', width: 7 },
  { id: 'warnings', kind: 'int', width: 7 },
  { id: 'review', kind: 'int', width: 9 },
  { id: 'date', kind: 'text', width: 12 },
  { id: 'due', kind: 'text', width: 12 },
  { id: 'days_late', kind: 'int', width: 10 },
  { id: 'copied', kind: 'percent', width: 9 },
  { id: 'copies', kind: 'text', width: 30 },
  { id: 'copies_address', kind: 'link', width: 40 },
  { id: 'cross_year', kind: 'int', width: 9 },
  { id: 'sections_missing', kind: 'text', width: 11 },
  { id: 'others', kind: 'text', width: 40 },
];

export const columnHeader = (c: Column, lang: Lang = 'zh') => t(`x_rank_${c.id}`, lang);

const ZH_NUMBERS = ['', '一', '二', '三', '四', '五', '六'];

/** Sections by number: 「五、六」, "5, 6". */
export function sectionsText(ns: number[], lang: Lang = 'zh'): string {
  return lang === 'zh' ? ns.map((n) => ZH_NUMBERS[n] ?? String(n)).join('、') : ns.join(', ');
}

export const levelText = (level: string | null, lang: Lang = 'zh') => (level ? t(`lvl_${level}`, lang) : '');

/** A row's value in a column: a number, text, or null for an empty cell. */
export function cellValue(r: RankRow, c: Column, lang: Lang = 'zh'): string | number | null {
  switch (c.id) {
    case 'rank':
      return r.rank;
    case 'organ':
      return r.organ;
    case 'level':
      return levelText(r.level, lang);
    case 'year':
      return r.year;
    case 'address':
      return r.source;
    case 'verdict':
      return verdictLabel(r.verdict, lang);
    case 'score':
      return r.score;
    case 'errors':
      return r.errors;
    case 'warnings':
      return r.warnings;
    case 'review':
      return r.review;
    case 'date':
      return r.date;
    case 'due':
      return r.due;
    case 'days_late':
      return r.daysLate;
    case 'copied':
      return r.copied;
    case 'copies':
      return r.copiesFrom;
    case 'copies_address':
      return r.copiesSource;
    case 'cross_year':
      return r.crossYear;
    case 'sections_missing':
      return sectionsText(r.sectionsMissing, lang);
    case 'others':
      return r.others.join(lang === 'zh' ? '；' : '; ');
    default:
      return null;
  }
}
