/** A file chosen for import, checked before anything is sent: too large, empty, not JSON, or not our backup. */
import { BACKUP_FORMAT, Backup, STORE_VERSION } from '@/lib/store/schema';

/**
 * A backup larger than this is refused before it is read: a few thousand records
 * (tens of kilobytes each) fit, and the file's text stays well under the longest
 * string a browser holds (about 512 million characters).
 */
/** A backup's size at most: five thousand reports with their snapshots come to about 300 MB. */
export const MAX_IMPORT_BYTES = 400 * 1024 * 1024;

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

/**
 * A backup file in parts, one record a line, so that thousands of records never
 * make one string: its opening, then `record(r)` for each (in order), then `close()`.
 * The same JSON as `JSON.stringify(toBackup(records))` reads back to.
 */
export function backupParts(at: Date): { parts: string[]; record(r: unknown): void; close(): string[] } {
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: STORE_VERSION, exportedAt: at.toISOString() }, null, 2);
  const parts = [`${head.slice(0, -2)},\n  "records": [`];
  let n = 0;
  return {
    parts,
    record(r) {
      parts.push(`${n++ ? ',' : ''}\n    ${JSON.stringify(r)}`);
    },
    close() {
      parts.push('\n  ]\n}\n');
      return parts;
    },
  };
}
