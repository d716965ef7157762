/**
 * No array of unbounded length is spread into a call (`out.push(...xs)`,
 * `Math.max(...xs)`, `String.fromCharCode(...xs)`): past about a hundred thousand
 * elements it overflows the stack, and a page of many lines is no longer audited.
 * lib/arrays.ts has the loops to use instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const SPREAD_CALL = /(?:\.push|\.unshift|Math\.max|Math\.min|fromCharCode|\.splice)\((?:[^(){}[\]\n]|\([^()\n]*\))*?\.\.\./g;
/** Comments say what not to write: they are left out of the scan. */
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'node_modules' || n.startsWith('.')) return [];
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('no spread of arrays into calls', () => {
  it('finds such a spread when there is one (the check works)', () => {
    expect('out.push(...lines.slice(1))'.match(SPREAD_CALL)).toHaveLength(1);
    expect('Math.max(d.y, ...labels.map((l) => l.top))'.match(SPREAD_CALL)).toHaveLength(1);
    expect("out.push({ ...common, rule: 'x' })".match(SPREAD_CALL)).toBeNull();
    expect("rows.push([head, ...cells])".match(SPREAD_CALL)).toBeNull();
  });

  it('the engine, the shells and the scripts spread none', () => {
    const found: string[] = [];
    for (const dir of ['lib', 'components', 'entrypoints', 'scripts']) {
      for (const f of files(join(ROOT, dir))) {
        const src = code(readFileSync(f, 'utf8'));
        for (const m of src.matchAll(SPREAD_CALL)) found.push(`${relative(ROOT, f)}: ${m[0].slice(0, 60)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
