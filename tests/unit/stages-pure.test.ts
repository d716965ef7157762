/**
 * Later stages return new values: the culprit analysis and the grouping leave the drafts the rules made as
 * they were (an exception in either leaves them whole, never half-annotated), and the audit comes out the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { buildModel } from '../../lib/pipeline/model';
import { RULES } from '../../lib/rules';
import { annotateRepairs } from '../../lib/analysis/culprit';
import { groupFindings } from '../../lib/analysis/group';
import { codeOf } from '../../lib/rules';
import type { Item } from '../../lib/analysis/group';

const text = readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8');

describe('the analysis stages', () => {
  it('return their repairs and groups without writing into the rules’ drafts', () => {
    const m = buildModel(auditText(text, 'seed').input!.blocks, auditText(text, 'seed').input!.meta, 'seed', {});
    const items: Item[] = RULES.flatMap((rule) => rule.check(m).map((draft, n) => {
      const code = draft.rule ?? rule.id;
      const reg = codeOf(code)!;
      return { id: `${code}#${n}`, draft, code, family: reg.family, severity: reg.severity, n };
    }));
    const before = JSON.stringify(items.map((it) => it.draft), (k, v) => (k === 'src' || k === 'relatedSrc' || k === 'parts' ? undefined : v));
    const repairs = annotateRepairs(m.mapping, items.map((it) => ({ draft: it.draft, family: it.family })));
    expect(repairs.size).toBeGreaterThan(0);
    groupFindings(m.mapping, items.map((it) => (repairs.has(it.draft) ? { ...it, draft: { ...it.draft, repair: repairs.get(it.draft) } } : it)));
    const after = JSON.stringify(items.map((it) => it.draft), (k, v) => (k === 'src' || k === 'relatedSrc' || k === 'parts' ? undefined : v));
    expect(after).toBe(before);
    expect(items.some((it) => it.draft.repair)).toBe(false);
  });
});
