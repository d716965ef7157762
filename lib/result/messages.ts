/**
 * Finding messages come from the extension's locale files, so Chinese and English
 * live in one place: public/_locales/<lang>/messages.json. `{name}` placeholders are
 * filled from the finding: {table}/{row}/{col} name its cell; an argument whose
 * name ends in Row/Col is a cell key; {section} is section n's title.
 */
import zhMessages from '../../public/_locales/zh_CN/messages.json';
import enMessages from '../../public/_locales/en/messages.json';
import { colLabel, rowLabel, tableShort, type Lang, type TableId } from '../template/layout';
import { SECTION_TITLES } from '../page/sections';

type Dict = Record<string, { message: string }>;
const DICTS: Record<Lang, Dict> = { zh: zhMessages as Dict, en: enMessages as Dict };

export interface MessageInput {
  msg: string;
  args: Record<string, string | number>;
  table: TableId | null;
  cell: { row: string; col: string } | null;
}

export function formatMessage(f: MessageInput, lang: Lang = 'zh'): string {
  const template = DICTS[lang][f.msg]?.message ?? DICTS.zh[f.msg]?.message ?? f.msg;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'table') return tableShort(f.table, lang);
    if (name === 'row') return f.args.rowText !== undefined ? String(f.args.rowText) : f.cell ? rowLabel(f.table, f.cell.row, lang) : '';
    if (name === 'col') return f.cell ? colLabel(f.table, f.cell.col, lang) : '';
    const v = f.args[name];
    if (v === undefined) return '';
    if (name === 'section') return SECTION_TITLES[Number(v) - 1]?.[lang] ?? String(v);
    if (name.endsWith('Row')) return rowLabel(f.table, String(v), lang);
    if (name.endsWith('Col')) return colLabel(f.table, String(v), lang);
    return String(v);
  });
}

/** A UI string from the same locale files. */
export function t(key: string, lang: Lang = 'zh'): string {
  return DICTS[lang][key]?.message ?? DICTS.zh[key]?.message ?? key;
}
