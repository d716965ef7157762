/**
 * A page saved whole as one file, MHTML (RFC 2557): Chromium's and Edge's 「网页，单个文件」 (.mhtml), Word's and
 * Internet Explorer's single-file web pages (.mht). Auditors keep report pages so, as evidence. The file is a MIME
 * message: headers, then parts between boundary lines, the page's HTML the first (or the one its `start` names),
 * encoded quoted-printable or base64 in its own charset, its images and styles after it. Only the page is taken.
 */

/** The saved page: its HTML's bytes, their content type (with the part's charset), and the address it was saved from. */
export interface SavedPage {
  html: Uint8Array;
  contentType: string;
  location: string | null;
}

/** Bytes as one character each (0–255), so that the MIME structure, all ASCII, is read without decoding the parts. */
function binary(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Headers until the first blank line (continuation lines folded), names lower-cased; and where the body starts. */
function headers(s: string, from: number): { fields: Map<string, string>; body: number } {
  const fields = new Map<string, string>();
  let at = from;
  let last: string | null = null;
  while (at < s.length) {
    let end = s.indexOf('\n', at);
    if (end < 0) end = s.length;
    const line = s.slice(at, end).replace(/\r$/, '');
    at = end + 1;
    if (!line.trim()) break;
    if (/^[ \t]/.test(line) && last) fields.set(last, `${fields.get(last)} ${line.trim()}`);
    else {
      const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
      if (!m) return { fields: new Map(), body: from };
      last = m[1]!.toLowerCase();
      if (!fields.has(last)) fields.set(last, m[2]!.trim());
    }
  }
  return { fields, body: at };
}

/** A parameter of a header's value (`boundary="…"`, `charset=gb2312`), unquoted. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** A byte-order mark before the headers: decoded, or UTF-8's three bytes as they are. */
const BOM = /^(?:\uFEFF|\xEF\xBB\xBF)/;

/** Where a saved file's MIME headers say it is a page saved whole (its first 4 KB decoded as ASCII is enough). */
export function isMhtml(head: string): boolean {
  const { fields } = headers(head.replace(BOM, ''), 0);
  return /^multipart\/related\b/i.test(fields.get('content-type') ?? '') && !!param(fields.get('content-type')!, 'boundary');
}

function quotedPrintable(s: string): string {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function base64(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  // atob takes a last group without its padding; a cut file's lone last character carries no byte
  return atob(clean.length % 4 === 1 ? clean.slice(0, -1) : clean);
}

/** Said of a file saved whole whose parts hold no page. */
export const NO_SAVED_PAGE = '单个文件网页（MHTML）中没有网页部分，无法读取';

/** The page a saved file holds, where its first bytes say it is a page saved whole (or why it holds none); else null. */
export function savedPage(bytes: Uint8Array): SavedPage | { error: string } | null {
  if (!isMhtml(binary(bytes.subarray(0, 4096)))) return null;
  return mhtmlPage(bytes) ?? { error: NO_SAVED_PAGE };
}

/** The page a saved file holds, or null where it is no MHTML or holds no page. */
export function mhtmlPage(bytes: Uint8Array): SavedPage | null {
  const s = binary(bytes).replace(BOM, '');
  const top = headers(s, 0);
  const type = top.fields.get('content-type') ?? '';
  const boundary = /^multipart\/related\b/i.test(type) ? param(type, 'boundary') : null;
  if (!boundary) return null;
  const start = param(type, 'start');
  const delimiter = `--${boundary}`;
  const parts: { fields: Map<string, string>; body: string }[] = [];
  let at = s.indexOf(delimiter, top.body);
  while (at >= 0) {
    const after = at + delimiter.length;
    if (s.startsWith('--', after)) break; // the closing delimiter
    const lineEnd = s.indexOf('\n', after);
    if (lineEnd < 0) break;
    const part = headers(s, lineEnd + 1);
    const next = s.indexOf(`\n${delimiter}`, part.body - 1);
    const end = next < 0 ? s.length : next;
    // the line end before a boundary line is the boundary's; a file cut before its closing line ends with its own
    parts.push({ fields: part.fields, body: s.slice(part.body, end).replace(/\r?\n$|\r$/, '') });
    at = next < 0 ? -1 : next + 1;
  }
  const isHtml = (p: (typeof parts)[number]) => /^text\/html\b/i.test(p.fields.get('content-type') ?? '');
  const page = (start ? parts.find((p) => p.fields.get('content-id') === start && isHtml(p)) : undefined) ?? parts.find(isHtml);
  if (!page) return null;
  const encoding = (page.fields.get('content-transfer-encoding') ?? '').toLowerCase();
  const body = encoding === 'quoted-printable' ? quotedPrintable(page.body) : encoding === 'base64' ? base64(page.body) : page.body;
  const charset = param(page.fields.get('content-type') ?? '', 'charset');
  const location = page.fields.get('content-location') ?? top.fields.get('snapshot-content-location') ?? null;
  return {
    html: bytesOf(body),
    contentType: charset ? `text/html; charset=${charset}` : 'text/html',
    location: location && /^https?:\/\//i.test(location) ? location : null,
  };
}
