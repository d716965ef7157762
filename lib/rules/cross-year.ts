/**
 * The arithmetic that continues from one year to the next, against the organ's
 * previous report (the audit's history, lib/history):
 *   上年结转 this year = 结转下年度继续办理 last year, per applicant column;
 *   2021: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数 (规章, 行政规范性文件);
 *   2019: 上一年项目数量 this year = last year's 上一年项目数量 + 本年增/减 (第（五）（六）（八）项).
 * Warnings: last year's report may have been corrected since. This year's cell is
 * flagged, naming last year's report and value; nothing is computed from blanks.
 * Two records that claim the organ's previous year with different figures are
 * said to be ambiguous rather than guessed between.
 */
import type { Draft, HistoryEntry, ReportModel } from '../model';
import { APPLICANT_COLS } from '../template/layout';
import { cellOf } from '../template/relations';
import { figuresOf, sameFigures } from '../template/figures';
import { organKey } from '../text/fingerprint';
import { clip } from '../text/normalize';
import type { Rule } from './types';
import { publishedAt, siteOf } from '../text/site';
import { round } from './types';

const STOCK_2019 = ['art20_5.license', 'art20_5.other_services', 'art20_6.penalty', 'art20_6.coercion', 'art20_8.fees'];
const STOCK_2021 = ['art20_1.rules', 'art20_1.normative'];

const nameOf = (e: HistoryEntry) => clip(e.title ?? e.source, 80);
/**
 * Other records named: by title, or by address where two share a title (the same report at two addresses); the first
 * five, then how many more (a region's crawl may hold one report at many addresses).
 */
function namesOf(es: HistoryEntry[]): string {
  const titles = es.map((e) => e.title);
  const name = (e: HistoryEntry) =>
    e.title && titles.indexOf(e.title) === titles.lastIndexOf(e.title) ? nameOf(e) : e.source.length > 80 ? `…${e.source.slice(-79)}` : e.source;
  return es.slice(0, 5).map(name).join('、') + (es.length > 5 ? ` …(+${es.length - 5})` : '');
}

/** Another report's figure: undefined where it printed no such cell, null where blank. */
const fig = (e: HistoryEntry, key: string) => e.figures[key];

export const crossYear: Rule = {
  id: 'cross-year',
  family: 'cross-year',
  history: true,
  codes: {
    'cross-year:carried-over': {
      severity: 'warning',
      zh: '本年“上年结转政府信息公开申请数量”应等于上一年报告的“结转下年度继续办理”（逐列）。',
      en: 'This year’s applications carried in must equal last year’s report’s carried over, column by column.',
    },
    'cross-year:stock': {
      severity: 'warning',
      zh: '表二的存量逐年延续：2021 年版“现行有效件数”= 上年现行有效件数 + 本年制发件数 − 本年废止件数；2019 年版“上一年项目数量”= 上年的上一年项目数量 + 本年增/减。',
      en: 'Table 2’s stock continues year to year: 2021 template in force = last year’s in force + issued − repealed; 2019 template previous-year items = last year’s previous-year items + change.',
    },
    'cross-year:ambiguous': {
      severity: 'notice',
      zh: '有两份或以上记录都称是同一机关同一年的报告，且数字不同：跨年核对无法确定以哪份为准，未核对。',
      en: 'Two or more records claim the same organ and year with different figures: the cross-year check cannot tell which to use and is not made.',
    },
  },
  check(m: ReportModel): Draft[] {
    const h = m.options.history;
    const year = m.year.year;
    if (!h || !m.organ || !year) return [];
    // reports of the organ from its own site (or its government's, or files the auditor collected) come first:
    // one from an unrelated site never overrides them, and alone it is compared only as a doubt to review
    const here = siteOf(m.source);
    const near = (e: HistoryEntry) => here === null || siteOf(e.source) === null || siteOf(e.source) === here;
    const preferNear = (xs: HistoryEntry[]) => (xs.some(near) ? xs.filter(near) : xs);
    const mine = h.ofOrgan(organKey(m.organ)).filter((e) => e.source !== m.source);
    const out: Draft[] = [];
    // another record of this very year, with other figures: say so (the dashboard shows both); another site's claim is no rival
    const now = figuresOf(m.mapping);
    const rivals = mine.filter((e) => e.year === year && near(e) && !sameFigures(e.figures, now));
    if (rivals.length) {
      out.push({ rule: 'cross-year:ambiguous', table: null, cell: null, msg: 'f_cross_same_year', args: { year, others: namesOf(rivals) }, key: 'same-year' });
    }
    const last = preferNear(mine.filter((e) => e.year === year - 1));
    if (!last.length) return out;
    if (last.some((e) => !sameFigures(e.figures, last[0]!.figures))) {
      out.push({ rule: 'cross-year:ambiguous', table: null, cell: null, msg: 'f_cross_ambiguous', args: { year: year - 1, others: namesOf(last) }, key: 'previous' });
      return out;
    }
    const prev = last[0]!;
    const lastArgs = { lastYear: year - 1, lastReport: nameOf(prev), lastSource: clip(prev.source, 300), lastSite: clip(publishedAt(prev.source), 120) };
    // compared with a report published on an unrelated site: said, for review, never counted
    const doubt = near(prev) ? undefined : { key: 'review_other_site', args: { site: publishedAt(prev.source) } };
    const flag = (table: 'requests' | 'active', row: string, col: string, said: number, msg: string, extra: Record<string, string | number> = {}) => {
      const c = cellOf(m.mapping, table, row, col);
      if (!c || c.blank || round(c.value) === round(said)) return;
      out.push({ rule: msg === 'f_cross_carried' ? 'cross-year:carried-over' : 'cross-year:stock', table, cell: { row, col }, actual: c.value, expected: null, msg, args: { ...lastArgs, ...extra, said, printed: c.value }, src: c.src, ...(doubt ? { doubt } : {}) });
    };

    // 上年结转 = last year's 结转下年度: the applicant columns; the total only when they all agree
    const before = out.length;
    for (const col of APPLICANT_COLS) {
      const was = fig(prev, `requests/carried_out/${col}`);
      if (typeof was === 'number') flag('requests', 'carried_in', col, was, 'f_cross_carried');
    }
    if (out.length === before) {
      const was = fig(prev, 'requests/carried_out/total');
      if (typeof was === 'number') flag('requests', 'carried_in', 'total', was, 'f_cross_carried');
    }

    if (m.mapping.version === '2021') {
      for (const row of STOCK_2021) {
        const was = fig(prev, `active/${row}/in_force`);
        const issued = cellOf(m.mapping, 'active', row, 'issued');
        const repealed = cellOf(m.mapping, 'active', row, 'repealed');
        if (typeof was !== 'number' || !issued || !repealed || issued.blank || repealed.blank) continue;
        flag('active', row, 'in_force', round(was + issued.value - repealed.value), 'f_cross_stock_2021', { lastInForce: was, issued: issued.value, repealed: repealed.value });
      }
    } else if (m.mapping.version === '2019') {
      for (const row of STOCK_2019) {
        const items = fig(prev, `active/${row}/prev_items`);
        const delta = fig(prev, `active/${row}/delta`);
        if (typeof items !== 'number' || typeof delta !== 'number') continue;
        flag('active', row, 'prev_items', round(items + delta), 'f_cross_stock_2019', { lastItems: items, lastDelta: delta });
      }
    }
    return out;
  },
};
