/** A stored record's summary as the ranking reads it (lib/ranking): its own fields and the facts kept for its row. */
import type { RankInput } from '../ranking/rows';
import type { RecordSummary } from './summary';

export function rankInputOf(s: RecordSummary): RankInput {
  return {
    ...s.rank,
    source: s.href,
    title: s.title,
    organ: s.organ,
    year: s.year,
    verdict: s.verdict,
    score: s.score,
    counts: s.counts,
    isReport: s.isReport,
    failed: s.failed,
    auditedAt: s.auditedAt,
  };
}
