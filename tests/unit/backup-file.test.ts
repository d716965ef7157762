/** Importing in the dashboard: a file that is no backup is told apart before anything is sent. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readBackupFile } from '../../components/backup-file';
import { BACKUP_FORMAT } from '../../lib/store/schema';

const file = (text: string, size = new TextEncoder().encode(text).length) => {
  let reads = 0;
  return {
    size,
    text: async () => {
      reads++;
      return text;
    },
    reads: () => reads,
  };
};
const backup = { format: BACKUP_FORMAT, version: 3, exportedAt: '2026-01-01T00:00:00.000Z', records: [] };

describe('readBackupFile', () => {
  it('a backup (with or without a BOM) is read', async () => {
    expect(await readBackupFile(file(JSON.stringify(backup)))).toEqual({ ok: true, backup });
    expect(await readBackupFile(file('\uFEFF' + JSON.stringify(backup, null, 2)))).toEqual({ ok: true, backup });
  });

  it('a file over 50 MB is refused without being read', async () => {
    const big = file(JSON.stringify(backup), MAX_IMPORT_BYTES + 1);
    expect(await readBackupFile(big)).toEqual({ ok: false, problem: 'too-big' });
    expect(big.reads()).toBe(0);
    // exactly 50 MB is still read
    const edge = file(JSON.stringify(backup), MAX_IMPORT_BYTES);
    expect(await readBackupFile(edge)).toEqual({ ok: true, backup });
    expect(edge.reads()).toBe(1);
  });

  it('an empty file, or one of blanks, is said to be empty', async () => {
    expect(await readBackupFile(file(''))).toEqual({ ok: false, problem: 'empty' });
    expect(await readBackupFile(file(' \n\t\r\n'))).toEqual({ ok: false, problem: 'empty' });
    expect(await readBackupFile(file('\uFEFF'))).toEqual({ ok: false, problem: 'empty' });
  });

  it('text that is not JSON, and JSON that is not our backup, are told apart', async () => {
    expect(await readBackupFile(file('{"format": "nianbao-audit-backup",'))).toEqual({ ok: false, problem: 'not-json' });
    expect(await readBackupFile(file('本文件不是备份'))).toEqual({ ok: false, problem: 'not-json' });
    for (const other of [{ a: 1 }, [], 42, null, { ...backup, format: 'other' }, { ...backup, records: {} }, { tool: 'nianbao-audit', reports: [] }]) {
      expect(await readBackupFile(file(JSON.stringify(other))), JSON.stringify(other)).toEqual({ ok: false, problem: 'not-backup' });
    }
  });

  it('a file that cannot be read says so', async () => {
    expect(await readBackupFile({ size: 10, text: () => Promise.reject(new Error('NotReadableError')) })).toEqual({ ok: false, problem: 'unreadable' });
  });
});
