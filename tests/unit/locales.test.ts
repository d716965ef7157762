/** The locale files load in Chrome and Firefox, and every key exists in both languages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
const zh = load('zh_CN');
const en = load('en');

describe('locale files', () => {
  it('keys are what the browsers accept: ASCII letters, digits and _', () => {
    for (const k of [...Object.keys(zh), ...Object.keys(en)]) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });
  it('Chinese and English have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) {
      const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      expect(names(en[k]!.message), k).toEqual(names(zh[k]!.message));
    }
  });
  it('no message uses $, which browsers read as a placeholder', () => {
    for (const v of [...Object.values(zh), ...Object.values(en)]) expect(v.message).not.toContain('$');
  });
});
