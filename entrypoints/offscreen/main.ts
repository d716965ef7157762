/** The page without a window that reads report files for the background: it answers `reader:audit`. */
import { onMessage } from '@/lib/ext/browser';
import { readAndAudit } from '@/lib/ext/reader';
import type { ReaderRequest } from '@/lib/ext/messages';

onMessage((raw) => {
  const m = raw as Partial<ReaderRequest> | null;
  if (!m || m.type !== 'reader:audit' || typeof m.url !== 'string' || !/^https?:\/\//.test(m.url)) return undefined;
  const o = m.options ?? {};
  return readAndAudit(m.url, {
    ...(o.deadlines && typeof o.deadlines === 'object' ? { deadlines: o.deadlines } : {}),
    ...(o.identity && typeof o.identity === 'object' ? { identity: o.identity } : {}),
  });
});
