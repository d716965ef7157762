/**
 * Many reports as one history: by organ, and by sentence. The sentence index
 * makes the copied-prose check cost what a report's own sentences cost, not the
 * number of reports: each sentence's hash lists the reports that print it, and a
 * sentence printed by many organs' reports is the template's wording, not prose
 * one copied from another.
 */
import type { History, HistoryEntry } from '../model';
import { MIN_OWN_SENTENCES } from '../text/fingerprint';
import { sameFigures } from '../template/figures';

/** The default share of a report's own sentences found in another above which it is flagged. */
export const COPY_THRESHOLD = 0.5;
/** A sentence in this many organs' reports (and this share of all organs) is common wording: copying is between a few. */
const COMMON_MIN_ORGANS = 4;
const COMMON_SHARE = 0.2;
/** Reports a slice carries at most (a page's audit needs a handful; the message stays well under a megabyte or two). */
export const MAX_SLICE = 200;

export class ReportHistory implements History {
  private bySource = new Map<string, HistoryEntry>();
  private byOrgan = new Map<string, HistoryEntry[]>();
  private postings = new Map<number, HistoryEntry[]>();
  private organsOf = new Map<number, Set<string>>();
  private organs = new Set<string>();
  /** Hashes the caller knows are common (a slice of a larger history, ./slice). */
  private common: Set<number>;

  constructor(entries: HistoryEntry[] = [], public copyThreshold = COPY_THRESHOLD, common: number[] = []) {
    this.common = new Set(common);
    for (const e of entries) this.add(e);
  }

  get size(): number {
    return this.bySource.size;
  }

  get(source: string): HistoryEntry | undefined {
    return this.bySource.get(source);
  }

  entries(): HistoryEntry[] {
    return [...this.bySource.values()];
  }

  /** Add a report, or replace the one of the same source. */
  add(e: HistoryEntry) {
    if (this.bySource.has(e.source)) this.remove(e.source);
    this.bySource.set(e.source, e);
    this.organs.add(e.organKey);
    const list = this.byOrgan.get(e.organKey);
    if (list) list.push(e);
    else this.byOrgan.set(e.organKey, [e]);
    for (const s of e.sentences) {
      const p = this.postings.get(s.h);
      if (p) p.push(e);
      else this.postings.set(s.h, [e]);
      const o = this.organsOf.get(s.h);
      if (o) o.add(e.organKey);
      else this.organsOf.set(s.h, new Set([e.organKey]));
    }
  }

  remove(source: string) {
    const e = this.bySource.get(source);
    if (!e) return;
    this.bySource.delete(source);
    this.byOrgan.set(e.organKey, (this.byOrgan.get(e.organKey) ?? []).filter((x) => x !== e));
    for (const s of e.sentences) {
      const rest = (this.postings.get(s.h) ?? []).filter((x) => x !== e);
      if (rest.length) this.postings.set(s.h, rest);
      else this.postings.delete(s.h);
      const organs = new Set(rest.map((x) => x.organKey));
      if (organs.size) this.organsOf.set(s.h, organs);
      else this.organsOf.delete(s.h);
    }
  }

  ofOrgan(organKey: string): HistoryEntry[] {
    return this.byOrgan.get(organKey) ?? [];
  }

  isCommon(hash: number): boolean {
    if (this.common.has(hash)) return true;
    const n = this.organsOf.get(hash)?.size ?? 0;
    return n >= COMMON_MIN_ORGANS && n >= COMMON_SHARE * this.organs.size;
  }

  sharing(hashes: number[], exceptSource: string): { entry: HistoryEntry; shared: number[] }[] {
    const found = new Map<HistoryEntry, number[]>();
    for (const h of new Set(hashes)) {
      if (this.isCommon(h)) continue;
      for (const e of this.postings.get(h) ?? []) {
        if (e.source === exceptSource) continue;
        const list = found.get(e);
        if (list) list.push(h);
        else found.set(e, [h]);
      }
    }
    return [...found].map(([entry, shared]) => ({ entry, shared }));
  }

  /**
   * Whether the checks across reports can say anything of `e`: its organ has a
   * report of the year before or of the same year, or another report prints enough
   * of its own sentences to reach the threshold. Otherwise its audit needs no history.
   */
  relevant(e: HistoryEntry): boolean {
    // the organ's year before; the same year printed with other figures (the same report at two addresses says nothing)
    if (this.ofOrgan(e.organKey).some((x) => x.source !== e.source && (x.year === e.year - 1 || (x.year === e.year && !sameFigures(x.figures, e.figures))))) return true;
    const own = e.sentences.filter((s) => !this.isCommon(s.h)).map((s) => s.h);
    if (own.length < MIN_OWN_SENTENCES) return false;
    const eligible = (x: HistoryEntry) => (x.organKey === e.organKey ? x.year === e.year - 1 : x.year === e.year);
    return this.sharing(own, e.source).some(({ entry, shared }) => eligible(entry) && shared.length / own.length >= this.copyThreshold);
  }

  /**
   * What an audit of `e` needs of this history, to send where the whole is not at
   * hand (the background to a page): the organ's reports, the reports sharing its
   * sentences, and which of its sentences are common wording here.
   */
  slice(e: HistoryEntry, max = MAX_SLICE): { entries: HistoryEntry[]; common: number[] } {
    // the organ's years the checks read (the year before, the same year, the year after), then the reports
    // sharing most of its sentences: bounded, however many reports an organ or a sentence has
    const organ = this.ofOrgan(e.organKey).filter((x) => x.source !== e.source && Math.abs(x.year - e.year) <= 1);
    const out = new Set<HistoryEntry>(organ.slice(0, max));
    const own = e.sentences.map((s) => s.h);
    const minShared = Math.max(1, Math.ceil(own.length * this.copyThreshold * 0.5));
    const sharing = this.sharing(own, e.source).filter(({ shared }) => shared.length >= minShared).sort((a, b) => b.shared.length - a.shared.length);
    for (const { entry } of sharing) {
      if (out.size >= max) break;
      out.add(entry);
    }
    return { entries: [...out], common: own.filter((h) => this.isCommon(h)) };
  }
}
