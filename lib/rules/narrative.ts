/**
 * Numbers the report's sentences state, against the table cells that hold them.
 * A finding says what the text states and what the table prints ("正文 2 · 表格 1");
 * whether the text agrees with the table's arithmetic is added by the analysis
 * (lib/analysis/group.ts), which alone says what a cell should hold.
 */
import type { Draft, MappedCell, ReportModel, TableId, Version } from '../model';
import { findClaims, type Claim, type ClaimKind } from '../text/claims';
import { clip } from '../text/normalize';
import { sentences, type Sentence } from '../text/sentences';
import { cellOf, checkable, expectedValue, relations } from '../template/relations';
import { requestGroups } from '../template/layout';
import { activeCellOf, undecidedClaim } from './narrative-runs';
import type { Code, Rule } from './types';

/** The cells a sentence's number is compared with: one cell, or the cells whose sum it states. */
interface ClaimTarget {
  table: TableId;
  cells: MappedCell[];
  /** What the table prints for it (the cells' sum). */
  value: number;
  /** Further values the sentence may fairly state (e.g. new + carried in when it says so). */
  alsoFine?: number[];
  /** For a sum of cells: the word that names them (a result group, the two lawsuit totals). */
  what?: string;
  /** A blank total among the cells was read as the sum of its row's printed parts. */
  fromRows?: boolean;
}

/**
 * What the table gives a cell: its printed value; for a total left blank whose row prints its parts, their sum
 * (总计列空白，予以公开一行各项 258|12|1|1: the row says 272 — the blank is the table's fault, said by the
 * row-total rule, not a 0 the text is weighed against). A total printed 0 stays 0.
 */
function tableValue(m: ReportModel, c: MappedCell): { value: number; fromRow: boolean } {
  if (!c.blank) return { value: c.value, fromRow: false };
  const key = `${c.row}/${c.col}`;
  const r = relations(m.mapping).find((x) => x.table === c.table && x.target === key && (x.family === 'row-total' || x.family === 'appeal-total'));
  const sum = r && checkable(m.mapping, r) === 'yes' ? expectedValue(m.mapping, r) : null;
  return sum === null ? { value: c.value, fromRow: false } : { value: sum, fromRow: true };
}

/** A result group's cells: its printed subtotal, else its items (the 2019 其他处理 and 予以公开 are single rows). */
function groupCells(m: ReportModel, v: Version, key: string): MappedCell[] {
  const cell = (row: string) => cellOf(m.mapping, 'requests', row, 'total');
  const own = cell(`result.${key}`);
  if (own) return [own];
  const g = requestGroups(v).find((x) => x.key === key);
  const items = (g?.items ?? []).map((_, i) => cell(`result.${key}.${i + 1}`));
  return items.every((c): c is MappedCell => !!c) && items.length ? items : [];
}

const GROUP_OF: Partial<Record<ClaimKind, string>> = {
  disclosed: 'disclosed', partial: 'partial', withheld: 'withheld', unavailable: 'unavailable', 'not-processed': 'not_processed', 'other-handling': 'other',
};

function claimTarget(m: ReportModel, c: Claim, s: Sentence): ClaimTarget | null {
  const v = m.version ?? '2019';
  const cell = (table: TableId, row: string, col: string) => cellOf(m.mapping, table, row, col);
  const of = (table: TableId, cells: (MappedCell | undefined)[], what?: string): ClaimTarget | null => {
    if (!cells.length || !cells.every((x): x is MappedCell => !!x)) return null;
    const values = cells.map((x) => tableValue(m, x));
    return { table, cells, value: values.reduce((n, x) => n + x.value, 0), what, fromRows: values.some((x) => x.fromRow) };
  };
  const one = (table: TableId, row: string, col: string) => of(table, [cell(table, row, col)]);
  const group = GROUP_OF[c.kind as ClaimKind];
  if (group) {
    const cells = groupCells(m, v, group);
    const t = cells.length > 1 ? of('requests', cells, `@group_${group}`) : of('requests', cells);
    // 「因本机关不掌握等原因无法提供146件」 may count the item it names: that item's total agrees too
    const items = requestGroups(v).find((x) => x.key === group)?.items ?? [];
    const named = items.flatMap((item, i) => (s.text.includes(item.zh.replace(/^属于/, '').slice(0, 5)) ? [cell('requests', `result.${group}.${i + 1}`, 'total')] : []));
    if (t && named.length === 1 && named[0]) t.alsoFine = [tableValue(m, named[0]).value];
    return t;
  }
  switch (c.kind as ClaimKind) {
    case 'requests-received': {
      const t = one('requests', 'new', 'total');
      const cin = cell('requests', 'carried_in', 'total');
      if (t && cin && /结转|上年|含/.test(s.text)) t.alsoFine = [t.value + tableValue(m, cin).value];
      return t;
    }
    case 'requests-carried-in':
      return one('requests', 'carried_in', 'total');
    case 'requests-carried-out':
      return one('requests', 'carried_out', 'total');
    case 'requests-answered':
      return one('requests', 'result.total', 'total');
    case 'disclosed-or-partial':
      return of('requests', [...groupCells(m, v, 'disclosed'), ...groupCells(m, v, 'partial')], '@group_disclosed_or_partial');
    case 'reviews':
      return one('appeals', 'counts', 'review.total');
    case 'lawsuits':
      return of('appeals', [cell('appeals', 'counts', 'suit_direct.total'), cell('appeals', 'counts', 'suit_after_review.total')], '@group_lawsuits');
    case 'normative-in-force': {
      // 「现行有效…393件，动态更新本年度制发的…77件」: the documents in force before this year's are added (393 + 77 = 470)
      const t = v === '2021' ? one('active', 'art20_1.normative', 'in_force') : null;
      const issued = cell('active', 'art20_1.normative', 'issued');
      if (t && issued && inForceBefore(s)) t.alsoFine = [t.value - issued.value];
      return t;
    }
    default: {
      // a figure of one 表二 cell
      const at = activeCellOf(c.kind as ClaimKind, v);
      return at ? one('active', at.row, at.col) : null;
    }
  }
}

