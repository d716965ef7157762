/**
 * A grey raster as a PNG data URL, in Node and in the browser alike: the image data deflated by the platform's
 * CompressionStream (zlib format, as PNG's IDAT wants it), the chunks' CRC computed here.
 */
import type { Grey } from './ocr-grid';

/** CRC-32's table, made as the module loads (256 numbers): no state kept between calls. */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG uses it). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([new TextEncoder().encode(type), data]);
  const head = new Uint8Array(4);
  new DataView(head.buffer).setUint32(0, data.length);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32(body));
  return concat([head, body, crc]);
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(s);
}

/** A grey raster (8 bits a pixel) as a PNG data URL. */
export async function pngDataUrl(g: Grey): Promise<string> {
  // each row behind its filter byte (0: none)
  const raw = new Uint8Array((g.width + 1) * g.height);
  for (let y = 0; y < g.height; y++) raw.set(g.px.subarray(y * g.width, (y + 1) * g.width), y * (g.width + 1) + 1);
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, g.width);
  v.setUint32(4, g.height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grey
  const png = concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', await deflate(raw)), chunk('IEND', new Uint8Array(0))]);
  return `data:image/png;base64,${base64(png)}`;
}
