/** The engine in lib/ touches no browser extension API, storage or window globals. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = new URL('../../lib/', import.meta.url).pathname;
/** The engine's layers (tests/unit/architecture.test.ts orders them); the shells' libraries above them may use the browser. */
const ENGINE_DIRS = ['model', 'text', 'template', 'grid', 'page', 'readers', 'rules', 'analysis', 'result', 'history', 'pipeline'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('engine purity', () => {
  const sources = ENGINE_DIRS.filter((d) => existsSync(join(LIB, d))).flatMap((d) => files(join(LIB, d)));
  it.each(sources.map((s) => [s.slice(LIB.length), s]))('%s', (_, path) => {
    const src = readFileSync(path, 'utf8');
    expect(src).not.toMatch(/from ['"](?:wxt\/browser|webextension-polyfill|#imports|node:)/);
    expect(src).not.toMatch(/\b(?:browser|chrome)\.(?:runtime|storage|tabs|action|i18n)\b/);
    expect(src).not.toMatch(/\b(?:window|localStorage|sessionStorage|globalThis)\b\s*[.[]/);
  });
});
