/**
 * Finding messages come from the extension's locale files, so Chinese and English
 * live in one place: public/_locales/<lang>/messages.json. `{name}` placeholders are
 * filled from the finding: {table}/{row}/{col} name its cell, {place} the cell
 * within its table; {printed} is what the cell printed (or 空白（按 0 计）), {shown}
 * the same as a phrase (填报 3); {expected}/{actual} the finding's own when no argument names them;
 * {fills} lists what blank totals should hold (a `fill` repair); an argument whose
 * name ends in Row/Col is a cell key; {section} is section n's title; an argument
 * `@key` is the locale message `key` (a word the rule chose, itself filled from the
 * same finding), and `@a @b` a list of such words.
 */
import zhMessages from '../../public/_locales/zh_CN/messages.json';
import enMessages from '../../public/_locales/en/messages.json';
import type { CellChange, CellRef, Lang, Repair, TableId } from '../model';
import { colLabel, rowLabel, tableLabel, tableShort } from '../template/layout';
import { SECTION_TITLES } from '../template/sections';
import { codeOf } from '../rules';
import { familyKey } from '../rules/types';

type Dict = Record<string, { message: string }>;
const DICTS: Record<Lang, Dict> = { zh: zhMessages as Dict, en: enMessages as Dict };

export interface MessageInput {
  msg: string;
  args: Record<string, string | number>;
  table: TableId | null;
  cell: { row: string; col: string } | null;
  actual?: number | null;
  expected?: number | null;
  blank?: boolean;
  repair?: Repair | null;
}

/** A row as people read it: an extra row by its printed label (the finding carries it), else the template's. */
export function rowName(f: Pick<MessageInput, 'table' | 'cell' | 'args'>, row: string, lang: Lang = 'zh'): string {
  return row === f.cell?.row && f.args.rowText !== undefined ? String(f.args.rowText) : rowLabel(f.table, row, lang);
}

export function formatMessage(f: MessageInput, lang: Lang = 'zh'): string {
  return fill(DICTS[lang][f.msg]?.message ?? DICTS.zh[f.msg]?.message ?? f.msg, f, lang, 0);
}

/** A list of words: "行合计、列合计与勾稽关系". */
export function listWords(words: string[], lang: Lang): string {
  if (words.length <= 1) return words.join('');
  return words.slice(0, -1).join(t('list_sep', lang)) + t('list_and', lang) + words[words.length - 1];
}

function fill(template: string, f: MessageInput, lang: Lang, depth: number): string {
  const word = (ref: string) => (depth < 2 ? fill(DICTS[lang][ref]?.message ?? DICTS.zh[ref]?.message ?? ref, f, lang, depth + 1) : t(ref, lang));
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'table') return tableShort(f.table, lang);
    if (name === 'row') return f.cell ? rowName(f, f.cell.row, lang) : '';
    if (name === 'col') return f.cell ? colLabel(f.table, f.cell.col, lang) : '';
    if (name === 'place') return placeName(f, lang);
    if (name === 'printed' && f.args.printed === undefined) return f.blank ? t('printed_blank', lang) : String(f.actual ?? '');
    if (name === 'shown') return f.blank ? t('printed_blank', lang) : t('printed_number', lang, { n: f.actual ?? '' });
    if (name === 'fills') return f.repair?.kind === 'fill' ? f.repair.changes.map((c) => t('fill_item', lang, { cell: rowOrCol(f, c, lang), value: c.to })).join(t('list_sep', lang)) : '';
    const v = f.args[name] ?? (name === 'expected' ? f.expected : name === 'actual' ? f.actual : undefined) ?? undefined;
    if (v === undefined || v === null) return '';
    if (typeof v === 'string' && v.startsWith('@')) return listWords(v.split(' ').map((w) => word(w.slice(1))), lang);
    if (name === 'section') return SECTION_TITLES[Number(v) - 1]?.[lang] ?? String(v);
    if (name.endsWith('Row')) return rowLabel(f.table, String(v), lang);
    if (name.endsWith('Col')) return colLabel(f.table, String(v), lang);
    return String(v);
  });
}

/** A cell within its table, for people: "本年新收申请·总计"; 表四's cells by their column alone. */
function placeName(f: Pick<MessageInput, 'table' | 'cell' | 'args'>, lang: Lang): string {
  if (!f.cell) return '';
  const sep = lang === 'zh' ? '·' : ' · ';
  if (f.table === 'appeals' && f.cell.row === 'counts') return colLabel(f.table, f.cell.col, lang);
  if (f.cell.col === '*') return rowName(f, f.cell.row, lang);
  if (f.cell.row === '*') return colLabel(f.table, f.cell.col, lang);
  return rowName(f, f.cell.row, lang) + sep + colLabel(f.table, f.cell.col, lang);
}

/** A cell of a blank line, named by what tells it apart from the others of its line. */
function rowOrCol(f: Pick<MessageInput, 'table' | 'cell' | 'args'>, c: CellRef, lang: Lang): string {
  if (f.cell?.row === '*') return rowLabel(f.table, c.row, lang);
  if (f.cell?.col === '*') return colLabel(f.table, c.col, lang);
  return placeName({ ...f, cell: c }, lang);
}

