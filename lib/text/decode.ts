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

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 32 && b !== 27)) odd++;
  }
  return n > 0 && odd / n > 0.1;
}

export function decode(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
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
