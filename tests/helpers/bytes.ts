/** Little-endian fields of binary containers (zip, OLE/.doc), read and written in place, for tests that craft files. */
export const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
export const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
export const put16 = (b: Uint8Array, o: number, v: number) => {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
};
export const put32 = (b: Uint8Array, o: number, v: number) => {
  for (let i = 0; i < 4; i++) b[o + i] = (v >>> (8 * i)) & 0xff;
};

/** The message of what `f` throws, checked to be of class `E`; null when it throws nothing. */
export function thrown(f: () => unknown, E: new (...args: never[]) => Error): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (!(e instanceof E)) throw e;
    return e.message;
  }
}
