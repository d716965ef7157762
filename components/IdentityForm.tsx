/** The auditor's corrections of organ, level and year: the audit runs again with them. */
import { useState } from 'preact/hooks';
import type { OrganLevel } from '@/lib/model';
import type { ReportResult } from '@/lib/result/schema';
import type { Identity } from '@/lib/store/identity';
import { tr } from './i18n';

const LEVELS: OrganLevel[] = ['national', 'provincial', 'municipal', 'county', 'township'];

export function IdentityForm(p: { result: ReportResult; identity: Identity | undefined; onSave(identity: Identity): Promise<void> }) {
  const r = p.result;
  const [open, setOpen] = useState(false);
  const [organ, setOrgan] = useState(p.identity?.organ ?? r.organ ?? '');
  const [level, setLevel] = useState<OrganLevel | ''>(p.identity?.level ?? r.organLevel ?? '');
  const [government, setGovernment] = useState(p.identity?.government ?? r.government);
  const [year, setYear] = useState(String(p.identity?.year ?? r.year ?? ''));
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <button data-testid="identity-open" onClick={() => setOpen(true)} title={tr('ui_identity_title')}>
        {tr('ui_correct')}
      </button>
    );
  }
  async function save(identity: Identity) {
    setBusy(true);
    await p.onSave(identity);
    setBusy(false);
    setOpen(false);
  }
  function submit(e: Event) {
    e.preventDefault();
    const y = Number(year);
    const next: Identity = {};
    if (organ.trim() && organ.trim() !== r.organ) next.organ = organ.trim();
    if (level && level !== r.organLevel) next.level = level;
    if (government !== r.government) next.government = government;
    if (Number.isInteger(y) && y >= 1990 && y <= 2100 && y !== r.year) next.year = y;
    void save({ ...p.identity, ...next });
  }
  return (
    <form class="nb-identity" data-testid="identity-form" onSubmit={submit}>
      <h3>{tr('ui_identity_title')}</h3>
      <label class="nb-row">{tr('ui_organ')}<input data-testid="identity-organ" value={organ} maxLength={200} onInput={(e) => setOrgan((e.target as HTMLInputElement).value)} /></label>
      <label class="nb-row">
        {tr('ui_level')}
        <select data-testid="identity-level" value={level} onChange={(e) => setLevel((e.target as HTMLSelectElement).value as OrganLevel)}>
          <option value="">—</option>
          {LEVELS.map((l) => <option key={l} value={l}>{tr(`lvl_${l}`)}</option>)}
        </select>
      </label>
      <label class="nb-row"><input type="checkbox" data-testid="identity-government" checked={government} onChange={(e) => setGovernment((e.target as HTMLInputElement).checked)} />{tr('ui_government')}</label>
      <label class="nb-row">{tr('ui_year')}<input data-testid="identity-year" type="number" min={1990} max={2100} value={year} onInput={(e) => setYear((e.target as HTMLInputElement).value)} /></label>
      <div class="nb-row">
        <button class="nb-primary" type="submit" data-testid="identity-save" disabled={busy}>{tr('ui_save')}</button>
        {p.identity && <button type="button" data-testid="identity-reset" disabled={busy} onClick={() => void save({})}>{tr('ui_reset_identity')}</button>}
        <button type="button" onClick={() => setOpen(false)}>{tr('ui_cancel')}</button>
      </div>
    </form>
  );
}