/** A UI string from the same locale files, `{name}` filled from `args`. */
export function t(key: string, lang: Lang = 'zh', args: Record<string, string | number> = {}): string {
  const s = DICTS[lang][key]?.message ?? DICTS.zh[key]?.message ?? key;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (args[name] !== undefined ? String(args[name]) : m));
}

/** "表三 · 本年新收申请 · 总计": where a cell stands, for people. */
export function cellName(table: TableId | null, cell: { row: string; col: string } | null, lang: Lang = 'zh', rowText?: string | number): string {
  if (!table) return '';
  if (!cell || (cell.row === '*' && cell.col === '*')) return tableLabel(table, lang);
  const parts = [tableShort(table, lang)];
  // 表四 has one data row: its cells are named by their column alone
  if (cell.row !== '*' && !(table === 'appeals' && cell.row === 'counts' && cell.col !== '*')) {
    parts.push(rowText !== undefined ? String(rowText) : rowLabel(table, cell.row, lang));
  }
  if (cell.col !== '*') parts.push(colLabel(table, cell.col, lang));
  return parts.join(' · ');
}

/** A finding's message in the language asked for. */
export function findingMessage(f: MessageInput & { message: string }, lang: Lang = 'zh'): string {
  return lang === 'zh' ? f.message : formatMessage(f, lang);
}

/** "行合计、列合计与勾稽关系" from family ids. */
function families(ids: string[], lang: Lang): string {
  return listWords(ids.map((id) => t(familyKey(id), lang)), lang);
}

function changeList(changes: CellChange[], table: TableId | null, lang: Lang): string {
  return changes.map((c) => t('culprit_to', lang, { cell: cellName(table, c, lang), value: c.to })).join(t('list_sep', lang));
}

/** What the repair of a finding says, or null when there is none. */
export function culpritText(f: { table: TableId | null; repair: Repair | null }, lang: Lang = 'zh'): string | null {
  const r = f.repair;
  if (!r) return null;
  if (r.kind === 'fill') return null;
  if (r.kind === 'unique') {
    const cell = cellName(f.table, r.cell, lang);
    const key = r.fixes.length > 1 ? 'culprit_one' : r.fixes.length === 1 ? 'culprit_one1' : 'culprit_plain';
    let s = t(key, lang, { cell, value: r.to, fixes: families(r.fixes, lang) });
    if (r.changes.length > 1) s += (lang === 'zh' ? '。' : '. ') + t('culprit_set', lang, { changes: changeList(r.changes, f.table, lang) });
    return s;
  }
  return t('culprit_ambiguous', lang, { options: r.options.map((o) => changeList(o, f.table, lang)).join(t('culprit_or', lang)) });
}

/**
 * Why a finding needs review, in the reader's language: its reason's locale key and arguments; a finding
 * without one (the code's own doubt, or an audit from before reasons had keys) says its code's words, or in
 * Chinese the reason as stored.
 */
export function reasonOf(f: { rule: string; reason?: string; reasonKey?: string; reasonArgs?: Record<string, string | number> }, lang: Lang = 'zh'): string {
  if (f.reasonKey) return t(f.reasonKey, lang, f.reasonArgs ?? {});
  return lang === 'zh' && f.reason ? f.reason : codeText(f.rule, lang);
}

/** What a finding's code checks, in the language asked for (the registry of lib/rules). */
export function codeText(rule: string, lang: Lang = 'zh'): string {
  return codeOf(rule)?.[lang] ?? '';
}


/** A finding's evidence, as the exports need it: the part a Finding carries (lib/result/schema.ts). */
interface Evidenced {
  table: TableId | null;
  cell: { row: string; col: string } | null;
  args: Record<string, string | number>;
  evidence?: { text?: string; row?: { key: string; label: string; cells: { col: string; text: string }[] } };
}

/** The finding's row as printed, its label first: "（一）予以公开 | 3 | 0 | 1 | …" ('' without one). */
export function evidenceRow(f: Evidenced, lang: Lang = 'zh'): string {
  const row = f.evidence?.row;
  if (!row) return '';
  const label = row.label || (f.table === 'appeals' ? '' : rowName(f, row.key, lang));
  return [...(label ? [label] : []), ...row.cells.map((c) => c.text || t('evidence_blank', lang))].join(' | ');
}

/** What a finding rests on, as printed, in one line: the sentence it quotes and its table row ('' without evidence). */
export function evidenceText(f: Evidenced, lang: Lang = 'zh'): string {
  const parts: string[] = [];
  if (f.evidence?.text) parts.push(t('evidence_text', lang, { text: f.evidence.text }));
  const row = evidenceRow(f, lang);
  if (row) parts.push(t('evidence_row', lang, { table: tableShort(f.table, lang), row }));
  return parts.join(lang === 'zh' ? '；' : '; ');
}
