/**
 * The report covers 1 January–31 December of its year and is published by the
 * deadline of 条例 第四十九条: 31 January for a department of a county-level or
 * higher government, 31 March for such a government's own report; townships and
 * street offices follow local notices (default 31 January, a setting).
 */
import type { Deadlines, Draft, OrganLevel, ReportModel } from '../model';
import { findDates } from '../text/dates';
import { clip, foldText } from '../text/normalize';
import { sentences } from '../text/sentences';
import type { Rule } from './types';

export const DEFAULT_DEADLINES: Deadlines = { department: '01-31', government: '03-31', township: '01-31' };

/** The deadline of an organ's report of `year` (YYYY-MM-DD) by its level and whether it is a government's own, and which it is. */
export function dueFor(year: number, level: OrganLevel | null, government: boolean, deadlines?: Partial<Deadlines>): { due: string; kind: keyof Deadlines } {
  const d = { ...DEFAULT_DEADLINES, ...deadlines };
  const kind: keyof Deadlines = level === 'township' ? 'township' : government ? 'government' : 'department';
  return { due: `${year + 1}-${d[kind]}`, kind };
}

export function deadlineFor(m: ReportModel): { due: string; kind: keyof Deadlines } | null {
  return m.year.year === null ? null : dueFor(m.year.year, m.level, m.government, m.options.deadlines);
}

const PERIOD = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|—|－|-|~)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
const UNTIL = /截[至止](\d{4})年(\d{1,2})月(\d{1,2})日/;

export const deadline: Rule = {
  id: 'deadline',
  family: 'deadline',
  codes: {
    'deadline:late': {
      severity: 'warning',
      zh: '报告应于次年 1 月 31 日前公开（县级以上人民政府本级报告为 3 月 31 日；乡镇街道按地方通知，默认 1 月 31 日，可在设置中调整）。',
      en: 'A report is published by 31 January of the next year (31 March for a government’s own report; townships by local rule, 31 January by default, adjustable in the settings).',
    },
    'deadline:early': {
      severity: 'warning',
      zh: '报告落款或发布日期不应早于报告年度结束：否则报告不能涵盖全年。',
      en: 'A report is not signed or published before its year ends: it could not cover the whole year.',
    },
    'deadline:signed-slip': {
      severity: 'notice',
      zh: '落款日期早于报告年度结束，而报告在年度结束后才发布：落款日期疑为笔误（如年份写错），请核对。',
      en: 'The date signed is before the year ended, but the report was published after it: the date signed looks mistyped (a wrong year, say); check it.',
    },
    'deadline:partial-year': {
      severity: 'notice',
      zh: '报告统计期限从年中开始至 12 月 31 日（如机关当年新设）：报告只涵盖部分年度，请留意。',
      en: 'The statistics start during the year and run to 31 December (an organ set up that year, say): the report covers part of the year.',
    },
    'deadline:period': {
      severity: 'warning',
      zh: '报告统计期限应为报告年度 1 月 1 日至 12 月 31 日。',
      en: 'A report’s statistics cover 1 January–31 December of its year.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    const year = m.year.year;
    if (year === null) return out;
    const due = deadlineFor(m);
    const dates: { which: 'signed' | 'published'; iso: string; raw: string; src?: Draft['src'] }[] = [];
    if (m.signed) dates.push({ which: 'signed', iso: m.signed.value.iso, raw: m.signed.value.raw, src: m.signed.src });
    if (m.published) dates.push({ which: 'published', iso: m.published.iso, raw: m.published.raw });
    // one fact, one finding: a late (or early) report is said once, citing each date that shows it
    const say = (kind: 'late' | 'early', ds: typeof dates, args: Record<string, string | number>) => {
      if (!ds.length) return;
      const both = ds.length === 2;
      out.push({
        rule: `deadline:${kind}`,
        table: null,
        cell: null,
        msg: both ? `f_deadline_${kind}_both` : `f_deadline_${kind}`,
        where: ds.map((d) => d.raw).join('；'),
        src: ds.find((d) => d.src)?.src ?? null,
        covers: ds.map((d) => `deadline:${kind}:${d.which}`),
        args: both ? { signed: ds[0]!.iso, published: ds[1]!.iso, ...args } : { whichDate: `@date_${ds[0]!.which}`, date: ds[0]!.iso, ...args },
      });
    };
    if (due) say('late', dates.filter((d) => d.iso > due.due), { due: due.due, organKind: `@kind_${due.kind}` });
    // no organ read: its kind, and so its deadline, is not known; late only by a department's deadline (before a
    // government's own) is said for review, not as a fact
    const late = out.find((d) => d.rule === 'deadline:late');
    if (late && m.organ === null && m.levelFrom === null) {
      const latest = dueFor(year, null, true, m.options.deadlines).due;
      if (!dates.some((d) => d.iso > latest)) late.doubt = { key: 'review_organ_unknown', args: { latest } };
    }
    say('early', dates.filter((d) => (!due || d.iso <= due.due) && d.iso <= `${year}-12-31`), { year });
    // signed before the year ended but published after it: the report came out when it could, and the date signed is
    // likely a slip of the pen (2019年1月3日 on a page published 2020-01-16) — a notice of the date, not an early report
    const early = out.findIndex((d) => d.rule === 'deadline:early');
    if (early >= 0 && m.published && m.published.iso > `${year}-12-31` && m.signed) {
      out[early] = {
        rule: 'deadline:signed-slip',
        table: null,
        cell: null,
        msg: 'f_deadline_signed_slip',
        where: m.signed.value.raw,
        src: m.signed.src,
        args: { date: m.signed.value.iso, published: m.published.iso, year },
      };
    }
    for (const s of sentences(m.prose)) {
      const t = foldText(s.text).replace(/\s+/g, '');
      if (!/统计|期限|期间|数据|截[至止]|时限/.test(t)) continue;
      const p = PERIOD.exec(t);
      const u = p ? null : UNTIL.exec(t);
      if (!p && !u) continue;
      const from = p ? findDates(`${p[1]}年${p[2]}月${p[3]}日`)[0]?.iso : null;
      const to = p ? findDates(`${p[4] ?? p[1]}年${p[5]}月${p[6]}日`)[0]?.iso : findDates(`${u![1]}年${u![2]}月${u![3]}日`)[0]?.iso;
      const fine = (!p || from === `${year}-01-01`) && to === `${year}-12-31`;
      // a period that starts during the year and runs to its end (an organ set up in September) is part of the year, said as a notice
      const partial = !fine && !!from && from > `${year}-01-01` && from.startsWith(`${year}-`) && to === `${year}-12-31`;
      if (partial) {
        out.push({ rule: 'deadline:partial-year', table: null, cell: null, msg: 'f_deadline_partial', where: clip(s.text, 120), src: s.src, args: { period: `${from} — ${to}`, year } });
      } else if (!fine) {
        out.push({
          rule: 'deadline:period', table: null, cell: null, msg: 'f_deadline_period', where: clip(s.text, 120), src: s.src,
          args: { period: p ? `${from ?? '?'} — ${to ?? '?'}` : `— ${to ?? '?'}`, year },
        });
      }
      break;
    }
    return out;
  },
};
