/** The auditor's settings: the deadline local notices set for townships and street offices. */
import { useEffect, useState } from 'preact/hooks';
import { Settings } from '@/lib/store/settings';
import { ask } from '@/components/useBackground';
import { tr } from '@/components/i18n';

export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void ask<Settings>({ type: 'settings:get' }).then((s) => {
      setSettings(s);
      setDeadline(s.townshipDeadline);
    });
  }, []);
  if (!settings) return null;
  async function save(e: Event) {
    e.preventDefault();
    const next = Settings.safeParse({ ...settings, townshipDeadline: deadline.trim() });
    if (!next.success) return setNote(tr('ui_invalid_date'));
    setSettings(await ask<Settings>({ type: 'settings:set', settings: next.data }));
    setNote(tr('ui_saved'));
  }
  return (
    <details class="nb-settings" data-testid="settings">
      <summary>{tr('ui_settings')}</summary>
      <form class="nb-row" onSubmit={(e) => void save(e)}>
        <label class="nb-row">
          {tr('ui_township_deadline')}
          <input data-testid="township-deadline" value={deadline} size={6} onInput={(e) => setDeadline((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" data-testid="save-settings">{tr('ui_save')}</button>
        {note && <span class="nb-muted" role="status" data-testid="settings-note">{note}</span>}
      </form>
    </details>
  );
}
