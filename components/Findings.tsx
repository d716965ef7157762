import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '@/lib/result/schema';
import type { Mark, MarkStatus } from '@/lib/store/schema';
import { cellOf, culpritOf, messageOf, refName, tr } from './i18n';

export type OnMark = (id: string, status: MarkStatus | null, note: string) => void;

export function FindingItem(p: { f: Finding; mark?: Mark; onSelect?: (f: Finding) => void; onMark?: OnMark }) {
  const { f, mark } = p;
  const [note, setNote] = useState(mark?.note ?? '');
  // the record (and its notes) may arrive after the findings are shown
  useEffect(() => setNote(mark?.note ?? ''), [mark?.note]);
  const status = mark?.status ?? 'open';
  const culprit = culpritOf(f);
  return (
    <li
      class={`nb-item nb-item-${f.severity}${p.onSelect ? ' nb-clickable' : ''}`}
      data-finding={f.id}
      data-status={status}
      onClick={p.onSelect ? () => p.onSelect!(f) : undefined}
    >
      <div class="nb-row">
        <span class={`nb-sev nb-sev-${f.severity}`}>{tr(`ui_sev1_${f.severity}`)}</span>
        <span class="nb-cell nb-grow">{cellOf(f) || f.where || ''}</span>
        {status !== 'open' && <span class={`nb-status nb-status-${status}`}>{tr(`ui_status_${status}`)}</span>}
      </div>
      <div class="nb-msg">{messageOf(f)}</div>
      {culprit && <div class="nb-culprit" data-testid="culprit">{culprit}</div>}
      {mark?.note && !p.onMark && <div class="nb-note">{tr('ui_note')}：{mark.note}</div>}
      {p.onMark && (
        <div class="nb-actions" onClick={(e) => e.stopPropagation()}>
          {status === 'open' ? (
            <>
              <button data-action="confirm" onClick={() => p.onMark!(f.id, 'confirmed', note)}>{tr('ui_confirm')}</button>
              <button data-action="dismiss" onClick={() => p.onMark!(f.id, 'dismissed', note)}>{tr('ui_dismiss')}</button>
            </>
          ) : (
            <>
              <input
                aria-label={tr('ui_note')}
                placeholder={tr('ui_note')}
                value={note}
                onInput={(e) => setNote((e.target as HTMLInputElement).value)}
                onChange={() => p.onMark!(f.id, status, note)}
              />
              <button data-action="clear" onClick={() => p.onMark!(f.id, null, '')}>{tr('ui_clear_mark')}</button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

const GROUPS = ['active', 'requests', 'appeals', null] as const;
const GROUP_KEY: Record<string, string> = { active: '表二 主动公开政府信息情况', requests: '表三 收到和处理政府信息公开申请情况', appeals: '表四 行政复议、行政诉讼情况' };

/** Findings grouped by table, sections and other findings last. */
export function FindingGroups(p: { findings: Finding[]; marks?: Record<string, Mark>; onSelect?: (f: Finding) => void; onMark?: OnMark; hideNotices?: boolean }) {
  const shown = p.hideNotices ? p.findings.filter((f) => f.severity !== 'notice') : p.findings;
  if (!shown.length) return <p class="nb-muted" data-testid="no-findings">{tr('ui_no_findings')}</p>;
  return (
    <div>
      {GROUPS.map((g) => {
        const list = shown.filter((f) => (g === null ? !f.table || !f.cell : f.table === g && f.cell));
        if (!list.length) return null;
        return (
          <section class="nb-group" key={g ?? 'other'} data-group={g ?? 'other'}>
            <h3>{g ? tableHeading(g) : tr('ui_table_other')}</h3>
            <ul class="nb-list">
              {list.map((f) => (
                <FindingItem key={f.id} f={f} mark={p.marks?.[f.id]} onSelect={p.onSelect} onMark={p.onMark} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function tableHeading(g: 'active' | 'requests' | 'appeals'): string {
  return refName({ table: g, args: {} }, { row: '*', col: '*' }) || GROUP_KEY[g]!;
}
