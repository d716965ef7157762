/**
 * The template's label reading gives, for every label the fixtures print and the
 * forms pages give it, the answers recorded in tests/fixtures/label-answers.json
 * (written by the regex lists of commit c2e376a: the word tables that replaced them
 * for speed must read every label alike). See scripts/label-answers.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLabel, itemNumber } from '../../lib/template/labels';
import { detectVersion } from '../../lib/template/version';

const ANSWERS = JSON.parse(readFileSync(new URL('../fixtures/label-answers.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('label reading', () => {
  it('answers every recorded label as recorded', () => {
    const labels = Object.keys(ANSWERS);
    expect(labels.length).toBeGreaterThan(2000);
    // template labels of every kind are among them, not only numbers and prose
    const kinds = new Set(labels.map((t) => (ANSWERS[t] as { info: { kind: string } | null }).info?.kind).filter(Boolean));
    expect([...kinds].sort()).toEqual(['ambiguous', 'col', 'group', 'header', 'item', 'phase', 'row', 'total']);
    const got: Record<string, unknown> = {};
    for (const t of labels) {
      const m = detectVersion([t], null).markers;
      got[t] = JSON.parse(JSON.stringify({ info: classifyLabel(t), item: itemNumber(t), v2019: m['2019'].length > 0, v2021: m['2021'].length > 0 }));
    }
    const differ = labels.filter((t) => JSON.stringify(got[t]) !== JSON.stringify(ANSWERS[t]));
    expect(differ.map((t) => ({ label: t, now: got[t], recorded: ANSWERS[t] }))).toEqual([]);
  });
});
