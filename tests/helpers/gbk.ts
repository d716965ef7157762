/** Encoding text as GBK for test pages (Node has a GBK decoder but no encoder): a table built once by decoding. */
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const dec = new TextDecoder('gbk');
  const t = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !t.has(ch)) t.set(ch, [a, b]);
    }
  }
  return t;
}

export function gbk(s: string): Buffer {
  table ??= build();
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
