/**
 * The dashboard's list: every record's summary and the batches, read from the background (./records-io
 * readSummaries), and the full record of each row opened, read when it is opened.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageRecord } from '@/lib/store/schema';
import { summaryOf, type RecordSummary } from '@/lib/store/summary';
import type { BatchRecord } from '@/lib/store/batch';
import { askFor, request } from '@/components/useBackground';
import { tr } from '@/components/i18n';
import { errorMessage } from '@/lib/errors';
import { readSummaries, type Problem } from './records-io';

/** What the list says to the auditor: what was done or failed (`error`), and how far a long step has come. */
export interface Status {
  notice: (n: { text: string; error?: boolean } | null) => void;
  progress: (p: string | null) => void;
}

export function useRecordList(open: Set<string>, status: Status) {
  /** Every record's summary; the full records of those opened. */
  const [records, setRecords] = useState<RecordSummary[]>([]);
  const [full, setFull] = useState<Map<string, PageRecord | { error: string }>>(new Map());
  const [problems, setProblems] = useState<Problem[]>([]);
  const [batches, setBatches] = useState<BatchRecord[]>([]);
  const [loaded, setLoaded] = useState(false);

  async function load() {
    try {
      const [r, b] = await Promise.all([
        readSummaries(askFor, (done, total) => status.progress(tr('ui_list_progress', { done, total }))),
        request({ type: 'batches:list' }).catch(() => []),
      ]);
      setRecords(r.summaries);
      setProblems(r.problems);
      setBatches(b);
      // records changed meanwhile are read again when opened
      setFull(new Map());
    } catch (e) {
      status.notice({ text: tr('ui_list_failed', { error: errorMessage(e) }), error: true });
    }
    status.progress(null);
    setLoaded(true);
  }
  useEffect(() => void load(), []);

  useEffect(() => {
    const wanted = records.filter((r) => open.has(r.url) && !full.has(r.url));
    for (const r of wanted) {
      void request({ type: 'record:get', href: r.href })
        .then((rec) => setFull((m) => new Map(m).set(r.url, rec ?? { error: tr('ui_record_missing') })))
        .catch((e) => setFull((m) => new Map(m).set(r.url, { error: errorMessage(e) })));
    }
  }, [open, records, full]);

  /** Replace a record, after a review or a correction: its summary in the list, the full record in its row. */
  function updated(rec: PageRecord) {
    const s = summaryOf(rec);
    setRecords((rs) => rs.map((x) => (x.url === rec.url ? s : x)));
    setFull((m) => new Map(m).set(rec.url, rec));
  }

  return { records, full, problems, batches, loaded, load, updated };
}
