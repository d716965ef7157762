/**
 * The .docx check before anything inflates it, asked directly on small zips: the directory found and read
 * (a comment after it, extra fields in it), each refusal with its words, each bound at its edge. The limits
 * are lowered for a test where reaching them for real would take megabytes (file-bombs.test.ts holds the
 * real bombs, timed and under a heap cap, and runs with `npm test`).
 */
import { zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DocReadError, ZIP_LIMITS, checkDocx, zipEntries } from '../../lib/readers/zip';
import { docxSmall, zip } from '../helpers/bombs';
import { put16, put32, thrown, u32 } from '../helpers/bytes';

const DEFAULTS = { ...ZIP_LIMITS };
afterEach(() => Object.assign(ZIP_LIMITS, DEFAULTS));

const MB = 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...xs: Uint8Array[]) => {
  const out = new Uint8Array(xs.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of xs) {
    out.set(x, at);
    at += x.length;
  }
  return out;
};
/** Where the end-of-directory record and the directory start (a zip without a comment). */
const eocdOf = (z: Uint8Array) => z.length - 22;
const dirOf = (z: Uint8Array) => u32(z, eocdOf(z) + 16);
/** Bytes that do not shrink (a picture's). */
const noise = (n: number, seed = 1) => {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    // xorshift32
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
};
/** What checkDocx says when it refuses the zip; null when it passes it. */
const refusal = (z: Uint8Array) => thrown(() => checkDocx(z), DocReadError);

