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
  return (
    <div class="nb-counts" data-testid="counts">
      {(['error', 'warning', 'notice'] as const).map((s) => (
        <SeverityCount key={s} sev={s} n={result.counts[s]} />
      ))}
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

/** Organ, year, template, verdict and score at a glance. */
export function Summary({ result }: { result: ReportResult }) {
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
        <div><dt>{tr('ui_organ')}</dt><dd data-testid="organ">{result.organ ?? '—'}</dd></div>
        <div><dt>{tr('ui_year')}</dt><dd data-testid="year">{result.year ?? '—'}</dd></div>
        <div><dt>{tr('ui_template')}</dt><dd data-testid="template">{result.template ? tr('ui_template_v', { v: result.template }) : '—'}</dd></div>
      </dl>
      <Counts result={result} />
    </div>
  );
}
