/**
 * The CLI bundle's patch of linkedom (scripts/linkedom-lazy.mjs): it must still apply to the
 * linkedom we install (a silent fallback would lose a tenth of the CLI's speed unnoticed), and
 * the patched module must still deliver events.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyListeners, linkedomEsm } from '../../scripts/linkedom-lazy.mjs';
import { fullDomParser } from '../../lib/node';

const linkedomDir = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
const file = join(linkedomDir, 'esm/interface/event-target.js');

function transform(path: string): string {
  let load: ((args: { path: string }) => { contents: string }) | null = null;
  lazyListeners.setup({ onLoad: (_o: unknown, cb: typeof load) => void (load = cb) } as never);
  return load!({ path }).contents;
}

describe('linkedom lazy listeners', () => {
  it('applies to the installed linkedom: no Map made per node, one made at the first listener', () => {
    const out = transform(file);
    expect(out).not.toBe(readFileSync(file, 'utf8'));
    expect(out).not.toContain('wm.set(this, new Map);');
    expect(out).toContain('if (!map) wm.set(this, (map = new Map));');
  });

  it('the patched module still adds, delivers and removes listeners', async () => {
    const src = transform(file).replace(/^import .*$/gm, '').replace(/export \{[^}]*\};?/g, '').replace(/^export /gm, '');
    const DOMEventTarget = new Function(`${src}; return DOMEventTarget;`)() as new () => {
      addEventListener(t: string, l: (e: unknown) => void): void;
      removeEventListener(t: string, l: (e: unknown) => void): void;
      dispatchEvent(e: unknown): boolean;
    };
    const t = new DOMEventTarget();
    const got: string[] = [];
    const l = (e: unknown) => got.push((e as { type: string }).type);
    t.removeEventListener('x', l);
    t.addEventListener('x', l);
    const ev = () => ({ type: 'x', bubbles: false, _path: [] as unknown[], CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 });
    t.dispatchEvent(ev());
    t.removeEventListener('x', l);
    t.dispatchEvent(ev());
    expect(got).toEqual(['x']);
  });

  it('the engine\'s require of linkedom is bundled as its ES module build (one htmlparser2 in the bundle); imports left alone', () => {
    let resolve: ((args: { path: string; kind: string }) => { path: string } | undefined) | null = null;
    linkedomEsm.setup({ onResolve: (o: { filter: RegExp }, cb: typeof resolve) => void (o.filter.test('linkedom') && !o.filter.test('linkedom/cached') && (resolve = cb)) } as never);
    expect(resolve!({ path: 'linkedom', kind: 'require-call' })).toEqual({ path: join(linkedomDir, 'esm/index.js') });
    expect(resolve!({ path: 'linkedom', kind: 'import-statement' })).toBeUndefined();
  });

  it('applies to linkedom\'s CommonJS build too, should a require reach it', () => {
    const cjs = join(linkedomDir, 'cjs/interface/event-target.js');
    expect(transform(cjs)).toContain('if (!map) wm.set(this, (map = new Map));');
  });

  it('fullDomParser: linkedom when first asked for, the same parser after', () => {
    const parse = fullDomParser();
    expect(parse('<p>一</p>').document.querySelector('p')?.textContent).toBe('一');
    expect(fullDomParser()).toBe(parse);
  });
});
