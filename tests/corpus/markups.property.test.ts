/**
 * Property test: a template filled with random consistent numbers, rendered in
 * each markup real sites use, audits clean; change one cell and exactly the
 * relations that cell breaks are found — now as grouped findings: one finding on
 * the changed cell (when the data can tell it) whose `covers` name every relation's
 * id, at the cells report-model.md names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { MARKUPS, renderReport } from '../helpers/report-html';
import { brokenRelations, cellKeys, mulberry32, randomFilled, type Filled } from '../helpers/template-data';

const RUNS = 12;
/** The families the oracle of tests/helpers computes independently (plausibility and text are tested apart). */
const ORACLE = new Set(['row-total', 'column-total', 'balance', 'appeal-total', 'stock']);

/** `family:table:row:col` ids → `family:table/row/col`, the oracle's names. */
const asKey = (id: string) => {
  const [family, table, row, col] = id.split(':');
  return `${family}:${table}/${row}/${col}`;
};

function flagged(html: string) {
  const a = auditHtml(html, 'prop');
  // the engine's own stages never fail on a report (a stage's exception is caught and said in `error`)
  expect(a.result.error).toBeNull();
  return {
    audit: a,
    keys: a.result.findings
      .filter((f) => ORACLE.has(f.rule.split(':')[0]!))
      .flatMap((f) => (f.covers.length ? f.covers : [f.id]).map(asKey))
      .sort(),
  };
}

describe.each(['2019', '2021'] as const)('template %s', (version) => {
  describe.each(MARKUPS)('markup %s', (markup) => {
    it('consistent numbers give no finding at all', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
          const rng = mulberry32(seed);
          const f = randomFilled(rng, version);
          const { audit } = flagged(renderReport(f, markup, rng));
          expect(audit.result.isReport).toBe(true);
          expect(audit.result.template).toBe(version);
          expect(audit.result.findings.map((x) => x.id)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });

    it('one changed cell gives exactly the relations it breaks, at the named cells', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.integer({ min: 1, max: 7 }), (seed, pick, delta) => {
          const rng = mulberry32(seed);
          const f: Filled = randomFilled(rng, version);
          const keys = cellKeys(f);
          const key = keys[pick % keys.length]!;
          const old = f.values.get(key)!;
          f.values.set(key, old >= delta && pick % 2 ? old - delta : old + delta);
          const expected = brokenRelations(f).map((b) => `${b.family}:${b.cell}`).sort();
          const { keys: got, audit } = flagged(renderReport(f, markup, rng));
          expect(got).toEqual(expected);
          // one cause, one finding: a changed cell whose relations tell it apart carries them all
          const grouped = audit.result.findings.filter((x) => x.covers.length > 1);
          for (const x of grouped) expect(`${x.table}/${x.cell?.row}/${x.cell?.col}`).toBe(key);
          // every flagged cell points back at the page element that prints it
          for (const x of audit.result.findings) {
            const el = audit.sources.get(x.id)?.cell?.el;
            expect(el, x.id).toBeTruthy();
            if (x.actual !== null && x.rule !== 'stock:items') {
              expect(el!.textContent!.normalize('NFKC').replace(/\D/g, '') || '0', x.id).toContain(String(Math.abs(x.actual)).replace(/\D/g, ''));
            }
          }
        }),
        { numRuns: RUNS },
      );
    });
  });
});
