import type { ReportResult, Severity } from '@/lib/result/schema';
import { tr } from './i18n';

export function SeverityCount({ sev, n }: { sev: Severity; n: number }) {
  return (
    <span class="nb-count" data-sev={sev}>
      <span class={`nb-sev nb-sev-${sev}`}>{n}</span>
      <span>{tr(`ui_sev_${sev}`)}</span>
    </span>
  );
}

export function Counts({ result }: { result: Pick<ReportResult, 'counts'> }) {
  const dismissed = result.counts.dismissed ?? 0;
  return (
    <div class="nb-counts" data-testid="counts">
      {(['error', 'warning', 'notice'] as const).map((s) => (
        <SeverityCount key={s} sev={s} n={result.counts[s]} />
      ))}
      {(result.counts.review ?? 0) > 0 && (
        <span class="nb-count nb-count-review" data-testid="review-count" title={tr('ui_review_explain')}>
          <span class="nb-sev nb-sev-review">{result.counts.review}</span>
          <span>{tr('ui_review_group')}</span>
        </span>
      )}
      {dismissed > 0 && (
        <span class="nb-count nb-muted" data-testid="dismissed" title={tr('ui_dismissed_n', { n: dismissed })}>
          {tr('ui_dismissed_short', { n: dismissed })}
        </span>
      )}
    </div>
  );
}

export function Verdict({ verdict }: { verdict: ReportResult['verdict'] }) {
  return (
    <span class={`nb-verdict nb-verdict-${verdict}`} data-testid="verdict" data-verdict={verdict}>
      {tr(`ui_verdict_${verdict.replace('-', '_')}`)}
    </span>
  );
}

/** Where a fact about who published the report was read, for people. */
function from(key: string | null | undefined): string {
  return key ? tr(`prov_${key}`) : '';
}

/** Organ, level, year, template, verdict and score at a glance; each of organ, level and year says where it was read. */
export function Summary({ result }: { result: ReportResult }) {
  const p = result.provenance;
  return (
    <div class="nb-summary">
      <div class="nb-row">
        <Verdict verdict={result.verdict} />
        <span class="nb-grow" />
        {result.score !== null && (
          <span>
            <span class="nb-muted">{tr('ui_score')} </span>
            <span class="nb-score" data-testid="score">{result.score}</span>
          </span>
        )}
      </div>
      <dl class="nb-meta">
        <div><dt>{tr('ui_organ')}</dt><dd data-testid="organ" title={from(p?.organ)}>{result.organ ?? '—'}</dd></div>
        <div>
          <dt>{tr('ui_level')}</dt>
          <dd data-testid="level" title={from(p?.level)}>{result.organLevel ? tr(`lvl_${result.organLevel}`) : '—'}{result.government ? ` · ${tr('kind_government')}` : ''}</dd>
        </div>
        <div><dt>{tr('ui_year')}</dt><dd data-testid="year" title={from(p?.year)}>{result.year ?? '—'}</dd></div>
        <div><dt>{tr('ui_template')}</dt><dd data-testid="template">{result.template ? tr('ui_template_v', { v: result.template }) : '—'}</dd></div>
      </dl>
      {(p?.organ || p?.year) && (
        <div class="nb-muted nb-provenance" data-testid="provenance">
          {[p.organ && tr('ui_fact_from', { fact: tr('ui_organ'), from: from(p.organ) }), p.year && tr('ui_fact_from', { fact: tr('ui_year'), from: from(p.year) })].filter(Boolean).join(' · ')}
        </div>
      )}
      <Counts result={result} />
    </div>
  );
}
