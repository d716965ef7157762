/** A PNG data URL read back for tests (lib/readers/png.ts writes them): its chunks, its size, its rows of grey pixels. */
import { inflateSync } from 'node:zlib';

export interface PngChunk {
  type: string;
  data: Uint8Array;
  /** The CRC the chunk carries (of its type and data). */
  crc: number;
  /** Its type and data, the bytes the CRC is of. */
  body: Uint8Array;
}

/** The PNG's bytes and chunks, its size from IHDR and its rows from IDAT (8-bit grey, each row behind its filter byte). */
export function readPng(url: string) {
  const bytes = new Uint8Array(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  const v = new DataView(bytes.buffer, bytes.byteOffset);
  const chunks: PngChunk[] = [];
  for (let o = 8; o < bytes.length; ) {
    const n = v.getUint32(o);
    chunks.push({ type: new TextDecoder().decode(bytes.subarray(o + 4, o + 8)), data: bytes.subarray(o + 8, o + 8 + n), crc: v.getUint32(o + 8 + n), body: bytes.subarray(o + 4, o + 8 + n) });
    o += 12 + n;
  }
  const ihdr = chunks.find((c) => c.type === 'IHDR')!.data;
  const width = new DataView(ihdr.buffer, ihdr.byteOffset).getUint32(0);
  const height = new DataView(ihdr.buffer, ihdr.byteOffset).getUint32(4);
  const raw = new Uint8Array(inflateSync(chunks.find((c) => c.type === 'IDAT')!.data));
  const rows: number[][] = [];
  for (let y = 0; y < height; y++) rows.push([...raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1))]);
  return { bytes, chunks, width, height, raw, rows };
}
