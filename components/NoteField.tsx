/**
 * A finding's note: multi-line, shown whole (it grows with its text), saved as it is typed
 * (./note-saver.ts), saying 「已保存」 once the background has it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NoteSaver, type SaveState } from './note-saver';
import { tr } from './i18n';

/** The most a note holds (lib/store/schema Review.note): the field takes no more, so nothing is cut when stored. */
export const NOTE_MAX = 2000;

export function NoteField(p: { value: string; save: (note: string) => Promise<unknown> }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(p.value);
  const [state, setState] = useState<SaveState>('idle');
  const saver = useRef<NoteSaver | null>(null);
  saver.current ??= new NoteSaver(p.value, (n) => p.save(n), setState);
  // the record (and its notes) may arrive after the finding is shown: taken unless the auditor is typing
  useEffect(() => {
    if (state !== 'saving') setText(p.value);
  }, [p.value]);
  useLayoutEffect(() => {
    const el = ref.current;
    // browsers without field-sizing: content (Firefox) are sized here
    if (!el || (typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content'))) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [text]);
  return (
    <span class="nb-note-field">
      <textarea
        ref={ref}
        class="nb-note-area"
        data-testid="review-note"
        rows={2}
        maxLength={NOTE_MAX}
        aria-label={tr('ui_note')}
        placeholder={tr('ui_note')}
        value={text}
        onInput={(e) => {
          const v = (e.target as HTMLTextAreaElement).value;
          setText(v);
          saver.current!.change(v);
        }}
      />
      <span class="nb-muted nb-note-state" data-testid="note-state" role="status" data-state={state}>
        {state === 'idle' ? '' : tr(`ui_note_${state}`)}
      </span>
    </span>
  );
}
