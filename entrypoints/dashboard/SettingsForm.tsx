/**
 * The auditor's settings: the deadline local notices set for townships and street offices, batch pacing, the copy threshold.
 * Folded below the record list; the header's button opens it. Saving says what changes: a setting the checks read (the
 * deadline, the copy threshold) has every stored report audited again in the background, its progress shown here.
 */
import { useEffect, useState } from 'preact/hooks';
import { settingsSchema, type Settings } from '@/lib/store/settings';
import { request } from '@/components/useBackground';
import { punct, tr } from '@/components/i18n';

export function SettingsForm(p: { open: boolean; onToggle(open: boolean): void; onReaudited?: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [deadline, setDeadline] = useState('');
  const [batch, setBatch] = useState({ c: '3', d: '800', t: '20' });
  const [copy, setCopy] = useState('50');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void request({ type: 'settings:get' }).then((s) => {
      setSettings(s);
      setDeadline(s.townshipDeadline);
      setBatch({ c: String(s.batchConcurrency), d: String(s.batchDelayMs), t: String(s.batchTimeoutSec) });
      setCopy(String(s.copyThreshold));
    });
  }, []);
  if (!settings) return null;
  async function save(e: Event) {
    e.preventDefault();
    const next = settingsSchema().safeParse({
      ...settings,
      townshipDeadline: deadline.trim(),
      batchConcurrency: Number(batch.c),
      batchDelayMs: Number(batch.d),
      batchTimeoutSec: Number(batch.t),
      copyThreshold: Number(copy),
    });
    if (!next.success) return setNote(tr('ui_invalid_date'));
    const before = settings!;
    const saved = await request({ type: 'settings:set', settings: next.data });
    setSettings(saved);
    const what = [
      saved.copyThreshold !== before.copyThreshold && tr('ui_changed_copy', { v: saved.copyThreshold }),
      saved.townshipDeadline !== before.townshipDeadline && tr('ui_changed_deadline', { v: saved.townshipDeadline }),
    ].filter((x): x is string => !!x);
    if (!what.length) return setNote(tr('ui_saved_pacing'));
    // the background audits every stored report again: its progress, until it is done
    for (;;) {
      const s = await request({ type: 'records:reaudit' }).catch(() => null);
      if (!s) return setNote(tr('ui_saved_pacing'));
      if (s.state === 'finished') {
        setNote(tr('ui_reaudited', { what: what.join(punct('semicolon')), n: s.total, changed: s.changed }));
        p.onReaudited?.();
        return;
      }
      setNote(tr('ui_reauditing', { what: what.join(punct('semicolon')), done: s.done, n: s.total }));
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return (
    <details class="nb-fold nb-settings" id="nb-settings" data-testid="settings" open={p.open} onToggle={(e) => p.onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h2>{tr('ui_settings')}</h2>
      </summary>
      <form class="nb-row" onSubmit={(e) => void save(e)}>
        <label class="nb-row">
          {tr('ui_township_deadline')}
          <input data-testid="township-deadline" value={deadline} size={6} onInput={(e) => setDeadline((e.target as HTMLInputElement).value)} />
        </label>
        <label class="nb-row">
          {tr('ui_batch_concurrency')}
          <input data-testid="batch-concurrency" type="number" min={1} max={4} value={batch.c} onInput={(e) => setBatch({ ...batch, c: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="nb-row">
          {tr('ui_batch_delay')}
          <input data-testid="batch-delay" type="number" min={0} max={60000} value={batch.d} onInput={(e) => setBatch({ ...batch, d: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="nb-row">
          {tr('ui_batch_timeout')}
          <input data-testid="batch-timeout" type="number" min={1} max={120} value={batch.t} onInput={(e) => setBatch({ ...batch, t: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="nb-row">
          {tr('ui_copy_threshold')}
          <input data-testid="copy-threshold" type="number" min={1} max={100} value={copy} onInput={(e) => setCopy((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" data-testid="save-settings">{tr('ui_save')}</button>
        {note && <span class="nb-muted" role="status" data-testid="settings-note">{note}</span>}
      </form>
    </details>
  );
}
