/**
 * The content script runs on every page the browser opens, and most are not reports: what its modules do as
 * they load is paid on every one. Building zod schemas costs milliseconds and about a megabyte of
 * allocations (measured on 2026-12-07: 5–7 ms of a news page's load before this test), so no module the
 * content script imports may build a schema at load — schemas it needs are built on first use
 * (`lazily`, lib/zod.ts). The module graph is esbuild's, each module read with TypeScript's parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const ENTRY = 'entrypoints/content/index.ts';

/** The project's modules the content script loads (esbuild's module graph of the entry). */
async function contentModules(): Promise<string[]> {
  const r = await build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    alias: { '@': '.' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    external: ['wxt', 'wxt/*', '*.css?inline'],
  });
  return Object.keys(r.metafile.inputs).filter((f) => /^(lib|components|entrypoints)\//.test(f));
}

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.ClassDeclaration,
]);

/**
 * What a module runs as it loads that builds a schema: `z.…` outside every function body, or a call of a
 * lazily built schema (`…Schema()`) there. lib/zod.ts itself configures zod (`z.config`, its Chinese words), which builds none.
 */
export function schemasBuiltAtLoad(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (FUNCTION_KINDS.has(n.kind) || ts.isTypeNode(n) || ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText(sf);
      const zod = /^z\./.test(callee) && !(file === 'lib/zod.ts' && /^z\.(config|locales\.)/.test(callee));
      if (zod || /schema$/i.test(callee)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${callee}(…)`);
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

describe('the content script builds no schema as it loads', () => {
  it('none of the modules it imports builds a zod schema at load', async () => {
    const modules = await contentModules();
    // the graph is the real one: the engine and the schemas the content script builds on first use are in it
    expect(modules).toEqual(expect.arrayContaining(['lib/pipeline/audit.ts', 'lib/zod.ts', 'lib/ext/to-content.ts', 'lib/result/review-schema.ts']));
    const built = modules.flatMap((f) => schemasBuiltAtLoad(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(built).toEqual([]);
  });

  it('the finder sees a schema built at load, and not one built inside a function', () => {
    const src = [
      "import { lazily, z } from './zod';",
      'export const A = z.object({ a: z.string() });',
      'const b = lazily(() => z.object({ b: z.number() }));',
      'export const C = b();',
      'export const D = reviewSchema();',
      'export function e() { return z.string(); }',
      'class F { g = z.string(); }',
      'type H = z.infer<typeof A>;',
      'z.config({});',
    ].join('\n');
    expect(schemasBuiltAtLoad('lib/x.ts', src)).toEqual(['lib/x.ts:2 z.object(…)', 'lib/x.ts:2 z.string(…)', 'lib/x.ts:5 reviewSchema(…)', 'lib/x.ts:9 z.config(…)']);
    expect(schemasBuiltAtLoad('lib/zod.ts', 'z.config({ jitless: true });')).toEqual([]);
  });

  it('before the change it guards, the content script built them through lib/ext/messages.ts', () => {
    const messages = schemasBuiltAtLoad('lib/ext/messages.ts', readFileSync(join(ROOT, 'lib/ext/messages.ts'), 'utf8'));
    expect(messages.length).toBeGreaterThan(5);
  });
});
