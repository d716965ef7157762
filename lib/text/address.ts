/** Addresses and file names as people read them: decoded where they spell text, never showing a control or a reordering mark. */

/** Characters that must never be shown from an address: controls, and marks that reorder text (a spoofed name). */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/**
 * An address as people read it: its percent-escapes decoded where they spell text
 * (/2021年报告.html, not /2021%E5%B9%B4…); as given when it does not decode, or when the
 * decoded form would show a control or a mark that reorders text.
 */
export function readableAddress(href: string): string {
  let out: string;
  try {
    out = decodeURI(href);
  } catch {
    return href;
  }
  return UNSHOWABLE.test(out) ? href : out;
}

/** The file an address names, as people read it (its last path segment decoded), or the address itself. */
export function fileNameOf(href: string): string {
  const last = href.split(/[?#]/)[0]!.split(/[\\/]/).pop() || href;
  let out: string;
  try {
    out = decodeURIComponent(last);
  } catch {
    return last;
  }
  return UNSHOWABLE.test(out) ? last : out;
}
