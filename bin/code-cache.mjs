// A CommonJS bundle run with V8's code cache beside it (bin/nianbao-audit.mjs runs dist/cli/main.cjs so;
// scripts/build-cli.mjs makes both): the bundle's functions are read compiled rather than parsed and compiled again
// on every run — Node 20 has no compile cache for ES modules.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

const HASH_BYTES = 32;

/**
 * The cache's code for this bundle, or nothing. A cache file starts with the SHA-256 of the bundle it was made from:
 * V8 checks only the source's length, and would run a stale cache's functions in place of a rebuilt bundle's.
 */
export function cachedCode(bundleBytes, cacheBytes) {
  const hash = createHash('sha256').update(bundleBytes).digest();
  const ok = cacheBytes && cacheBytes.length > HASH_BYTES && cacheBytes.subarray(0, HASH_BYTES).equals(hash);
  return { hash, code: ok ? cacheBytes.subarray(HASH_BYTES) : undefined };
}

/**
 * Runs the bundle at `path` as Node runs a CommonJS module, with the code of `${path}.cache` where it is this bundle's.
 * `write`: the cache is written as the process ends (what ran by then is compiled); the build's run does this.
 * Returns what became of the cache: 'used', 'refused' (by V8: another Node), 'none' (absent or another bundle's).
 */
export function runCached(path, write = false) {
  const bytes = readFileSync(path);
  const cacheFile = `${path}.cache`;
  let kept;
  try {
    kept = readFileSync(cacheFile);
  } catch {
    // none: compiled as it runs
  }
  const { hash, code } = cachedCode(bytes, kept);
  // the build writes the bundle in ASCII: read as one-byte text (Node reads any other character as two bytes)
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    cachedData: code,
    // the bundle's import() of pdf.js, as from a module of its own
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (write) {
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.tmp`, Buffer.concat([hash, script.createCachedData()]));
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path));
  return code ? (script.cachedDataRejected ? 'refused' : 'used') : 'none';
}
