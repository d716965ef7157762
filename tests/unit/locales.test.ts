/**
 * The locale files load in Chrome and Firefox, every key exists in both languages,
 * and every key a rule, a formatter or a shell uses is in them — `t()` and
 * `formatMessage` print the key itself when it is missing, so nothing else would
 * notice.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TREND_FIGURES } from '../../lib/store/trend';
import { FAMILIES, SEVERITIES, Verdict } from '../../lib/result/schema';
import { CODES } from '../../lib/rules';
import type { ClaimKind } from '../../lib/text/claims';
import { APPLICANT_KINDS } from '../../lib/text/applicants';
import { auditText } from '../../lib/pipeline/audit';
import { auditHtml } from '../../lib/node';
import { culpritText, formatMessage } from '../../lib/result/wording';
import { toCsv, toMarkdown } from '../../lib/result/format';

const ROOT = new URL('../../', import.meta.url).pathname;
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const zh = load('zh_CN');
const en = load('en');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}
const SOURCES = ['lib', 'components', 'entrypoints'].flatMap((d) => files(join(ROOT, d))).map((p) => [p.slice(ROOT.length), readFileSync(p, 'utf8')] as const);

/** Keys built from a prefix and a value: every prefix a source uses must be listed here with its values. */
const CLAIMS: ClaimKind[] = [
  'requests-received', 'requests-carried-in', 'requests-carried-out', 'requests-answered',
  'disclosed-or-partial', 'disclosed', 'partial', 'withheld', 'unavailable', 'not-processed', 'other-handling', 'reviews', 'lawsuits',
  'procurement-count', 'procurement-amount', 'normative-issued', 'rules-issued', 'normative-in-force', 'rules-in-force',
  'normative-repealed', 'rules-repealed', 'penalties', 'licences',
];
const DYNAMIC: Record<string, string[]> = {
  ui_sev_: [...SEVERITIES],
  ui_sev1_: [...SEVERITIES],
  ui_verdict_: Verdict.options.map((v) => v.replace('-', '_')),
  ui_status_: ['open', 'confirmed', 'dismissed'],
  ui_note_: ['saving', 'saved', 'failed'],
  fam_: FAMILIES.map((f) => f.replace(/-/g, '_')),
  claim_: CLAIMS.map((c) => c.replace(/-/g, '_')),
  applicant_: [...APPLICANT_KINDS],
  lvl_: ['township', 'county', 'municipal', 'provincial', 'national'],
  range_: ['department', 'government'],
  count_: ['1', '2', '3', '4', '5', '6', '7'],
  kind_: ['department', 'government', 'township'],
  date_: ['signed', 'published'],
  prov_: ['title', 'meta', 'signature', 'text', 'auditor', 'period', 'name'],
  agree_: ['agree', 'disagree', 'undecided', 'consistent', 'none'],
  agree_year_: ['agree', 'disagree', 'undecided', 'consistent', 'none'],
  ui_fig_: TREND_FIGURES.map((f) => f.key),
  // the ranking's columns (lib/ranking/columns.ts)
  x_rank_: [
    'rank', 'organ', 'level', 'year', 'address', 'verdict', 'score', 'errors', 'warnings', 'review', 'date', 'due', 'days_late', 'copied', 'copies',
    'copies_address', 'cross_year', 'sections_missing', 'others',
  ],
  group_: ['disclosed', 'partial', 'withheld', 'unavailable', 'not_processed', 'other', 'disclosed_or_partial', 'lawsuits'],
  f_deadline_: ['late', 'early', 'late_both', 'early_both'],
  x_: [
    'id', 'page', 'title', 'organ', 'year', 'rule', 'family', 'severity', 'table', 'row', 'col', 'cell', 'printed', 'expected', 'message',
    'where', 'culprit', 'suggested', 'rule_text', 'status', 'note', 'md_title', 'template', 'verdict', 'score', 'counts', 'dated', 'published',
    'none', 'not_report', 'sev', 'error', 'codes', 'evidence',
  ],
};

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

describe('every key used exists in both locales', () => {
  it('literal keys in the sources: tr(…), t(…), msg: …, @words, message keys a rule returns', () => {
    const missing: string[] = [];
    const patterns = [
      /\btr?\(\s*'([A-Za-z0-9_]+)'/g,
      /\bmsg:\s*'([A-Za-z0-9_]+)'/g,
      /'@([A-Za-z0-9_]+)'/g,
      /=>\s*\(?['"](f_[a-z0-9_]+)['"]/g,
      /\?\s*'(f_[a-z0-9_]+)'\s*:\s*'(f_[a-z0-9_]+)'/g,
      /\bi18n\(\s*'([A-Za-z0-9_]+)'/g,
    ];
    let found = 0;
    for (const [path, src] of SOURCES) {
      for (const re of patterns) {
        for (const m of src.matchAll(re)) {
          for (const key of m.slice(1).filter(Boolean)) {
            found++;
            if (!zh[key] || !en[key]) missing.push(`${path}: ${key}`);
          }
        }
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('keys built from a prefix: every prefix is known here, and each of its values is in both locales', () => {
    const unknown: string[] = [];
    for (const [path, src] of SOURCES) {
      for (const m of src.matchAll(/(?:\btr?\(\s*`|`@|\bmsg:[^`\n]{0,40}`)([a-z][a-z0-9]*_(?:[a-z0-9]+_)*)\$\{/g)) if (!DYNAMIC[m[1]!]) unknown.push(`${path}: ${m[1]}`);
    }
    expect(unknown).toEqual([]);
    const missing = Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((v) => prefix + v)).filter((k) => !zh[k] || !en[k]);
    expect(missing).toEqual([]);
  });

  it('every finding code of the registry formats in both languages without a stray key or placeholder', () => {
    const seeds = readdirSync(join(ROOT, 'tests/fixtures')).filter((n) => n.endsWith('.txt'));
    const pages = readdirSync(join(ROOT, 'tests/fixtures/pages')).filter((n) => n.endsWith('.html'));
    const results = [
      ...seeds.map((n) => auditText(readFileSync(join(ROOT, 'tests/fixtures', n), 'utf8'), n).result),
      ...pages.map((n) => auditHtml(readFileSync(join(ROOT, 'tests/fixtures/pages', n), 'utf8'), n).result),
    ];
    const findings = results.flatMap((r) => r.findings);
    expect(findings.length).toBeGreaterThan(30);
    for (const f of findings) {
      for (const lang of ['zh', 'en'] as const) {
        const text = formatMessage(f, lang) + (culpritText(f, lang) ?? '');
        expect(text, `${f.id} ${lang}`).not.toMatch(/\{\w+\}|\bf_[a-z_]+|\bculprit_[a-z0-9_]+|@[a-z_]+/);
      }
    }
    for (const lang of ['zh', 'en'] as const) {
      expect(toCsv(results, lang)).not.toMatch(/"x_[a-z_]+"|"fam_|"ui_/);
      expect(toMarkdown(results, lang)).not.toMatch(/\bx_[a-z_]+\b|\bfam_|\bui_/);
    }
    for (const [code, c] of CODES) {
      expect(c.zh, code).toMatch(/[\u4e00-\u9fff]/);
      // English without Chinese punctuation (a full-width colon or list comma in English reads as a slip)
      expect(c.en, code).not.toMatch(/[：、，。；]/);
    }
  });
});
