/** The registry of finding codes refuses a code declared twice, or outside its rule's family, naming both. */
import { describe, expect, it } from 'vitest';
import { register } from '../../lib/rules';
import type { Rule } from '../../lib/rules';

const rule = (id: string, family: Rule['family'], codes: string[]): Rule => ({
  id,
  family,
  codes: Object.fromEntries(codes.map((c) => [c, { severity: 'warning', zh: '说明文字。', en: 'A description.' }])),
  check: () => [],
});

describe('the code registry', () => {
  it('registers each code with its family and rule', () => {
    const codes = register([rule('stock', 'stock', ['stock', 'stock:items'])]);
    expect([...codes.values()].map((c) => [c.code, c.family, c.rule, c.severity])).toEqual([
      ['stock', 'stock', 'stock', 'warning'],
      ['stock:items', 'stock', 'stock', 'warning'],
    ]);
  });
  it('a code declared twice, or outside its rule’s family, stops it, naming both', () => {
    expect(() => register([rule('stock', 'stock', ['stock']), rule('stock:again', 'stock', ['stock'])])).toThrow('finding code stock is declared twice (stock, stock:again)');
    expect(() => register([rule('deadline', 'deadline', ['stock:late'])])).toThrow("finding code stock:late is outside its rule's family deadline");
  });
});
