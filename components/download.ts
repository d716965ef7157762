/** Saving an export as a file from an extension page. */
import type { ExportFormat } from '@/lib/result/format';

/** The text exports, the letters (a Word file per organ, several organs' in one zip), and the ranking's workbook and 体检报告. */
export type Format = ExportFormat | 'docx' | 'zip' | 'xlsx' | 'html';

const MIME: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html;charset=utf-8',
};

/** `content`: the text, or its parts in order (a large export is never joined into one string), or a file's bytes. */
export function saveFile(name: string, content: string | string[] | Uint8Array, format: Format) {
  const parts: BlobPart[] = typeof content === 'string' ? [content] : content instanceof Uint8Array ? [content as Uint8Array<ArrayBuffer>] : content;
  const url = URL.createObjectURL(new Blob(parts, { type: MIME[format] }));
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
  // no path or shell characters, no control or bidirectional characters (a name that reads backwards on screen)
  const safe = stem.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'report';
  const d = at.toISOString().slice(0, 10).replace(/-/g, '');
  return `nianbao-audit-${safe}-${d}.${format}`;
}
