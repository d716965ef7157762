/** One loaded input audited: the CLI's step for a file, on the main thread or in a worker. */
import type { AuditOptions } from '../model';
import { auditFile } from '../node';
import { emptyResult } from '../result/empty';
import { keep, type Audited } from '../pipeline/across';
import type { Loaded } from './inputs';

export async function auditLoaded(l: Loaded, options: AuditOptions = {}): Promise<Audited> {
  if (l.error || !l.bytes) return { result: emptyResult(l.source, l.error ?? '无法读取'), snapshot: null, entry: null };
  return keep(await auditFile(l.bytes, l.source, null, options, null, l.hint));
}
