/**
 * A report's history entry: what the checks across years and organs need of it,
 * small enough to keep with its stored record — who published it and when, its
 * key figures, its own sentences. Made from a result and the prose it was read from.
 */
import type { HistoryEntry } from '../model';
import { lazily, z } from '../zod';
import type { ReportResult } from '../result/schema';
import { organKey, ownSentences } from '../text/fingerprint';

/** The entry of a report; null for what is not a report or names no organ or year. */
export function entryOf(result: ReportResult, prose: string[]): HistoryEntry | null {
  if (!result.isReport || !result.organ || !result.year || !result.figures) return null;
  return {
    source: result.source,
    title: result.title,
    organ: result.organ,
    organKey: organKey(result.organ),
    year: result.year,
    template: result.template,
    figures: result.figures,
    sentences: ownSentences(prose, result.organ),
  };
}

function build() {
  return z.object({
    source: z.string().max(4000),
    title: z.string().max(500).nullable(),
    organ: z.string().max(200),
    organKey: z.string().max(200),
    year: z.number().int().min(1990).max(2100),
    template: z.enum(['2019', '2021']).nullable(),
    figures: z.record(z.string().max(80), z.number().nullable()),
    sentences: z.array(z.object({ h: z.number().int().nonnegative(), t: z.string().max(400) })).max(400),
  });
}
/** The entry's schema (a stored record's `entry`, a history slice the background sends), built on first use. */
export const entrySchema = lazily(build);