describe('zipEntries', () => {
  it('lists each entry as the directory declares it', () => {
    const z = zip([
      { name: 'a.xml', chunk: enc('<a/>'.repeat(10)) },
      { name: 'word/图.bin', chunk: noise(50) },
    ]);
    const [a, b] = zipEntries(z);
    expect(a).toMatchObject({ name: 'a.xml', method: 8, size: 40, offset: 0 });
    expect(a!.compressed).toBeGreaterThan(0);
    expect(b).toMatchObject({ name: 'word/图.bin', method: 8, size: 50 });
    expect(b!.offset).toBe(30 + 5 + a!.compressed);
    expect(zipEntries(z)).toHaveLength(2);
  });

  it('reads stored entries as method 0', () => {
    const z = zipSync({ 'a.xml': [enc('<a/>'), { level: 0 }] } as Zippable);
    expect(zipEntries(z)).toMatchObject([{ name: 'a.xml', method: 0, size: 4, compressed: 4 }]);
  });

  it('steps over each entry’s extra field and comment', () => {
    const z = zip([
      { name: 'a.xml', chunk: enc('<a/>') },
      { name: 'b.xml', chunk: enc('<b/>') },
    ]);
    const dir = dirOf(z);
    // the first entry given 4 bytes of extra field and a 3-byte comment
    const head = z.slice(0, dir + 46 + 5);
    put16(head, dir + 30, 4);
    put16(head, dir + 32, 3);
    const grown = cat(head, new Uint8Array([1, 2, 3, 4]), enc('注'), z.slice(dir + 46 + 5));
    expect(zipEntries(grown).map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
  });

  it('finds the directory behind a comment of any length the format allows, and not past it', () => {
    const z = zip([{ name: 'a.xml', chunk: enc('<a/>') }]);
    const withComment = (n: number, declared = n) => {
      const out = cat(z, new Uint8Array(n).fill(0x20));
      put16(out, eocdOf(z) + 20, declared);
      return out;
    };
    expect(zipEntries(withComment(10))).toHaveLength(1);
    expect(zipEntries(withComment(65_535))).toHaveLength(1);
    expect(() => zipEntries(withComment(65_536, 0))).toThrow('Word 文件已损坏：找不到压缩包目录');
  });

  it('says so when there is no directory', () => {
    expect(() => zipEntries(enc('PK\u0003\u0004 not a zip at all'))).toThrow(new DocReadError('Word 文件已损坏：找不到压缩包目录'));
    expect(() => zipEntries(new Uint8Array(10))).toThrow('找不到压缩包目录');
  });

  it('refuses ZIP64, by its count or its offset', () => {
    const z = zip([{ name: 'a.xml', chunk: enc('<a/>') }]);
    const count = z.slice();
    put16(count, eocdOf(z) + 10, 0xffff);
    expect(() => zipEntries(count)).toThrow('Word 文件使用了超大压缩格式（ZIP64），不像一份年报，未读取');
    const start = z.slice();
    put32(start, eocdOf(z) + 16, 0xffffffff);
    expect(() => zipEntries(start)).toThrow('ZIP64');
  });

  it('refuses more entries than a report has, at the bound', () => {
    const parts = ['a', 'b', 'c'].map((n) => ({ name: `${n}.xml`, chunk: enc(`<${n}/>`) }));
    ZIP_LIMITS.entries = 3;
    expect(zipEntries(zip(parts))).toHaveLength(3);
    ZIP_LIMITS.entries = 2;
    expect(() => zipEntries(zip(parts))).toThrow('Word 文件含 3 个部件（一份年报不过几十个），未读取');
  });

  it('says the directory is incomplete when an entry is cut or not an entry', () => {
    const z = zip([
      { name: 'a.xml', chunk: enc('<a/>') },
      { name: 'b.xml', chunk: enc('<b/>') },
    ]);
    const wrong = z.slice();
    put32(wrong, dirOf(z), 0x12345678);
    expect(() => zipEntries(wrong)).toThrow('Word 文件已损坏：压缩包目录不完整');
    const more = z.slice();
    put16(more, eocdOf(z) + 10, 3);
    expect(() => zipEntries(more)).toThrow('压缩包目录不完整');
    // the directory placed where fewer than 46 bytes are left
    const late = z.slice();
    put32(late, eocdOf(z) + 16, z.length - 40);
    expect(() => zipEntries(late)).toThrow('压缩包目录不完整');
  });
});

describe('checkDocx', () => {
  it('passes a small report', () => {
    expect(refusal(docxSmall('政府信息公开工作年度报告\n一、总体情况'))).toBeNull();
  });

  it('refuses an entry declaring more than a report’s size, in megabytes', () => {
    expect(refusal(zip([{ name: 'word/media/a.png', chunk: noise(10), declare: 300 * MB }]))).toBe('Word 文件的部件 word/media/a.png 展开后有 300 MB，不像一份年报，未读取');
    ZIP_LIMITS.entryBytes = 2 * MB;
    expect(refusal(zip([{ name: 'a.bin', chunk: noise(20_000), declare: 2 * MB }]))).toBeNull();
    expect(refusal(zip([{ name: 'a.bin', chunk: noise(20_000), declare: 2 * MB + 1 }]))).toMatch(/^Word 文件的部件 a\.bin 展开后有 2 MB/);
  });

  it('refuses an entry past a megabyte that shrank more than 200 times', () => {
    // 20,000 bytes that do not shrink may stand for 200 times their packed size, about 4 MB, not more
    const big = noise(20_000);
    const compressed = zipEntries(zip([{ name: 'a.bin', chunk: big }]))[0]!.compressed;
    expect(compressed).toBeGreaterThan(19_000);
    expect(refusal(zip([{ name: 'a.bin', chunk: big, declare: 200 * compressed }]))).toBeNull();
    expect(refusal(zip([{ name: 'a.bin', chunk: big, declare: 200 * compressed + 1 }]))).toBe(
      `Word 文件的部件 a.bin 由 ${compressed} 字节 展开为 4 MB（压缩炸弹），未读取`,
    );
    // up to a megabyte any ratio passes
    expect(refusal(zip([{ name: 'a.bin', chunk: noise(10), declare: MB }]))).toBeNull();
    expect(refusal(zip([{ name: 'a.bin', chunk: noise(10), declare: MB + 1 }]))).toMatch(/^Word 文件的部件 a\.bin 由 \d+ 字节 展开为 1 MB（压缩炸弹）/);
  });

  it('says the packed size in megabytes once it is half a megabyte or more', () => {
    ZIP_LIMITS.entryBytes = 1024 * MB;
    expect(refusal(zip([{ name: 'a.bin', chunk: noise(600_000), declare: 130 * MB }]))).toBe('Word 文件的部件 a.bin 由 1 MB 展开为 130 MB（压缩炸弹），未读取');
  });

  it('refuses entries declaring together more than twice the text budget', () => {
    ZIP_LIMITS.textBytes = MB;
    const parts = (last: number) => [
      { name: 'a.bin', chunk: noise(10_000, 1), declare: MB },
      { name: 'b.bin', chunk: noise(10_000, 2), declare: last },
    ];
    expect(refusal(zip(parts(MB)))).toBeNull();
    expect(refusal(zip(parts(MB + 1)))).toBe('Word 文件展开后共 2 MB，不像一份年报，未读取');
  });

  it('inflates the text parts for real: a part lying about its size is stopped past the part budget', () => {
    ZIP_LIMITS.partBytes = MB;
    const xml = enc('<w:p><w:r><w:t>政府信息公开</w:t></w:r></w:p>');
    const times = Math.ceil((1.5 * MB) / xml.length);
    expect(refusal(zip([{ name: 'word/document.xml', chunk: xml, times, declare: 1024 }]))).toBe(
      'Word 文件的部件 word/document.xml 展开后超过 1 MB（一份年报的正文不过几 MB），未读取',
    );
    // .rels and upper-case names are text parts too
    expect(refusal(zip([{ name: '_rels/.rels', chunk: xml, times, declare: 1024 }]))).toMatch(/^Word 文件的部件 _rels\/\.rels 展开后超过 1 MB/);
    expect(refusal(zip([{ name: 'WORD/DOC.XML', chunk: xml, times, declare: 1024 }]))).toMatch(/^Word 文件的部件 WORD\/DOC\.XML 展开后超过/);
    // other parts are not inflated: their declared size is what counts
    expect(refusal(zip([{ name: 'word/media/a.emf', chunk: xml, times, declare: 1024 }]))).toBeNull();
    // a part just under the budget passes
    const under = Math.floor(MB / xml.length);
    expect(refusal(zip([{ name: 'word/document.xml', chunk: xml, times: under, declare: 1024 }]))).toBeNull();
  });

  it('counts the text parts against one budget together', () => {
    ZIP_LIMITS.partBytes = MB;
    ZIP_LIMITS.textBytes = 1.5 * MB;
    const xml = enc('<w:p><w:r><w:t>工作年度报告</w:t></w:r></w:p>');
    const times = Math.floor((0.9 * MB) / xml.length);
    expect(refusal(zip([{ name: 'a.xml', chunk: xml, times }]))).toBeNull();
    expect(refusal(zip([{ name: 'a.xml', chunk: xml, times }, { name: 'b.xml', chunk: xml, times }]))).toMatch(/^Word 文件的部件 b\.xml 展开后超过 1 MB/);
  });

  it('weighs a stored part by its bytes', () => {
    ZIP_LIMITS.partBytes = 100;
    const stored = (n: number) => zipSync({ 'a.xml': [new Uint8Array(n).fill(0x61), { level: 0 }] } as Zippable);
    expect(refusal(stored(100))).toBeNull();
    expect(refusal(stored(101))).toMatch(/^Word 文件的部件 a\.xml 展开后超过/);
  });

  it('weighs the text parts only: names ending .xml or .rels, in any case, and not a picture named after one', () => {
    ZIP_LIMITS.partBytes = 100;
    const stored = (name: string) => zipSync({ [name]: [new Uint8Array(101).fill(0x61), { level: 0 }] } as Zippable);
    expect(refusal(stored('word/media/chart.xml.png'))).toBeNull();
    expect(refusal(stored('word/_rels/document.xml.rels'))).toMatch(/^Word 文件的部件 word\/_rels\/document\.xml\.rels 展开后超过/);
    expect(refusal(stored('WORD/DOCUMENT.XML'))).toMatch(/^Word 文件的部件 WORD\/DOCUMENT\.XML 展开后超过/);
  });

  it('weighs a deflated part by what it inflates to, up to the budget and not a byte past it', () => {
    ZIP_LIMITS.partBytes = 100;
    const deflated = (n: number) => zipSync({ 'a.xml': new Uint8Array(n).fill(0x61) });
    expect(refusal(deflated(100))).toBeNull();
    expect(refusal(deflated(101))).toMatch(/^Word 文件的部件 a\.xml 展开后超过/);
  });

  it('inflates a part of many slices whole: each counted, the last one said to be the last', () => {
    // noise does not shrink: 40,000 bytes are three slices of packed data
    const big = zipSync({ 'a.xml': noise(40_000, 3), 'b.xml': new Uint8Array(101).fill(0x61) });
    ZIP_LIMITS.partBytes = 40_000;
    ZIP_LIMITS.textBytes = 40_100;
    expect(refusal(big)).toMatch(/^Word 文件的部件 b\.xml 展开后超过/);
    ZIP_LIMITS.textBytes = 40_101;
    expect(refusal(big)).toBeNull();
  });

  it('steps over a local entry’s own extra field to its data', () => {
    const z = zip([{ name: 'word/document.xml', chunk: enc('<w:document/>'.repeat(20)) }]);
    const name = 30 + 'word/document.xml'.length;
    const head = z.slice(0, name);
    put16(head, 28, 6);
    const grown = cat(head, new Uint8Array([9, 9, 9, 9, 9, 9]), z.slice(name));
    put32(grown, eocdOf(grown) + 16, dirOf(z) + 6);
    expect(zipEntries(grown)[0]).toMatchObject({ name: 'word/document.xml', offset: 0 });
    expect(refusal(grown)).toBeNull();
  });

  it('a zip that is only its end record has no entries', () => {
    const empty = new Uint8Array(22);
    put32(empty, 0, 0x06054b50);
    expect(zipEntries(empty)).toEqual([]);
  });

  it('a refusal is a DocReadError by name too (the pipeline answers it in words)', () => {
    expect(() => zipEntries(new Uint8Array(4))).toThrow(expect.objectContaining({ name: 'DocReadError' }));
  });

  it('says which part cannot be read: not a local entry, an unknown method, data that does not inflate', () => {
    const z = zip([{ name: 'word/document.xml', chunk: enc('<w:document/>') }]);
    const local = z.slice();
    put32(local, 0, 0x01020304);
    expect(refusal(local)).toBe('Word 文件已损坏：部件 word/document.xml 不可读');
    const far = z.slice();
    put32(far, dirOf(z) + 42, z.length - 10);
    expect(refusal(far)).toBe('Word 文件已损坏：部件 word/document.xml 不可读');
    const method = z.slice();
    put16(method, dirOf(z) + 10, 12);
    expect(refusal(method)).toBe('Word 文件的部件 word/document.xml 使用了不支持的压缩方式');
    const broken = z.slice();
    const data = 30 + 'word/document.xml'.length;
    broken.fill(0xff, data, data + 4);
    expect(refusal(broken)).toMatch(/^Word 文件已损坏：部件 word\/document\.xml 无法解压（.+）$/);
  });
});
