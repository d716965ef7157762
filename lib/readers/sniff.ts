/** What a fetched or dropped file is, by its first bytes (names and content types lie). */
import { decode, looksLikeHtml } from '../text/decode';

export type FileKind = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

/** A report file by its magic bytes (a PDF, a Word file new or old); null for anything else, a page or a text. */
export function reportFileKind(b: Uint8Array): 'pdf' | 'docx' | 'doc' | null {
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf'; // %PDF
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'docx'; // a zip: Office Open XML
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'doc'; // OLE compound file
  return null;
}

/** What a file is, by its first bytes (names and content types lie). */
export function sniffFile(bytes: Uint8Array, contentType?: string | null): FileKind {
  const kind = reportFileKind(bytes);
  if (kind) return kind;
  const head = decode(bytes.subarray(0, 8192), contentType);
  return looksLikeHtml(head, contentType) ? 'html' : 'text';
}

/** A Rich Text Format file (Word's and WPS's 「RTF 格式」): `{\rtf` at its start, after a byte-order mark or spaces. */
export function isRtf(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && i < 64 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x7b && b[i + 1] === 0x5c && b[i + 2] === 0x72 && b[i + 3] === 0x74 && b[i + 4] === 0x66; // {\rtf
}

/** What an RTF file gets: not read, and what to do. */
export const RTF_ANSWER = '这是 RTF 格式的文档，暂不能读取：请用 Word 或 WPS 另存为 .docx 或 PDF 后再审计';
