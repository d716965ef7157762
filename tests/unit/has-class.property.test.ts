/**
 * hasClass (lib/page/dom-text.ts) answers as the class attribute split at \s would, without making the list: the
 * content root's containers and the page's headings are found by it on every element of the light tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageElement } from '../../lib/model';
import { classAttr, hasClass as hasIn } from '../../lib/page/dom-text';

const el = (cls: string | null) => ({ getAttributeNode: (n: string) => (n === 'class' && cls !== null ? { name: 'class', value: cls } : null) }) as unknown as PageElement;
const hasClass = (e: PageElement, name: string) => hasIn(classAttr(e), name);
const reference = (cls: string | null, name: string) => (cls ?? '').split(/\s+/).filter(Boolean).includes(name);

const NAMES = ['title', 'TRS_Editor', 'view', 'TRS_UEDITOR', 'content'];
// pieces of class names, and what separates them or does not (a zero-width space is no \s; a hyphen joins)
const TOKENS = ['title', 'titles', 'sub-title', 'TRS_Editor', 'TRS_Editor2', 'view', 'x', 'content', 'Content', '标题'];
const GAPS = [' ', '  ', '\t', '\n', '\r\n', '\f', '\v', '\u00a0', '\u3000', '\u2009', '\u202f', '\ufeff', '\u200b', '-', '', '\u2028'];

describe('hasClass', () => {
  it('agrees with the split list on any class attribute', () => {
    const attr = fc.option(fc.array(fc.tuple(fc.constantFrom(...GAPS), fc.constantFrom(...TOKENS)), { maxLength: 6 }).chain((parts) => fc.constantFrom(...GAPS).map((tail) => parts.map(([g, t]) => g + t).join('') + tail)), { nil: null });
    fc.assert(fc.property(attr, fc.constantFrom(...NAMES), (cls, name) => hasClass(el(cls), name) === reference(cls, name)), { numRuns: 3000 });
  });

  it('at the edges: the first and last class, a name inside another, no attribute', () => {
    expect(hasClass(el('title'), 'title')).toBe(true);
    expect(hasClass(el('a title'), 'title')).toBe(true);
    expect(hasClass(el('title\u3000a'), 'title')).toBe(true);
    expect(hasClass(el('subtitle title2'), 'title')).toBe(false);
    expect(hasClass(el('titletitle title'), 'title')).toBe(true);
    expect(hasClass(el('sub-title'), 'title')).toBe(false);
    expect(hasClass(el('title\u200b'), 'title')).toBe(false);
    expect(hasClass(el(''), 'title')).toBe(false);
    expect(hasClass(el(null), 'title')).toBe(false);
    expect(hasClass(el('x y'), '')).toBe(false);
  });
});
