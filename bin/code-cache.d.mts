/** Types of bin/code-cache.mjs. */
export function cachedCode(bundleBytes: Uint8Array, cacheBytes: Uint8Array | undefined): { hash: Buffer; code: Buffer | undefined };
export function runCached(path: string, write?: boolean): 'used' | 'refused' | 'none';
