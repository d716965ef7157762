/** Saving an export as a file from an extension page. */
import type { ExportFormat } from '@/lib/result/format';

export type Format = ExportFormat;

const MIME: Record<Format, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8', md: 'text/markdown;charset=utf-8' };

/** `content`: the text, or its parts in order (a large export is never joined into one string). */
export function saveFile(name: string, content: string | string[], format: Format) {
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : content, { type: MIME[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** nianbao-audit-上塘街道-2020-20210129.csv */
export function fileName(stem: string, format: Format, at = new Date()): string {
  const safe = stem.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'report';
  const d = at.toISOString().slice(0, 10).replace(/-/g, '');
  return `nianbao-audit-${safe}-${d}.${format}`;
}
