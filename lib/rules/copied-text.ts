/**
 * Copied prose: the share of a report's own sentences (template wording and the
 * statutory boilerplate left out; numbers, years and the organ's name do not tell
 * sentences apart) that another report prints too — the organ's previous report,
 * or another organ's report of the same year. Above the threshold (a setting, 50 %
 * by default) a warning names the other report and shows the shared sentences side
 * by side. Too little prose of its own to compare (fewer than MIN_OWN_SENTENCES) is said, as a
 * notice (it costs nothing), when the organ's previous report is at hand — the comparison the check
 * exists for could have been made: the record shows it was not, rather than passing in silence.
 * (The organ's reports are in every slice of the history a page gets: the notice is the same
 * whether the audit had the whole history or its slice.)
 */
import type { Draft, HistoryEntry, ReportModel } from '../model';
import { MIN_OWN_SENTENCES, hash32, organKey, ownSentences } from '../text/fingerprint';
import { clip } from '../text/normalize';
import type { Rule } from './types';

const SHOWN = 8;
/** Other reports named as sharing its prose, at most (the most shared first). */
const MAX_OTHERS = 3;

export const copiedText: Rule = {
  id: 'copied-text',
  family: 'copied-text',
  history: true,
  codes: {
    'copied-text:previous-year': {
      severity: 'warning',
      zh: '报告正文大量重复本机关上一年报告（数字、年份、机关名称不计，模板固定用语不计）：超过设定比例即提示。',
      en: 'The report repeats much of the organ’s previous report (numbers, years and the organ’s name aside; the template’s fixed wording aside): flagged above the set share.',
    },
    'copied-text:too-little': {
      severity: 'notice',
      zh: '正文中本机关自有的语句太少，无法核对是否重复其他报告（模板固定用语、法定套话不计）。',
      en: "The report has too little prose of its own to check whether it repeats other reports (the template's fixed wording and statutory boilerplate aside).",
    },
    'copied-text:other-organ': {
      severity: 'warning',
      zh: '报告正文大量与另一机关同年报告相同（数字、年份、机关名称不计，模板固定用语不计）：超过设定比例即提示。',
      en: 'The report shares much of its text with another organ’s report of the same year (numbers, years, names and fixed wording aside): flagged above the set share.',
    },
  },
  check(m: ReportModel): Draft[] {
    const h = m.options.history;
    const year = m.year.year;
    if (!h || !m.organ || !year) return [];
    const own = ownSentences(m.prose.map((b) => b.text), m.organ).filter((s) => !h.isCommon(s.h));
    const key = organKey(m.organ);
    if (own.length < MIN_OWN_SENTENCES) {
      const previous = h.ofOrgan(key).some((e) => e.year === year - 1 && e.source !== m.source);
      return previous ? [{ rule: 'copied-text:too-little', table: null, cell: null, msg: 'f_copied_too_little', args: { own: own.length, min: MIN_OWN_SENTENCES } }] : [];
    }
    const out: Draft[] = [];
    const byHash = new Map(own.map((s) => [s.h, s.t]));
    const hits = h
      .sharing(own.map((s) => s.h), m.source)
      .filter(({ entry }) => (entry.organKey === key ? entry.year === year - 1 : entry.year === year))
      .map((x) => ({ ...x, share: x.shared.length / own.length }))
      .filter((x) => x.share >= h.copyThreshold)
      .sort((a, b) => b.share - a.share || a.entry.source.localeCompare(b.entry.source));
    // the reports it shares most with, at most MAX_OTHERS: a region's townships may all print one county draft, and a
    // finding per copy would weigh more than the report (those it shares less with go unnamed)
    for (const { entry, shared, share } of hits.slice(0, MAX_OTHERS)) {
      const previous = entry.organKey === key;
      const theirs = new Map(entry.sentences.map((s) => [s.h, s.t]));
      out.push({
        rule: previous ? 'copied-text:previous-year' : 'copied-text:other-organ',
        table: null,
        cell: null,
        msg: previous ? 'f_copied_previous' : 'f_copied_other',
        args: { share: Math.round(share * 100), shared: shared.length, own: own.length, other: otherName(entry), otherSource: clip(entry.source, 300), otherYear: entry.year },
        // the other report, short and stable: its address's hash
        key: hash32(entry.source).toString(36),
        shared: shared.slice(0, SHOWN).map((hsh) => ({ ours: byHash.get(hsh) ?? '', theirs: theirs.get(hsh) ?? '' })),
      });
    }
    return out;
  },
};

function otherName(e: HistoryEntry): string {
  return clip(e.title ?? `${e.organ} ${e.year}`, 80);
}
