/** A file chosen for import, checked before anything is sent: too large, empty, not JSON, or not our backup. */
import { Backup } from '@/lib/store/schema';

/** A backup larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportProblem = 'too-big' | 'empty' | 'unreadable' | 'not-json' | 'not-backup';
export type CheckedImport = { ok: true; backup: Backup } | { ok: false; problem: ImportProblem };

/** The file's backup, or why it is none. `text()` is not called for a file over the limit. */
export async function readBackupFile(file: { size: number; text(): Promise<string> }, max = MAX_IMPORT_BYTES): Promise<CheckedImport> {
  if (file.size > max) return { ok: false, problem: 'too-big' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  let text: string;
  try {
    text = (await file.text()).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!text.trim()) return { ok: false, problem: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const b = Backup.safeParse(data);
  return b.success ? { ok: true, backup: b.data } : { ok: false, problem: 'not-backup' };
}
