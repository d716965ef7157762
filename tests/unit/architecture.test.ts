/**
 * Imports run one way. The engine's folders are layers, from the shared nouns at
 * the bottom to the pipeline at the top, and the shells' libraries above them; a
 * file may import from its own folder and from the layers below it, never above,
 * and there is no import cycle anywhere. The shells (entrypoints, components) and
 * the scripts never import the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

/** lib/ folders, bottom first. docs/layout.md draws the same list. */
export const LAYERS = [
  'model', // the shared nouns: types only
  'text', // normalising text, numbers, dates, sentences, decoding bytes
  'template', // the 2019/2021 template as data: tables, sections, labels, versions, relations, mapping
  'grid', // <table> and text layouts → rows of cells
  'page', // DOM → blocks, content root, metadata, recognition, pre-check
  'readers', // PDF, Word → blocks
  'rules', // one module per rule, and the registry of finding codes
  'analysis', // the likely culprit, and grouping one cause into one finding
  'result', // the result's zod schemas, score, messages and formatters
  'history', // across reports: cross-year figures, copied prose
  'pipeline', // input → blocks → model → rules → analysis → result, in one place
  'ranking', // the region's ranking: one row per organ and year, its totals, CSV, Excel and the HTML 体检报告
  'batch', // listings, the polite queue, fetching
  'store', // stored records, settings and batches
  'ext', // the extension's side: the browser adapter, messages, the background's handling
  'cli', // the command line
];
/** Files at the top of lib/ that any layer may import: zod configured once, the tool's version, arrays without spreads, an exception's words. */
const LEAVES = ['zod.ts', 'version.ts', 'arrays.ts', 'errors.ts'];
/** The one Node entry point of the engine (a DOM for HTML strings in Node): above the pipeline. */
const NODE_ENTRY = 'node.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'node_modules' || n.startsWith('.')) return [];
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const SOURCES = ['lib', 'entrypoints', 'components', 'scripts'].flatMap((d) => files(join(ROOT, d)));

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  base = base.replace(/\?.*$/, '');
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      // not this one
    }
  }
  return base;
}

/** Imports and re-exports of a file, type-only ones included (they order the layers too). */
function imports(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((i) => resolveImport(file, i.fileName)).filter((p): p is string => p !== null);
}

const GRAPH = new Map(SOURCES.map((f) => [f, imports(f)]));
const rel = (p: string) => relative(ROOT, p);

/** A lib file's rank: its layer's index; leaves below everything, the Node entry above the pipeline. */
function rank(file: string): number | null {
  const r = rel(file);
  if (!r.startsWith('lib/')) return null;
  const parts = r.slice(4).split('/');
  if (parts.length === 1) {
    if (LEAVES.includes(parts[0]!)) return -1;
    if (parts[0] === NODE_ENTRY) return LAYERS.indexOf('pipeline') + 0.5;
    return Infinity; // a loose file at lib/'s top is itself a finding
  }
  const i = LAYERS.indexOf(parts[0]!);
  return i < 0 ? Infinity : i;
}

describe('architecture', () => {
  it('every lib file sits in a known layer', () => {
    const loose = SOURCES.filter((f) => rank(f) === Infinity).map(rel);
    expect(loose).toEqual([]);
  });

  it('the bottom layer holds types only', () => {
    const model = SOURCES.filter((f) => rel(f).startsWith('lib/model/'));
    expect(model.length).toBeGreaterThan(0);
    for (const f of model) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest);
      const values = sf.statements.filter(
        (s) => !ts.isInterfaceDeclaration(s) && !ts.isTypeAliasDeclaration(s) && !(ts.isImportDeclaration(s) && s.importClause?.isTypeOnly) && !(ts.isExportDeclaration(s) && s.isTypeOnly),
      );
      expect(values.map((s) => `${rel(f)}: ${s.getText(sf).slice(0, 60)}`)).toEqual([]);
    }
  });

  it('imports in lib run down the layers', () => {
    const up: string[] = [];
    for (const [file, deps] of GRAPH) {
      const a = rank(file);
      if (a === null) continue;
      for (const d of deps) {
        const b = rank(d);
        if (b === null) {
          if (!rel(d).startsWith('public/_locales/') && !rel(d).startsWith('package.json')) up.push(`${rel(file)} → ${rel(d)} (outside lib)`);
          continue;
        }
        const sameFolder = dirname(rel(file)).split('/')[1] === dirname(rel(d)).split('/')[1];
        if (b > a && !sameFolder) up.push(`${rel(file)} → ${rel(d)}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('shells import lib and components, never each other upward or the tests', () => {
    const bad: string[] = [];
    for (const [file, deps] of GRAPH) {
      const r = rel(file);
      for (const d of deps.map(rel)) {
        if (d.startsWith('tests/')) bad.push(`${r} → ${d}`);
        if (r.startsWith('components/') && d.startsWith('entrypoints/')) bad.push(`${r} → ${d}`);
        if (r.startsWith('entrypoints/') && d.startsWith('entrypoints/') && d.split('/')[1] !== r.split('/')[1]) bad.push(`${r} → ${d}`);
        if (r.startsWith('lib/') && !d.startsWith('lib/') && !d.startsWith('public/_locales/') && d !== 'package.json') bad.push(`${r} → ${d}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('there is no import cycle', () => {
    // Tarjan's strongly connected components over every source file
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const on = new Set<string>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    let n = 0;
    const visit = (v: string) => {
      index.set(v, n);
      low.set(v, n++);
      stack.push(v);
      on.add(v);
      for (const w of GRAPH.get(v) ?? []) {
        if (!GRAPH.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          scc.push(rel(w));
        } while (w !== v);
        if (scc.length > 1) cycles.push(scc.sort());
      }
    };
    for (const v of GRAPH.keys()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });
});
