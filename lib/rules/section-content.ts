/**
 * What the template asks of the two sections in words, beyond numbers. 五、存在的主要问题及改进情况 names
 * the organ's problems and what it does about them — not left empty, not 「无」, not problems with no
 * measure — and (2021 template) how last year's problems were dealt with; 六、其他需要报告的事项 reports
 * the 信息处理费 charged (2021 template: every organ, even one that charged none); and section 五 is not
 * last year's section 五 again. Read only where the section's bounds are certain
 * (lib/template/section-text.ts): a report whose sections are not found gets none of these.
 */
import { append } from '../arrays';
import type { Draft, HistoryEntry, ReportModel } from '../model';
import { sectionText, tableInside, withoutClosing, type SectionText } from '../template/section-text';
import { hash32, organKey, ownSentences } from '../text/fingerprint';
import { clip } from '../text/normalize';
import type { Rule } from './types';

/** 「无」 and its variants: the section says there is nothing to say. */
const NONE = /^(?:本年度|本年|今年|全年|该年度|\d{4}年度?)?(?:暂无|无|没有|暂没有|无相关情况|暂无相关情况|无此类情况|无相关内容)$/;
/** Words of a problem. */
const PROBLEM = /问题|不足|差距|短板|弱项|薄弱|有待|不够|欠缺|缺乏|不到位|不及时|不规范|不完善|不健全|偏少|较少|单一|滞后/;
/** A problem stated as what still needs doing (有待加强, 不够完善): no measure. */
const NEEDS = /(?:有待|亟待|尚待|仍需|还需|尚需|需要|需|不够|不太|不甚|未能|没有|未|缺乏|不)(?:进一步|继续)?(?:加强|完善|提升|提高|推进|规范|健全|落实|优化|强化|丰富|拓宽|拓展|加大|深化|改进|细化|明确|增强)/g;
/** Words of a measure: what the organ will do or did. */
const MEASURE = /下一步|下阶段|下步|今后|将|拟|计划|措施|改进|整改|举措|对策|加强|完善|推进|提升|提高|强化|健全|规范|落实|优化|拓宽|拓展|丰富|加大|深化|继续|持续|着力|抓好|做好|确保|建立|开展|组织|扩大|严格|增强|细化|明确|创新|探索|解决/;
/** Shorter than this, section 五 has too few sentences of its own to say it was copied. */
const MIN_COPIED = 3;
const SHOWN = 8;

/** The 2021 template (国办公开办函〔2021〕30号) is in force: for report years 2021 on, or a report in its layout with no year. */
function template2021(m: ReportModel): boolean {
  return m.year.year !== null ? m.year.year >= 2021 : m.version === '2021';
}

/** Text joined without white space: a sentence broken into fragments reads whole. */
const joined = (lines: string[]) => lines.join('').replace(/\s+/g, '');

/** The report says whether it charged 信息处理费: a statement naming the fee and what was charged (or that none was). */
function speaksOfFees(m: ReportModel): boolean {
  // (table 三's row label 申请人逾期未按收费通知要求缴纳费用 names neither the fee nor a charge not made: it is read as no statement)
  const text = joined(m.prose.map((b) => b.text));
  for (const statement of text.match(/[^。；;！!？?]+/g) ?? []) {
    // a law's title names the fee without saying what was charged
    const s = statement.replace(/《[^》]*》|〈[^〉]*〉|<[^>]*>/g, '');
    if (/(?:信息(?:公开)?(?:信息)?处理费|信息公开费|信息费)/.test(s) && /收取|收费|产生|征收|缴纳|计收|免收|费用|\d+(?:\.\d+)?万?元|无|未|没有/.test(s)) return true;
    if (/(?:未|没有|无|不)(?:收取|收|产生|征收|计收)(?:任何|相关)?(?:的)?(?:信息)?(?:处理)?费/.test(s)) return true;
    // no charge said of the disclosure work itself (「2023年度，县发展和改革局政府信息公开未发生收费情况」; real: 沭阳县发展和改革局 2023)
    if (/信息公开|依申请/.test(s) && /(?:未|没有|无)(?:发生|产生|出现|存在)?(?:任何|相关)?(?:的)?收费/.test(s)) return true;
  }
  return false;
}

/** The report says something of last year's problems and how they were dealt with. */
function speaksOfRectification(m: ReportModel, five: string): boolean {
  const y = m.year.year;
  const last = y ? `|${y - 1}年` : '';
  if (new RegExp(`整改|上一?年度?|去年|往年|以往|前期${last}`).test(five)) return true;
  // elsewhere in the report: problems rectified (整改), or last year's problems and what became of them
  const lastYear = new RegExp(`上一?年度?|去年|往年|以往${last}`);
  return (joined(m.prose.map((b) => b.text)).match(/[^。；;！!？?]+/g) ?? []).some(
    (s) => /问题|不足|短板/.test(s) && (/整改/.test(s) || (lastYear.test(s.replace(/上年结转/g, '')) && /改进|解决|完成/.test(s))),
  );
}

