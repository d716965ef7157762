/** Across reports: what one report brings to the checks that compare it with others. */
import type { Version } from './template';

/** One report as the checks across years and organs see it. */
export interface HistoryEntry {
  /** The report's address or file: what names it to the auditor. */
  source: string;
  title: string | null;
  /** The organ as printed, and as matched (lib/text/fingerprint organKey). */
  organ: string;
  organKey: string;
  year: number;
  template: Version | null;
  /** Key figures, `table/row/col` → the value, null where the cell was blank; absent where not printed. */
  figures: Record<string, number | null>;
  /** The report's own sentences (template wording and boilerplate left out): the normalised sentence's hash, and the sentence as printed. */
  sentences: { h: number; t: string }[];
}

/** The reports an audit is compared with (lib/history ReportHistory). */
export interface History {
  /** Reports of an organ (by its key), every year. */
  ofOrgan(organKey: string): HistoryEntry[];
  /** Other reports that print some of these sentences, with which; sentences common to many organs (template wording) left out. */
  sharing(hashes: number[], exceptSource: string): { entry: HistoryEntry; shared: number[] }[];
  /** Whether a sentence is common to many organs' reports (template wording the lists did not know). */
  isCommon(hash: number): boolean;
  /** The share of a report's own sentences found in another above which it is flagged (0–1). */
  copyThreshold: number;
}
