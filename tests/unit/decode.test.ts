/**
 * Bytes to text, asked directly: each byte-order mark, UTF-16 without one, a declared charset (header or meta),
 * GBK undeclared, the NULs some exports leave; what is a web page and what is a binary file, at each threshold.
 */
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, decode, looksBinary, looksLikeHtml } from '../../lib/text/decode';
import { gbk } from '../helpers/gbk';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const le = utf16le(s);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};
const join = (...parts: ArrayLike<number>[]) => {
  const out: number[] = [];
  for (const p of parts) out.push(...Array.from(p));
  return new Uint8Array(out);
};
/** `n` bytes of ASCII text with `k` copies of `b` in it. */
const withBytes = (n: number, k: number, b: number) => {
  const out = new Uint8Array(n).fill(0x61);
  for (let i = 0; i < k; i++) out[i * 7 + 3] = b;
  return out;
};

describe('decode', () => {
  const text = '政府信息公开工作年度报告 ABC';

  it('honours each byte-order mark and drops it', () => {
    expect(decode(join([0xef, 0xbb, 0xbf], utf8(text)))).toBe(text);
    expect(decode(join([0xff, 0xfe], utf16le(text)))).toBe(text);
    expect(decode(join([0xfe, 0xff], utf16be(text)))).toBe(text);
  });

  it('tells UTF-16 without a mark by its zeros, each byte order', () => {
    const ascii = 'annual report of 2023';
    expect(decode(utf16le(ascii))).toBe(ascii);
    expect(decode(utf16be(ascii))).toBe(ascii);
  });

  it('takes too short a text for UTF-16 as UTF-8, without its NULs', () => {
    // six bytes: under the eight UTF-16 needs
    expect(decode(utf16le('abc'))).toBe('abc');
  });

  it('does not take noise with zeros on one side for UTF-16', () => {
    // 01 00 01 00 …: as UTF-16LE each unit is a control character
    const bytes = new Uint8Array(40);
    for (let i = 0; i < 40; i += 2) bytes[i] = 1;
    expect(decode(bytes)).toBe('\u0001'.repeat(20));
  });

  it('reads the charset a header declares, GBK and GB2312 as GB18030', () => {
    const bytes = gbk(text);
    expect(decode(bytes, 'text/html; charset=GBK')).toBe(text);
    expect(decode(bytes, 'text/plain;charset=gb2312')).toBe(text);
    expect(decode(bytes, 'text/html; charset=x-gbk')).toBe(text);
  });

  it('reads the charset a meta tag declares', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${text}</body></html>`;
    expect(decode(gbk(page))).toBe(page);
    const page2 = `<html><head><meta charset='gbk'></head><body>${text}</body></html>`;
    expect(decode(gbk(page2))).toBe(page2);
  });

  it('reads UTF-8 when that is declared or when the bytes are UTF-8, whatever else is declared that cannot be read', () => {
    expect(decode(utf8(text), 'text/html; charset=utf-8')).toBe(text);
    expect(decode(utf8(text), 'text/html; charset=UTF8')).toBe(text);
    expect(decode(utf8(text), 'text/html; charset=no-such-charset')).toBe(text);
    expect(decode(utf8(text))).toBe(text);
  });

  it('reads undeclared bytes that are not UTF-8 as GB18030', () => {
    expect(decode(gbk(text))).toBe(text);
  });

  it('drops stray NULs', () => {
    expect(decode(utf8('政府信息公开\u0000工作年度报告\u0000'))).toBe('政府信息公开工作年度报告');
  });
});

describe('decode at its edges', () => {
  /** What an undeclared file that is not UTF-8 reads as (its NULs dropped). */
  const gb18030 = (b: Uint8Array) => new TextDecoder('gb18030').decode(b).replace(/\u0000/g, '');

  it('GBK and GB2312, however a page writes them, are read as GB18030 (its four-byte characters too)', () => {
    const bytes = join([0x81, 0x30, 0x81, 0x30], gbk('报告'));
    for (const label of ['gbk', 'GBK', 'GB2312', 'x-gbk']) expect(decode(bytes, `text/html; charset=${label}`), label).toBe('\u0080报告');
  });

  it('reads another declared charset as declared, by header or meta', () => {
    const cafe = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(decode(cafe, 'text/plain; charset=windows-1252')).toBe('café');
    const meta = join(new TextEncoder().encode('<meta charset="iso-8859-1">'), cafe);
    expect(decode(meta)).toBe('<meta charset="iso-8859-1">café');
    expect(decode(meta, 'text/html')).toBe('<meta charset="iso-8859-1">café');
  });

  it('a declared charset’s bad bytes become replacement characters, not an error', () => {
    expect(decode(join(gbk('报告'), [0x81]), 'charset=gbk')).toBe('报告\ufffd');
  });

  it('a UTF-8 mark keeps a file UTF-8 though a byte is bad', () => {
    expect(decode(join([0xef, 0xbb, 0xbf], utf8('报告'), [0xff]))).toBe('报告\ufffd');
  });

  it('half a byte-order mark is none', () => {
    for (const head of [[0xef, 0xbb, 0x41], [0x41, 0xbb, 0xbf], [0xef, 0x41, 0xbf], [0xff, 0x41], [0x41, 0xfe], [0xfe, 0x41], [0x41, 0xff]]) {
      const bytes = join(head, [0xb1, 0xa8, 0xb8, 0xe6]);
      expect(decode(bytes), head.join(' ')).toBe(gb18030(bytes));
    }
  });

  it('UTF-16 without a mark: eight bytes are enough', () => {
    expect(decode(utf16le('abcé'))).toBe('abcé');
    expect(decode(utf16be('abcé'))).toBe('abcé');
  });

  it('UTF-16 without a mark: zeros on one side of more than three pairs in ten, and on the other of none', () => {
    // 告 政 府 信 息 工 作 年 度 have no zero byte; 开 (U+5F00) has one
    expect(decode(utf16le('abcd政府信息告工'))).toBe('abcd政府信息告工');
    expect(decode(utf16be('abcd政府信息告工'))).toBe('abcd政府信息告工');
    expect(decode(utf16le('abc政府信息告工作'))).toBe(gb18030(utf16le('abc政府信息告工作')));
    expect(decode(utf16be('abc政府信息告工作'))).toBe(gb18030(utf16be('abc政府信息告工作')));
    expect(decode(utf16le('abcd开府信息告工'))).toBe(gb18030(utf16le('abcd开府信息告工')));
    expect(decode(utf16be('abcd开府信息告工'))).toBe(gb18030(utf16be('abcd开府信息告工')));
    // the zeros counted to the last pair
    expect(decode(utf16le('政府信息告工abcd'))).toBe('政府信息告工abcd');
    // one zero on the other side in twenty pairs is one too many (a twentieth)
    const twenty = 'abcdefg开政府信息告工作年度报表统';
    expect(twenty).toHaveLength(20);
    expect(decode(utf16le(twenty))).toBe(gb18030(utf16le(twenty)));
  });

  it('UTF-16 without a mark must read as text: control characters in a twentieth of it or more are noise', () => {
    // pairs 01 00 (a control character as UTF-16) among pairs 41 42 (䉁): as UTF-8, 01 A B
    const noise = (controls: number, letters: number) => join(...Array(controls).fill([0x01, 0x00]), ...Array(letters).fill([0x41, 0x42]));
    expect(decode(noise(4, 6))).toBe('\u0001'.repeat(4) + 'AB'.repeat(6));
    const text = join([0x01, 0x00], ...Array(39).fill([0x41, 0x00]));
    expect(decode(text)).toBe('\u0001' + 'A'.repeat(39));
    expect(decode(join([0x01, 0x00], [0x01, 0x00], ...Array(38).fill([0x41, 0x00])))).toBe('\u0001\u0001' + 'A'.repeat(38));
    // one control character in twenty: a twentieth, noise
    const edge = join([0x01, 0x00], ...Array(12).fill([0x41, 0x00]), ...Array(7).fill([0x41, 0x42]));
    expect(decode(edge)).toBe('\u0001' + 'A'.repeat(12) + 'AB'.repeat(7));
    // lone surrogates read as replacement characters: noise too
    const lone = join(...Array(7).fill([[0x41, 0x00], [0x01, 0xd8]]).flat(), ...Array(6).fill([0x41, 0x00]));
    expect(decode(lone)).toBe(gb18030(lone));
  });
});

describe('looksLikeHtml', () => {
  it('believes a content type that says HTML', () => {
    expect(looksLikeHtml('纯文本', 'text/html; charset=utf-8')).toBe(true);
    expect(looksLikeHtml('纯文本', 'APPLICATION/XHTML+XML')).toBe(true);
    expect(looksLikeHtml('纯文本', 'text/plain')).toBe(false);
    expect(looksLikeHtml('纯文本', null)).toBe(false);
    expect(looksLikeHtml('纯文本')).toBe(false);
  });

  it('knows a page by how it opens', () => {
    for (const open of ['<!DOCTYPE html>', '<!doctype html>', '  <html>', '<head>', '<body>', '<meta charset="utf-8">']) {
      expect(looksLikeHtml(`${open}文本`), open).toBe(true);
    }
  });

  it('knows a page by a table, paragraph or div anywhere in its first 4,000 characters', () => {
    for (const tag of ['<table class="x">', '<p>', '<div id="a">', '<html lang="zh">', '<body class="b">']) {
      expect(looksLikeHtml(`报告正文 ${tag}`), tag).toBe(true);
    }
    expect(looksLikeHtml('甲'.repeat(3990) + '<p>')).toBe(true);
    expect(looksLikeHtml('甲'.repeat(4000) + '<p>')).toBe(false);
  });

  it('does not take other angle brackets for a page', () => {
    expect(looksLikeHtml('文本 <pre> <tablet> <divide>')).toBe(false);
    expect(looksLikeHtml('《条例》第二十条 a<b')).toBe(false);
    expect(looksLikeHtml('text <htmlx>')).toBe(false);
  });
});

describe('looksBinary', () => {
  it('takes text, and nothing, for text', () => {
    expect(looksBinary(utf8('政府信息公开 annual report\r\n\t'))).toBe(false);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });

  it('counts NULs over four, or over one in a thousand', () => {
    expect(looksBinary(withBytes(1000, 4, 0))).toBe(false);
    expect(looksBinary(withBytes(1000, 5, 0))).toBe(true);
    expect(looksBinary(withBytes(8000, 8, 0))).toBe(false);
    expect(looksBinary(withBytes(8000, 9, 0))).toBe(true);
    // only the first 8,000 bytes are looked at
    const tail = withBytes(9000, 0, 0);
    tail.fill(0, 8500);
    expect(looksBinary(tail)).toBe(false);
  });

  it('counts control bytes over a tenth, but not tab, line ends, form feed or escape', () => {
    expect(looksBinary(withBytes(100, 10, 1))).toBe(false);
    expect(looksBinary(withBytes(100, 11, 1))).toBe(true);
    expect(looksBinary(withBytes(100, 11, 6))).toBe(true);
    expect(looksBinary(withBytes(100, 11, 14))).toBe(true);
    expect(looksBinary(withBytes(100, 11, 31))).toBe(true);
    for (const b of [7, 9, 10, 12, 13, 27, 32]) expect(looksBinary(withBytes(100, 11, b)), String(b)).toBe(false);
  });

  it('counts NULs and control bytes together', () => {
    const b = withBytes(100, 8, 1);
    for (let i = 0; i < 4; i++) b[90 + i] = 0;
    expect(looksBinary(b)).toBe(true);
  });

  it('takes UTF-16, with its mark or without, for text', () => {
    const s = '政府信息公开工作年度报告 of the year';
    expect(looksBinary(utf16le('annual report of the year'))).toBe(false);
    expect(looksBinary(utf16be('annual report of the year'))).toBe(false);
    expect(looksBinary(join([0xff, 0xfe], utf16le(s)))).toBe(false);
    expect(looksBinary(join([0xfe, 0xff], utf16be(s)))).toBe(false);
  });

  it('still counts the bytes after a UTF-8 mark', () => {
    expect(looksBinary(join([0xef, 0xbb, 0xbf], withBytes(100, 20, 0)))).toBe(true);
  });
});

describe('MAX_INPUT_BYTES', () => {
  it('is fifty megabytes', () => {
    expect(MAX_INPUT_BYTES).toBe(50 * 1024 * 1024);
  });
});
