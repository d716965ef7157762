/** Numbers the report's sentences state, against the table cells that hold them. */
import type { ReportModel } from '../page/model';
import type { MappedCell } from '../template/map';
import type { TableId } from '../template/layout';
import { findClaims, type Claim, type ClaimKind } from '../text/claims';
import { clip } from '../text/normalize';
import { sentences, type Sentence } from '../text/sentences';
import { cellOf as cell, type Draft, type Rule } from './types';

interface Target {
  table: TableId;
  cell: MappedCell;
  /** The value the sentence should state. */
  value: number;
  /** Further values the sentence may fairly state (e.g. new + carried in when it says so). */
  alsoFine?: number[];
  related?: MappedCell[];
}

function target(m: ReportModel, c: Claim, s: Sentence): Target | null {
  const v = m.version ?? '2019';
  const one = (table: TableId, row: string, col: string): Target | null => {
    const x = cell(m, table, row, col);
    return x ? { table, cell: x, value: x.value } : null;
  };
  switch (c.kind as ClaimKind) {
    case 'requests-received': {
      const t = one('requests', 'new', 'total');
      const cin = cell(m, 'requests', 'carried_in', 'total');
      if (t && cin && /结转|上年|含/.test(s.text)) t.alsoFine = [t.value + cin.value];
      return t;
    }
    case 'requests-carried-in':
      return one('requests', 'carried_in', 'total');
    case 'requests-carried-out':
      return one('requests', 'carried_out', 'total');
    case 'requests-answered':
      return one('requests', 'result.total', 'total');
    case 'reviews':
      return one('appeals', 'counts', 'review.total');
    case 'lawsuits': {
      const a = cell(m, 'appeals', 'counts', 'suit_direct.total');
      const b = cell(m, 'appeals', 'counts', 'suit_after_review.total');
      return a && b ? { table: 'appeals', cell: a, value: a.value + b.value, related: [a, b] } : null;
    }
    case 'procurement-count':
      return one('active', 'art20_9.procurement', 'count');
    case 'normative-issued':
      return one('active', 'art20_1.normative', v === '2021' ? 'issued' : 'new_made');
    case 'rules-issued':
      return one('active', 'art20_1.rules', v === '2021' ? 'issued' : 'new_made');
    case 'penalties':
      return one('active', 'art20_6.penalty', 'decisions');
    case 'licences':
      return one('active', 'art20_5.license', 'decisions');
    default:
      return null;
  }
}

/** An amount in 万元, from a value and its unit. */
export function toWan(value: number, unit: string | null): number {
  return unit === '元' ? value / 10_000 : unit === '亿元' ? value * 10_000 : value;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 5e-4);
const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

export const narrative: Rule = {
  id: 'narrative',
  family: 'narrative',
  severity: 'warning',
  describe: {
    zh: '正文中的数字（收到申请、结转、答复、行政复议和诉讼、政府集中采购、规范性文件、行政处罚和许可）应与表格一致。',
    en: 'Numbers the text states (requests, carry-overs, answers, reviews and lawsuits, procurement, documents, penalties, licences) agree with the tables.',
  },
  check(m) {
    const out: Draft[] = [];
    const done = new Set<string>();
    let dropped = false;
    for (const s of sentences(m.prose)) {
      const claims = findClaims(s.text);
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
          const x = cell(m, 'active', 'art20_9.procurement', 'amount');
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
            expected: round4(toWan(x.value, assumed)),
            actual: round4(said),
            msg: 'f_narrative_amount',
            args: { whatClaim: `@claim_${c.kind.replace(/-/g, '_')}`, expected: round4(toWan(x.value, assumed)), actual: round4(said), raw: x.raw.trim(), assumed, quote: clip(s.text, 60) },
            where: clip(s.text, 120),
            src: x.src,
            relatedSrc: [s.src],
          });
          continue;
        }
        const t = target(m, c, s);
        if (!t || done.has(t.cell.row + t.cell.col)) continue;
        if (c.value === t.value || t.alsoFine?.includes(c.value)) continue;
        done.add(t.cell.row + t.cell.col);
        out.push({
          rule: `narrative:${c.kind}`,
          table: t.table,
          cell: { row: t.cell.row, col: t.cell.col },
          related: (t.related ?? []).map((r) => ({ row: r.row, col: r.col })),
          expected: t.value,
          actual: c.value,
          msg: t.related ? 'f_narrative_lawsuits' : 'f_narrative_cell',
          args: { whatClaim: `@claim_${c.kind.replace(/-/g, '_')}`, expected: t.value, actual: c.value, quote: clip(s.text, 60) },
          where: clip(s.text, 120),
          src: t.cell.src,
          relatedSrc: [s.src, ...(t.related ?? []).map((r) => r.src)],
        });
      }
    }
    return out;
  },
};