/** A sentence that counts the documents in force apart from this year's (…现行有效393件，本年度制发77件). */
const inForceBefore = (s: Sentence) => /本年度?制发|新制发|新增/.test(s.text);

/** What else a reading of an undecided 表二 row may give a claim: the documents in force before this year's, where said so. */
const alsoFineOf = (c: Claim, s: Sentence) => (rd: Map<string, number | null>) =>
  c.kind === 'normative-in-force' && inForceBefore(s) ? [(rd.get('in_force') ?? 0) - (rd.get('issued') ?? 0)] : [];

/** An amount in 万元, from a value and its unit. */
export function toWan(value: number, unit: string | null): number {
  return unit === '元' ? value / 10_000 : unit === '亿元' ? value * 10_000 : value;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 5e-4);
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

const claimCode = (zh: string, en: string): Code => ({ severity: 'warning', zh: `正文所述${zh}应与表格一致。`, en: `The ${en} the text states agree with the tables.` });

export const narrative: Rule = {
  id: 'narrative',
  family: 'narrative',
  codes: {
    'narrative:requests-received': claimCode('收到的信息公开申请数（表三“本年新收”总计）', 'requests received (table 3, new requests, total)'),
    'narrative:requests-carried-in': claimCode('上年结转申请数（表三“上年结转”总计）', 'requests carried in (table 3, carried in, total)'),
    'narrative:requests-carried-out': claimCode('结转下年度申请数（表三“结转下年度继续办理”总计）', 'requests carried over (table 3, carried over, total)'),
    'narrative:requests-answered': claimCode('办结（答复）申请数（表三“办理结果总计”）', 'requests answered (table 3, results total)'),
    'narrative:disclosed-or-partial': claimCode('予以公开及部分公开的申请数（表三两行总计之和）', 'requests disclosed in whole or in part (table 3, the two rows’ totals)'),
    'narrative:disclosed': claimCode('予以公开的申请数（表三“予以公开”总计）', 'requests disclosed (table 3, disclosed, total)'),
    'narrative:partial': claimCode('部分公开的申请数（表三“部分公开”总计）', 'requests partly disclosed (table 3, partly disclosed, total)'),
    'narrative:withheld': claimCode('不予公开的申请数（表三“不予公开”各项总计之和）', 'requests withheld (table 3, the withheld items’ totals)'),
    'narrative:unavailable': claimCode('无法提供的申请数（表三“无法提供”各项总计之和）', 'requests that could not be provided (table 3, the items’ totals)'),
    'narrative:not-processed': claimCode('不予处理的申请数（表三“不予处理”各项总计之和）', 'requests not processed (table 3, the items’ totals)'),
    'narrative:other-handling': claimCode('其他处理的申请数（表三“其他处理”总计）', 'requests handled otherwise (table 3, other handling, total)'),
    'narrative:reviews': claimCode('行政复议案件数（表四“行政复议·总计”）', 'administrative reviews (table 4, review total)'),
    'narrative:lawsuits': claimCode('行政诉讼案件数（表四两类行政诉讼总计之和）', 'lawsuits (table 4, the two lawsuit totals)'),
    'narrative:procurement-count': claimCode('政府集中采购项目数（表二第（九）项）', 'procurement projects (table 2, item 9)'),
    'narrative:procurement-amount': claimCode('政府集中采购金额（表二第（九）项，按元或万元换算）', 'procurement amount (table 2, item 9, yuan or 10k yuan)'),
    'narrative:normative-issued': claimCode('制发的规范性文件数（表二第（一）项）', 'normative documents issued (table 2, item 1)'),
    'narrative:rules-issued': claimCode('制定的规章数（表二第（一）项）', 'rules made (table 2, item 1)'),
    'narrative:normative-in-force': claimCode('现行有效的行政规范性文件数（表二第（一）项“现行有效件数”）', 'normative documents in force (table 2, item 1, in force)'),
    'narrative:rules-in-force': claimCode('现行有效的规章数（表二第（一）项“现行有效件数”）', 'rules in force (table 2, item 1, in force)'),
    'narrative:normative-repealed': claimCode('废止的行政规范性文件数（表二第（一）项“本年废止件数”）', 'normative documents repealed (table 2, item 1, repealed)'),
    'narrative:rules-repealed': claimCode('废止的规章数（表二第（一）项“本年废止件数”）', 'rules repealed (table 2, item 1, repealed)'),
    'narrative:penalties': claimCode('行政处罚决定数（表二第（六）项）', 'penalty decisions (table 2, item 6)'),
    'narrative:licences': claimCode('行政许可决定数（表二第（五）项）', 'licence decisions (table 2, item 5)'),
    'narrative:every-reading': {
      severity: 'warning',
      zh: '正文所述表二某格的数字，应是该行连在一起的数字的某种读法所给出的：按列数的每种读法（含空白格）该格都不是正文所述的，二者不符。',
      en: 'A table 2 figure the text states must be what some reading of its row’s run-together digits gives: under every reading (blank cells included) the cell is something else.',
    },
    'narrative:procurement-dropped': {
      severity: 'warning',
      zh: '2021 年版模板已删除“政府集中采购”栏目：正文仍报告采购情况的，表格中无从核对。',
      en: 'The 2021 template dropped government procurement: a report that still states it cannot be checked against its tables.',
    },
  },
  check(m) {
    const out: Draft[] = [];
    const done = new Set<string>();
    let dropped = false;
    for (const s of sentences(m.prose)) {
      const claims = findClaims(s.text, s.statement);
      // the 2021 template dropped 政府集中采购: a report that still states it cannot be checked
      const count = claims.find((c) => c.kind === 'procurement-count');
      const amount = claims.find((c) => c.kind === 'procurement-amount');
      if (m.version === '2021' && (count || amount) && !dropped) {
        dropped = true;
        out.push({
          rule: 'narrative:procurement-dropped',
          table: 'active',
          cell: null,
          msg: 'f_narrative_dropped',
          args: { count: count?.value ?? '—', amount: amount ? `${amount.value}${amount.unit}` : '—' },
          where: clip(s.text, 120),
          key: 'procurement',
          src: s.src,
        });
      }
      for (const c of claims) {
        if (c.kind === 'procurement-amount') {
          const x = cellOf(m.mapping, 'active', 'art20_9.procurement', 'amount');
          if (!x || done.has(x.row + x.col)) continue;
          const said = toWan(c.value, c.unit ?? null);
          const readings = x.unit ? [x.unit] : ['元', '万元'];
          if (readings.some((u) => close(toWan(x.value, u), said))) continue;
          done.add(x.row + x.col);
          const assumed = x.unit ?? '元';
          out.push({
            rule: 'narrative:procurement-amount',
            table: 'active',
            cell: { row: x.row, col: x.col },
            expected: null,
            actual: x.value,
            msg: 'f_narrative_amount',
            args: { whatClaim: `@claim_${c.kind.replace(/-/g, '_')}`, said: round4(said), tableWan: round4(toWan(x.value, assumed)), raw: x.raw.trim(), assumed, quote: clip(s.text, 60) },
            where: clip(s.text, 120),
            src: x.src,
            relatedSrc: [s.src],
          });
          continue;
        }
        const t = claimTarget(m, c, s);
        const first = t?.cells[0];
        if (!t) {
          // a 表二 row that could not be read: the figure against every reading of its digits
          const d = undecidedClaim(m, c, s, alsoFineOf(c, s));
          if (d && !done.has(d.cell!.row + d.cell!.col)) {
            done.add(d.cell!.row + d.cell!.col);
            out.push(d);
          }
          continue;
        }
        if (!first || done.has(first.row + first.col)) continue;
        if (c.value === t.value || t.alsoFine?.includes(c.value)) continue;
        done.add(first.row + first.col);
        const sum = t.cells.length > 1;
        out.push({
          rule: `narrative:${c.kind}`,
          table: t.table,
          cell: { row: first.row, col: first.col },
          related: t.cells.slice(1).map((r) => ({ row: r.row, col: r.col })),
          expected: null,
          actual: sum ? null : first.value,
          blank: !sum && first.blank,
          // a blank total read from its row says so: the table's figure is its parts' sum, not a printed number
          msg: t.fromRows ? (sum ? 'f_narrative_sum_rows' : 'f_narrative_cell_rows') : sum ? 'f_narrative_sum_cells' : 'f_narrative_cell',
          args: { whatClaim: `@claim_${c.kind.replace(/-/g, '_')}`, said: c.value, printed: !sum && first.blank && !t.fromRows ? '@printed_blank' : t.value, ...(t.what ? { what: t.what } : {}), quote: clip(s.text, 60) },
          where: clip(s.text, 120),
          src: first.src,
          relatedSrc: [s.src, ...t.cells.slice(1).map((r) => r.src)],
        });
      }
    }
    return out;
  },
};
