/**
 * Property test of the likely culprit: perturb one or two cells of a consistent
 * report; the culprit named is a perturbed cell with its original value whenever
 * the perturbation is identifiable, and every correction offered really repairs
 * every relation (checked by the independent oracle of tests/helpers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import type { CellChange } from '../../lib/model';
import type { Finding } from '../../lib/result/schema';
import { reportText } from '../helpers/report-text';
import { brokenRelations, mulberry32, randomFilled, type Filled } from '../helpers/template-data';

const ARITH = new Set(['row-total', 'column-total', 'balance', 'appeal-total']);

function audit(f: Filled) {
  const r = auditText(reportText(f), 'prop').result;
  // the analysis never fails (its exception would be caught, said in `error`, and the findings left ungrouped)
  expect(r.error).toBeNull();
  return r.findings.filter((x) => ARITH.has(x.rule.split(':')[0]!));
}

/** A repair's changes applied to a copy of the values. */
function apply(f: Filled, table: string, changes: CellChange[]): Filled {
  const values = new Map(f.values);
  for (const c of changes) values.set(`${table}/${c.row}/${c.col}`, c.to);
  return { ...f, values };
}

function perturb(f: Filled, keys: string[], rng: () => number): Map<string, number> {
  const original = new Map<string, number>();
  for (const k of keys) {
    const old = f.values.get(k)!;
    original.set(k, old);
    const d = 1 + Math.floor(rng() * 6);
    f.values.set(k, old >= d && rng() < 0.5 ? old - d : old + d);
  }
  return original;
}

const requestKeys = (f: Filled) => [...f.values.keys()].filter((k) => k.startsWith('requests/'));
const appealKeys = (f: Filled) => [...f.values.keys()].filter((k) => k.startsWith('appeals/'));

describe.each(['2019', '2021'] as const)('culprit, template %s', (version) => {
  it('one wrong cell of 表三 is named, with its original value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), (seed, pick) => {
        const rng = mulberry32(seed);
        const f = randomFilled(rng, version);
        const keys = requestKeys(f);
        const key = keys[pick % keys.length]!;
        const original = perturb(f, [key], rng);
        const findings = audit(f);
        expect(findings.length).toBeGreaterThan(0);
        for (const x of findings) {
          expect(`requests/${x.culprit!.row}/${x.culprit!.col}`).toBe(key);
          expect(x.suggested).toBe(original.get(key));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('one wrong cell of 表四: named when only it can be corrected (others would go negative), else the analysis says it cannot tell', () => {
    let ambiguous = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), (seed, pick) => {
        const rng = mulberry32(seed);
        const f = randomFilled(rng, version);
        const keys = appealKeys(f);
        const key = keys[pick % keys.length]!;
        const original = perturb(f, [key], rng);
        const [x] = audit(f) as Finding[];
        if (x!.culprit) {
          expect(`appeals/${x!.culprit.row}/${x!.culprit.col}`).toBe(key);
          expect(x!.suggested).toBe(original.get(key));
        } else {
          ambiguous++;
          expect(x!.repair?.kind).toBe('ambiguous');
          const options = x!.repair?.kind === 'ambiguous' ? x!.repair.options : [];
          expect(options.length).toBeGreaterThan(1);
          for (const o of options) expect(brokenRelations(apply(f, 'appeals', o))).toEqual([]);
        }
      }),
      { numRuns: 30 },
    );
    // a group has one relation and five cells: most single errors cannot be told apart
    expect(ambiguous).toBeGreaterThan(10);
  });

  it('two wrong cells: a unique correction of two cells is exactly the perturbation; any correction offered repairs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.nat(), (seed, a, b) => {
        const rng = mulberry32(seed);
        const f = randomFilled(rng, version);
        const keys = requestKeys(f);
        const k1 = keys[a % keys.length]!;
        const k2 = keys[(a + 1 + (b % (keys.length - 1))) % keys.length]!;
        const original = perturb(f, [k1, k2], rng);
        const findings = audit(f);
        if (!findings.length) return; // two changes that cancel out in every relation
        const named = findings.find((x) => x.repair?.kind === 'unique');
        if (named?.repair?.kind === 'unique') {
          const changes = named.repair.changes;
          expect(brokenRelations(apply(f, 'requests', changes))).toEqual([]);
          if (changes.length === 2) {
            expect(new Map(changes.map((c) => [`requests/${c.row}/${c.col}`, c.to]))).toEqual(original);
          } else expect(changes.length).toBeLessThan(2);
          for (const x of findings) expect(x.culprit).not.toBeNull();
        } else if (findings[0]!.repair?.kind === 'ambiguous') {
          for (const o of findings[0]!.repair.options) {
            expect(brokenRelations(apply(f, 'requests', o))).toEqual([]);
            expect(o.length).toBeLessThanOrEqual(2);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
