/**
 * The template's arithmetic as data (lib/template/relations.ts): which relations a mapping's shape draws, when a
 * relation can be checked at all (a cell missing, every cell blank, a printed total over blank parts), and what its
 * parts add up to.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mapping } from '../../lib/model';
import { auditText } from '../../lib/pipeline/audit';
import { checkable, expectedValue, relations, type Relation } from '../../lib/template/relations';
import { orgSubtotalText, reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

let mapping: Mapping;
beforeEach(() => {
  mapping = auditText(reportText(randomFilled(mulberry32(5), '2019', '测试街道')), 'test').model!.mapping;
});

const balance = (m: Mapping) => relations(m).find((r) => r.family === 'balance' && r.target === 'result.total/total')!;
const cells = (m: Mapping) => m.tables.requests.cells;

describe('the relations a mapping draws', () => {
  it('a 小计 column the template lacks adds one subtotal per row; without it, none', () => {
    const orgSubtotals = (m: Mapping) => relations(m).filter((r) => r.family === 'subtotal' && r.target.endsWith('/org_subtotal'));
    expect(orgSubtotals(mapping)).toEqual([]);
    const withSubtotal = auditText(orgSubtotalText(), 'test').model!.mapping;
    expect(orgSubtotals(withSubtotal).map((r) => [r.family, r.target, r.plus])).toEqual(
      withSubtotal.tables.requests.rows.map((row) => ['subtotal', `${row}/org_subtotal`, ['business', 'research', 'public_interest', 'legal_service', 'other_org'].map((c) => `${row}/${c}`)]),
    );
  });

  it('drawn again when the mapping’s shape changes, the same array while it does not', () => {
    const first = relations(mapping);
    expect(relations(mapping)).toBe(first);
    const rows = mapping.tables.requests.rows;
    mapping.tables.requests.rows = rows.slice(0, -1);
    const second = relations(mapping);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThan(first.length);
  });

  it('shared by the reports of one shape; drawn anew for another row of the same count, or a group row printed', () => {
    const other = auditText(reportText(randomFilled(mulberry32(9), '2019', '别的街道')), 'other').model!.mapping;
    expect(other).not.toBe(mapping);
    expect(relations(other)).toBe(relations(mapping));
    // as many rows, one of them another: its row total is drawn, not the first's
    const rows = other.tables.requests.rows;
    other.tables.requests.rows = [...rows.slice(0, -1), 'result.other'];
    expect(relations(other).some((r) => r.target === 'result.other/total')).toBe(true);
    expect(relations(other).some((r) => r.target === `${rows.at(-1)}/total`)).toBe(false);
    other.tables.requests.rows = rows;
    // a group's row printed (（三）不予公开 as a line of its own): the total adds it, and its items make its subtotal
    const group = relations(other).find((r) => r.family === 'column-total' && r.target === 'result.total/total')!;
    const printed = group.plus.find((k) => /^result\.[a-z_]+\.1\//.test(k))!.replace(/\.1\//, '/');
    other.tables.requests.rowSrc.set(printed.split('/')[0]!, null as never);
    const withGroup = relations(other);
    expect(withGroup).not.toBe(relations(mapping));
    expect(withGroup.find((r) => r.family === 'column-total' && r.target === 'result.total/total')!.plus).toContain(printed);
    expect(withGroup.some((r) => r.family === 'subtotal' && r.target === printed)).toBe(true);
    // as many group rows printed, but another group: drawn anew, not the first's
    const second = group.plus.filter((k) => /^result\.[a-z_]+\.1\//.test(k)).map((k) => k.replace(/\.1\/.*$/, ''))[1]!;
    mapping.tables.requests.rowSrc.set(second, null as never);
    expect(relations(mapping).some((r) => r.family === 'subtotal' && r.target.startsWith(`${second}/`))).toBe(true);
    expect(relations(mapping).some((r) => r.family === 'subtotal' && r.target === printed)).toBe(false);
  });
});

describe('checkable', () => {
  it('a relation whose target or any part is not in the mapping cannot be checked', () => {
    const r = balance(mapping);
    expect(checkable(mapping, r)).toBe('yes');
    cells(mapping).delete('result.total/total');
    expect(checkable(mapping, r)).toBe('no');
    expect(expectedValue(mapping, r)).not.toBeNull();
  });

  it('a missing term, added or taken away, leaves no expected value', () => {
    const r = balance(mapping);
    const carriedOut = cells(mapping).get('carried_out/total')!;
    cells(mapping).delete('carried_out/total');
    expect(checkable(mapping, r)).toBe('no');
    expect(expectedValue(mapping, r)).toBeNull();
    cells(mapping).set('carried_out/total', carriedOut);
    cells(mapping).delete('new/total');
    expect(checkable(mapping, r)).toBe('no');
    expect(expectedValue(mapping, r)).toBeNull();
  });

  it('every cell blank: nothing to check; a printed total over blank parts: parts-blank; one part printed: yes', () => {
    const r: Relation = { family: 'row-total', table: 'requests', target: 'new/total', plus: ['new/natural', 'new/business'], minus: [] };
    const blank = (key: string, b: boolean) => cells(mapping).set(key, { ...cells(mapping).get(key)!, blank: b, value: b ? 0 : 4 });
    blank('new/natural', true);
    blank('new/business', true);
    blank('new/total', true);
    expect(checkable(mapping, r)).toBe('no');
    blank('new/total', false);
    expect(checkable(mapping, r)).toBe('parts-blank');
    blank('new/business', false);
    expect(checkable(mapping, r)).toBe('yes');
    blank('new/total', true);
    expect(checkable(mapping, r)).toBe('yes');
  });

  it('expectedValue: the parts added and the minus terms taken away, to a millionth', () => {
    const r: Relation = { family: 'balance', table: 'requests', target: 'result.total/total', plus: ['new/total', 'carried_in/total'], minus: ['carried_out/total'] };
    const set = (key: string, value: number) => cells(mapping).set(key, { ...cells(mapping).get(key)!, value });
    set('new/total', 0.1);
    set('carried_in/total', 0.2);
    set('carried_out/total', 0.05);
    expect(expectedValue(mapping, r)).toBe(0.25);
  });
});
