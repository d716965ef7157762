/**
 * A note saved as it is typed: every change is sent at once, in order. The background takes
 * reviews of a record one after another in the order they arrive (lib/store/locks), so the last
 * change typed is the one kept; a popup closed right after the last key has sent it already —
 * nothing waits on a timer or on an earlier save. The state said is the latest change's.
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export class NoteSaver {
  /** The last text sent (null after the latest failed: the same text is sent again). */
  private sent: string | null;
  private seq = 0;

  constructor(
    initial: string,
    private save: (note: string) => Promise<unknown>,
    private onState: (s: SaveState) => void,
  ) {
    this.sent = initial;
  }

  /** The note as it now reads. */
  change(note: string) {
    if (note === this.sent) return;
    this.sent = note;
    const n = ++this.seq;
    this.onState('saving');
    this.save(note).then(
      () => n === this.seq && this.onState('saved'),
      () => {
        if (n !== this.seq) return;
        this.sent = null;
        this.onState('failed');
      },
    );
  }
}
