/**
 * Every stored record is history: the background keeps one ReportHistory of the
 * stored reports (their entries made from each record's snapshot), hands a page
 * the part of it its audit needs, and audits again the records a new one changes
 * — the organ's other years, the reports that share its prose.
 */
import type { AuditOptions, HistoryEntry } from '../model';
import { ReportHistory } from '../history';
import { entryOfSnapshot } from '../pipeline/across';
import { auditSnapshot } from '../pipeline/snapshot';
import type { RecordStore } from '../store/record-store';
import type { PageRecord } from '../store/schema';
import { auditOptions } from '../store/settings';
import { sameFigures } from '../template/figures';
import type { HistorySlice } from './history-slice';

/** Records whose cross checks a new record can change, at most: beyond, they are audited again when visited. */
const MAX_AFFECTED = 30;

export class Histories {
  private built: Promise<ReportHistory> | null = null;
  private entries = new Map<string, { at: string; entry: HistoryEntry | null }>();

  constructor(private store: RecordStore) {}

  /** A record's entry, from its snapshot (kept while the record is unchanged). */
  entryOf(r: PageRecord): HistoryEntry | null {
    const hit = this.entries.get(r.href);
    if (hit && hit.at === r.auditedAt) return hit.entry;
    const entry = r.snapshot && r.result.isReport ? entryOfSnapshot(r.result, r.snapshot) : null;
    this.entries.set(r.href, { at: r.auditedAt, entry });
    return entry;
  }

  /** The history of every stored report: built on first use from the entries kept beside the records, then kept up to date. */
  all(): Promise<ReportHistory> {
    this.built ??= (async () => {
      const [entries, settings] = await Promise.all([this.store.entries(), this.store.getSettings()]);
      return new ReportHistory(entries, settings.copyThreshold / 100);
    })();
    return this.built;
  }

  /** An import changed many records: build it again when next asked (from the kept entries: no snapshot is read). */
  reset() {
    this.built = null;
  }

  /** The copy threshold changed: the history stays, its threshold moves (other settings change nothing here). */
  async setThreshold(percent: number) {
    if (this.built) (await this.built).copyThreshold = percent / 100;
  }

  /** Records deleted: their entries leave the history. */
  async removeMany(hrefs: string[]) {
    if (!this.built) return;
    const h = await this.built;
    for (const href of hrefs) {
      h.remove(href);
      this.entries.delete(href);
    }
  }

  /**
   * A record saved: its entry in the history. `changed`: whether what others are
   * compared with changed (a new report, other figures or prose, another organ or
   * year) — an unchanged report audited again changes no other record.
   */
  async put(r: PageRecord): Promise<{ changed: boolean }> {
    const h = await this.all();
    const entry = this.entryOf(r);
    const before = h.get(r.href);
    if (!entry) {
      h.remove(r.href);
      return { changed: !!before };
    }
    h.add(entry);
    return { changed: !before || !sameEntry(before, entry) };
  }

  /** The slice a stored record's audit needs now (the viewer's, drawn from its snapshot). */
  async sliceFor(r: PageRecord): Promise<HistorySlice | null> {
    const entry = this.entryOf(r);
    if (!entry) return null;
    const h = await this.all();
    if (!h.relevant(entry)) return null;
    const slice = h.slice(entry);
    return slice.entries.length ? { ...slice, copyThreshold: h.copyThreshold } : null;
  }

  /** The options of an audit of a stored record now: settings, the auditor's corrections, the history. */
  async optionsFor(r: PageRecord): Promise<AuditOptions> {
    const [settings, history] = await Promise.all([this.store.getSettings(), this.all()]);
    return { ...auditOptions(settings), ...(r.identity ? { identity: r.identity } : {}), history };
  }

  /** The stored record audited again from its snapshot with everything it is compared with; saved. */
  async reaudit(r: PageRecord): Promise<PageRecord> {
    if (!r.snapshot) return r;
    const a = auditSnapshot(r.snapshot, r.href, await this.optionsFor(r));
    return this.store.saveAudit(r.href, a.result);
  }

  /**
   * The other records a saved one changes: the organ's years around it and the
   * reports sharing its prose, each audited again; their hrefs.
   */
  async others(r: PageRecord): Promise<string[]> {
    // only those whose findings changed are returned: their tabs audit again, which must come to rest
    const entry = this.entryOf(r);
    if (!entry) return [];
    const h = await this.all();
    // the organ's next year (this is its previous one) and the same year's other records; an earlier year reads no later one
    const near = h.ofOrgan(entry.organKey).filter((e) => e.source !== entry.source && (e.year === entry.year + 1 || (e.year === entry.year && !sameFigures(e.figures, entry.figures))));
    const sharing = h.slice(entry).entries.filter((e) => (e.organKey === entry.organKey ? e.year === entry.year + 1 : e.year === entry.year));
    const hrefs = [...new Set([...near, ...sharing].map((e) => e.source))].slice(0, MAX_AFFECTED);
    const done: string[] = [];
    for (const href of hrefs) {
      const rec = await this.store.get(href);
      if (!rec?.snapshot) continue;
      const after = await this.reaudit(rec);
      const ids = (x: PageRecord) => x.result.findings.map((f) => f.id).join(' ');
      if (ids(after) !== ids(rec)) done.push(href);
    }
    return done;
  }
}

/** Two entries the checks cannot tell apart: the same organ, year, figures and sentences. */
function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  if (a.organKey !== b.organKey || a.year !== b.year || a.template !== b.template || !sameFigures(a.figures, b.figures)) return false;
  return a.sentences.length === b.sentences.length && a.sentences.every((s, i) => s.h === b.sentences[i]!.h);
}
