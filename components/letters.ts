/**
 * Saving the letters (问题清单) of reviewed results, from the popup and the dashboard: one organ's letter as
 * its .docx; several organs' as one .zip holding each organ's .docx (one download, however many organs). The
 * letter's builder and the `docx` package load when asked for, not with the page.
 */
import type { Lang } from '@/lib/model';
import type { ReportResult } from '@/lib/result/schema';
import { fileName, saveFile } from './download';

/** The letters saved: how many organs got one (0: nothing to list, nothing saved). */
export async function saveLetters(results: ReportResult[], lang: Lang, stem: string): Promise<number> {
  const { toLetters, lettersZip } = await import('@/lib/result/format/letter');
  const letters = await toLetters(results, lang);
  if (letters.length === 1) saveFile(fileName(letters[0]!.stem, 'docx'), letters[0]!.bytes, 'docx');
  else if (letters.length > 1) saveFile(fileName(stem, 'zip'), lettersZip(letters), 'zip');
  return letters.length;
}
