/**
 * The panel's main view: every finding of the page, grouped by rule with counts (as
 * accessibility checkers' sidebars list theirs), each group's marks shown or hidden on
 * the page, each finding reviewed where it is read (confirmed, or dismissed with a
 * note). A finding with a place on the page scrolls there at a click; the current step
 * is marked.
 */
import type { Finding } from '@/lib/result/schema';
import { reviewOf, type Reviews } from '@/lib/result/review';
import { familyKey } from '@/lib/rules/types';
import { FindingItem, shownReview, type OnReview } from '@/components/Findings';
import { tr } from '@/components/i18n';
import { ruleGroups } from './steps';

/** Which marks show on the page (a setting): all, and by severity. */
export interface Marks {
  on: boolean;
  error: boolean;
  warning: boolean;
  notice: boolean;
}

export interface PanelListProps {
  findings: Finding[];
  reviews: Reviews;
  /** Ids of the findings that stand on a page element. */
  located: Set<string>;
  /** The id of the current step's finding. */
  current: string | null;
  marks: Marks;
  /** The rules (families) whose marks are hidden on the page. */
  hidden: Set<string>;
  onGroup(family: string, show: boolean): void;
  onSelect(f: Finding): void;
  onReview?: OnReview;
}

export function PanelList(p: PanelListProps) {
  const groups = ruleGroups(p.findings);
  if (!groups.length) return <p class="nb-muted" data-testid="no-findings">{tr('ui_no_findings')}</p>;
  return (
    <div class="nb-rule-groups" data-testid="panel-list">
      {groups.map((g) => {
        const name = tr(familyKey(g.family));
        const open = g.findings.filter((f) => reviewOf(f, p.reviews).status !== 'dismissed').length;
        const dismissed = g.findings.length - open;
        // a group's marks can show only while marks show, and its severities with them (notices: the blank cells)
        const possible = p.marks.on && g.findings.some((f) => p.marks[f.severity]);
        const onPage = possible && !p.hidden.has(g.family);
        const placed = g.findings.some((f) => p.located.has(f.id));
        return (
          <section class="nb-group nb-rule-group" key={g.family} data-group={g.family} data-testid="panel-group">
            <div class="nb-row nb-group-head">
              <h3 class="nb-grow">
                {name} <span class="nb-group-count" data-testid="group-count">{open}</span>
                {dismissed > 0 && <span class="nb-muted nb-group-dismissed"> {tr('ui_dismissed_short', { n: dismissed })}</span>}
              </h3>
              {placed && (
                <button
                  data-testid="group-marks"
                  aria-pressed={onPage}
                  disabled={!possible}
                  title={tr(onPage ? 'ui_group_hide_title' : 'ui_group_show_title', { rule: name })}
                  aria-label={tr(onPage ? 'ui_group_hide_title' : 'ui_group_show_title', { rule: name })}
                  onClick={() => p.onGroup(g.family, !onPage)}
                >
                  {tr(onPage ? 'ui_group_hide' : 'ui_group_show')}
                </button>
              )}
            </div>
            {g.findings.map((f) => (
              // the current step stands out; a finding with no place on the page says so
              <div key={f.id} class={`nb-entry${f.id === p.current ? ' nb-current' : ''}`} data-testid="panel-finding" data-finding={f.id} aria-current={f.id === p.current ? 'step' : undefined}>
                {!p.located.has(f.id) && <span class="nb-tag nb-muted" data-testid="finding-tag">{tr('ui_no_cell_tag')}</span>}
                <ul class="nb-list">
                  <FindingItem f={f} review={shownReview(f, p.reviews)} onSelect={p.located.has(f.id) ? p.onSelect : undefined} onReview={p.onReview} />
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