export const sectionContent: Rule = {
  id: 'section-content',
  family: 'section-content',
  history: true,
  codes: {
    'section-content:five-empty': {
      severity: 'warning',
      zh: '第五部分「存在的主要问题及改进情况」应说明本机关政府信息公开工作存在的主要问题和改进措施，不能空着。',
      en: 'Section 5 (problems and improvements) states the problems of the organ’s disclosure work and the measures taken: it is not left empty.',
    },
    'section-content:five-none': {
      severity: 'warning',
      zh: '第五部分「存在的主要问题及改进情况」只写「无」，没有说明存在的问题和改进措施。',
      en: 'Section 5 (problems and improvements) reads only “none”: no problem and no improvement is reported.',
    },
    'section-content:no-measures': {
      severity: 'warning',
      zh: '第五部分列出了存在的问题，却没有写任何改进措施（下一步、加强、完善、推进等字样都没有）。',
      en: 'Section 5 lists problems but no measure to improve them (no word of next steps or of strengthening, improving or advancing anything).',
    },
    'section-content:no-rectification': {
      severity: 'notice',
      zh: '2021 年版模板要求第五部分同时报告上年度存在问题的整改情况：第五部分没有提到上年度或整改，全文也没有一句说到问题的整改。',
      en: 'The 2021 template asks section 5 to report how last year’s problems were rectified: section 5 names neither last year nor rectification, and no sentence of the report speaks of problems rectified.',
    },
    'section-content:no-fees': {
      severity: 'warning',
      zh: '2021 年版模板要求第六部分报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，未收取的也应写明：报告中没有一句说到信息处理费。',
      en: 'The 2021 template asks section 6 to report the information processing fees charged under the fee measures, and to say so when none were: no sentence of the report speaks of them.',
    },
    'section-content:five-copied': {
      severity: 'warning',
      zh: '第五部分的问题和改进措施大量照抄本机关上一年报告（数字、年份、机关名称不计）：超过设定比例即提示。',
      en: 'Section 5’s problems and measures largely repeat the organ’s previous report (numbers, years and names aside): flagged above the set share.',
    },
  },
  check(m: ReportModel): Draft[] {
    const out: Draft[] = [];
    const five = sectionText(m, 5);
    if (five) append(out, checkFive(m, five));
    const six = sectionText(m, 6);
    if (six && template2021(m) && !speaksOfFees(m)) {
      const text = withoutClosing(six.lines).join(' ');
      out.push({ rule: 'section-content:no-fees', table: null, cell: null, msg: 'f_sc_no_fees', args: { section: 6 }, where: text ? clip(text, 200) : six.heading.text, src: six.heading.block.src });
    }
    return out;
  },
};

function checkFive(m: ReportModel, five: SectionText): Draft[] {
  const at = { table: null, cell: null, src: five.heading.block.src } as const;
  const lines = withoutClosing(five.lines);
  const text = joined(lines);
  const bare = text.replace(/[。.，,；;：:！!、…]/g, '');
  if (!/[\p{L}\p{N}]/u.test(bare)) {
    // nothing in the prose, but a table inside the section may hold its text: not said
    return tableInside(m, five) === false ? [{ ...at, rule: 'section-content:five-empty', msg: 'f_sc_five_empty', args: { section: 5 }, where: five.heading.text }] : [];
  }
  if (NONE.test(bare)) {
    return tableInside(m, five) === false ? [{ ...at, rule: 'section-content:five-none', msg: 'f_sc_five_none', args: { section: 5, text: clip(lines.join(' '), 20) }, where: lines.join(' ') }] : [];
  }
  const out: Draft[] = [];
  if (PROBLEM.test(text) && !MEASURE.test(text.replace(NEEDS, ''))) {
    out.push({ ...at, rule: 'section-content:no-measures', msg: 'f_sc_no_measures', args: { section: 5 }, where: clip(lines.join(' '), 300) });
  }
  if (template2021(m) && !speaksOfRectification(m, text)) {
    out.push({ ...at, rule: 'section-content:no-rectification', msg: 'f_sc_no_rectification', args: { section: 5 }, where: clip(lines.join(' '), 300) });
  }
  const copied = copiedFive(m, lines);
  if (copied) out.push({ ...at, ...copied });
  return out;
}

/** Section 五's own sentences printed again from the organ's previous report, at or above the threshold. */
function copiedFive(m: ReportModel, lines: string[]): Omit<Draft, 'table' | 'cell'> | null {
  const h = m.options.history;
  const year = m.year.year;
  if (!h || !m.organ || !year) return null;
  const own = ownSentences(lines, m.organ).filter((s) => !h.isCommon(s.h));
  if (own.length < MIN_COPIED) return null;
  const key = organKey(m.organ);
  let best: { entry: HistoryEntry; shared: { h: number; t: string }[] } | null = null;
  for (const entry of h.ofOrgan(key)) {
    if (entry.year !== year - 1 || entry.source === m.source) continue;
    const theirs = new Set(entry.sentences.map((s) => s.h));
    const shared = own.filter((s) => theirs.has(s.h));
    if (!best || shared.length > best.shared.length || (shared.length === best.shared.length && entry.source < best.entry.source)) best = { entry, shared };
  }
  if (!best || best.shared.length / own.length < h.copyThreshold) return null;
  const { entry, shared } = best;
  const theirs = new Map(entry.sentences.map((s) => [s.h, s.t]));
  return {
    rule: 'section-content:five-copied',
    msg: 'f_sc_five_copied',
    args: { section: 5, share: Math.round((shared.length / own.length) * 100), shared: shared.length, own: own.length, other: clip(entry.title ?? `${entry.organ} ${entry.year}`, 80), otherSource: clip(entry.source, 300), otherYear: entry.year },
    // the other report, short and stable: its address's hash
    key: hash32(entry.source).toString(36),
    shared: shared.slice(0, SHOWN).map((s) => ({ ours: s.t, theirs: theirs.get(s.h) ?? '' })),
  };
}
