/** The UI language of every extension surface, and the strings in it. */
import type { Lang } from '@/lib/model';
import { cellName, codeText, culpritText, findingMessage, reasonOf, rowName, t } from '@/lib/result/wording';
import { colLabel } from '@/lib/template/layout';
import type { Finding } from '@/lib/result/schema';

let lang: Lang = 'zh';

export function setLang(l: Lang) {
  lang = l;
}

export function getLang(): Lang {
  return lang;
}

/** A gap between two short items on one line. */
export const gap = () => (lang === 'zh' ? '　' : '  ');

export function tr(key: string, args?: Record<string, string | number>): string {
  return t(key, lang, args);
}

const PUNCT = {
  zh: { list: '、', colon: '：', semicolon: '；' },
  en: { list: ', ', colon: ': ', semicolon: '; ' },
} as const;

/** Punctuation between parts of a UI string: full-width in Chinese, ASCII in English. */
export function punct(kind: keyof (typeof PUNCT)['zh']): string {
  return PUNCT[lang][kind];
}

/** The colon and the list separator of the UI language: “：” and “、” in Chinese, “: ” and “, ” in English. */
export const colon = () => punct('colon');
export const listSep = () => punct('list');

export function messageOf(f: Finding): string {
  return findingMessage(f, lang);
}

/** Where a finding stands, for people: "表三 · 本年新收申请 · 总计". */
export function placeOf(f: Pick<Finding, 'table' | 'cell' | 'args'>): string {
  return cellName(f.table, f.cell, lang, f.args?.rowText);
}

/** Why a finding needs review, in the reader's language. */
export function reasonText(f: Pick<Finding, 'rule' | 'reason' | 'reasonKey' | 'reasonArgs'>): string {
  return reasonOf(f, lang);
}

/** What the finding's rule checks (its code's description). */
export function ruleTextOf(f: Pick<Finding, 'rule'>): string {
  return codeText(f.rule, lang);
}

export function refName(f: Pick<Finding, 'table' | 'args'>, c: { row: string; col: string }): string {
  return cellName(f.table, c, lang);
}

/** The cells a finding's arithmetic used, grouped: "予以公开：自然人、商业企业…" rather than six full names. */
export function relatedText(f: Pick<Finding, 'table' | 'related' | 'cell' | 'args'>): string {
  if (!f.related.length || !f.table) return '';
  const name = (r: string) => rowName(f, r, lang);
  const rows = [...new Set(f.related.map((c) => c.row))];
  const cols = [...new Set(f.related.map((c) => c.col))];
  const sep = listSep();
  const colonMark = colon();
  if (rows.length === 1) return name(rows[0]!) + colonMark + cols.map((c) => colLabel(f.table, c, lang)).join(sep);
  if (cols.length === 1) return colLabel(f.table, cols[0]!, lang) + colonMark + rows.map(name).join(sep);
  return f.related.map((c) => cellName(f.table, c, lang)).join(sep);
}

export function culpritOf(f: Finding): string | null {
  return culpritText(f, lang);
}
