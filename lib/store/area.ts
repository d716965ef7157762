/** The key-value storage records live in, and how its keys are named. */
import { errorMessage } from '../errors';

/** The key-value storage the records live in (the extension's storage.local, or a map in tests). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without reading the values (Chrome 130+); `get(null)` otherwise. */
  getKeys?(): Promise<string[]>;
  /** Changes made by anyone (another part of the extension, a test, an older version): new values, undefined when removed. */
  onChanged?(listener: (changes: Record<string, { newValue?: unknown }>) => void): void;
}

/** A page's record is kept under `page:<address>`. */
export const PAGE = 'page:';
/** The key of a record's summary, stored beside it. */
export const summaryKey = (pageKey: string) => `sum:${pageKey}`;
/** Where a record's history entry is kept beside it (what the checks across reports need of it; null for none). */
export const entryKey = (pageKey: string) => `ent:${pageKey}`;
/** Every summary key starts so. */
export const SUM = summaryKey(PAGE);
/** The record key a summary or entry key belongs to. */
export const pageKeyOf = (besideKey: string) => besideKey.slice(4);

/**
 * The whole summary index in one value (summary-snapshot.ts), so that a listing after a restart
 * reads one key instead of one per record; it is valid only while `GEN_KEY` holds the token it
 * was written with, and every write of a record or summary puts a new token there.
 */
export const SNAPSHOT_KEY = 'sumidx';
export const GEN_KEY = 'sumgen';

/** Records read from storage per call, at most (each may weigh tens of kilobytes). */
export const READ_CHUNK = 100;
/** Summaries or entries read per call, at most. */
export const SUMMARY_CHUNK = 1000;

/** Every key in the area, without its values where the area can. */
export async function areaKeys(area: StorageArea): Promise<string[]> {
  if (area.getKeys) return area.getKeys();
  return Object.keys(await area.get(null));
}

/** Storage refused a write for want of room: said in Chinese, with the browser's words. */
export class StoreFullError extends Error {
  constructor(cause: unknown) {
    super(`存储空间已满，未能保存：${errorMessage(cause)}`);
  }
}

const QUOTA = /quota|QUOTA_BYTES|storage.*full|exceeded/i;

/** `area.set`, with a full store said as one. */
export async function setItems(area: StorageArea, items: Record<string, unknown>): Promise<void> {
  try {
    await area.set(items);
  } catch (e) {
    if (QUOTA.test(errorMessage(e))) throw new StoreFullError(e);
    throw e;
  }
}

export interface StoreProblem {
  key: string;
  kind: 'future' | 'corrupt';
  detail: string;
}
