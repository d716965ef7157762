/** The report result of a model and its findings. */
import type { ReportModel } from '../model';
import { TABLES } from '../template/layout';
import { figuresOf } from '../template/figures';
import { countFindings, score, verdict } from '../result/score';
import type { Finding, ReportResult } from '../result/schema';

export function buildResult(m: ReportModel, findings: Finding[], error: string | null): ReportResult {
  const isReport = m.recognition.isReport;
  const counts = countFindings(findings);
  return {
    source: m.source,
    isReport,
    title: m.title?.value ?? null,
    organ: m.organ,
    organLevel: m.level,
    government: m.government,
    year: m.year.year,
    provenance: { organ: m.organFrom, year: m.year.from, level: m.levelFrom },
    datedOn: m.signed?.value.iso ?? null,
    publishedOn: m.published?.iso ?? null,
    template: isReport ? m.version : null,
    tables: TABLES.map((table) => {
      const t = m.mapping.tables[table];
      return { table, found: t.found, rows: t.rows.length, cols: t.found ? t.cols.length : 0 };
    }),
    ...(isReport && !m.recognition.attachmentOnly ? { figures: figuresOf(m.mapping) } : {}),
    findings,
    counts,
    score: isReport && !m.recognition.attachmentOnly ? score(counts) : null,
    verdict: verdict(isReport, counts, error),
    error,
  };
}
