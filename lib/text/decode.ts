/** Bytes of a saved page or text file → string, honouring BOMs and GBK/GB2312 pages. */

/** Inputs larger than this are refused rather than read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** Text that is a web page rather than a text extraction. */
export function looksLikeHtml(text: string, contentType?: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*(?:<!doctype html|<html|<head|<body|<meta)|<(?:html|body|table|p|div)\b[^>]*>/i.test(text.slice(0, 4000));
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

function decoder(label: string): TextDecoder | null {
  const l = label.toLowerCase();
  const name = l === 'gb2312' || l === 'gbk' || l === 'x-gbk' ? 'gb18030' : l;
  try {
    return new TextDecoder(name, { fatal: false });
  } catch {
    return null;
  }
}

/** UTF-16 without a byte-order mark: ASCII and CJK text leave zeros on one side of most code units. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8000) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const order = oddZero > 0.3 * pairs && evenZero < 0.05 * pairs ? 'utf-16le' : evenZero > 0.3 * pairs && oddZero < 0.05 * pairs ? 'utf-16be' : null;
  return order && readsAsText(new TextDecoder(order).decode(bytes.subarray(0, n))) ? order : null;
}

/** Text rather than noise: few control characters, replacement characters or non-characters. */
function readsAsText(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0xfffe || c === 0xffff) odd++;
  }
  return text.length > 0 && odd / text.length < 0.05;
}

/** The text's encoding told by its first bytes: a byte-order mark, or the zeros of UTF-16. */
function byteOrder(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const u16 = utf16Order(bytes);
  return u16 ? { encoding: u16, skip: 0 } : null;
}

/**
 * True when the bytes look like a binary file rather than text. UTF-16 text
 * (with or without its byte-order mark) is text; a few stray NUL bytes in a real
 * report do not make it binary.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = byteOrder(bytes);
  if (bom && bom.encoding !== 'utf-8') return false;
  const n = Math.min(bytes.length, 8000);
  let odd = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 7 || (b > 13 && b < 32 && b !== 27)) odd++;
  }
  return n > 0 && (nul > Math.max(4, n * 0.001) || (odd + nul) / n > 0.1);
}

/** The text of bytes, without the stray NULs some exports leave in it. */
export function decode(bytes: Uint8Array, contentType?: string | null): string {
  const text = decodeRaw(bytes, contentType);
  return text.includes('\u0000') ? text.replace(/\u0000/g, '') : text;
}

function decodeRaw(bytes: Uint8Array, contentType?: string | null): string {
  const bom = byteOrder(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip));
  const declared = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1] ?? META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    const d = decoder(declared);
    if (d) return d.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // undeclared and not UTF-8: Chinese government sites mostly mean GB18030/GBK
    return new TextDecoder('gb18030').decode(bytes);
  }
}
