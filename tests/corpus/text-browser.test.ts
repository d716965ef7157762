/**
 * Report pages as text browsers dump them (tests/fixtures/text-browser/README.md): w3m draws a table with box-drawing
 * characters (read by lib/grid/box-table.ts), lynx sets each cell a paragraph, elinks aligns a table without borders in
 * columns. Each text raises no error or warning its page does not, but for the known cases below, asserted as they are
 * so that a change shows; and as many of the pages' errors and warnings as it did.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import type { ReportResult } from '../../lib/result/schema';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const TEXTS = readdirSync(new URL('text-browser/', FIXTURES));
const read = (path: string) => readFileSync(new URL(path, FIXTURES), 'utf8');

/** Errors and warnings, each as its code, table, row and column. */
const counted = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();

const TOOLS = [
  { tool: 'w3m', suffix: '.w3m.txt', wrong: {} as Record<string, string[]>, found: { raised: 11, printed: 12 } },
  { tool: 'lynx', suffix: '.lynx.txt', wrong: {} as Record<string, string[]>, found: { raised: 9, printed: 12 } },
  {
    tool: 'elinks',
    suffix: '.elinks.txt',
    // a table without borders set in columns, a label wrapped above and below its values (as pdftotext -layout sets a
    // PDF): known, not yet read as the page (the same causes as the -layout texts' in tests/corpus/pdf-text.test.ts)
    wrong: {
      'report-2019-split.elinks.txt': [
        'row-total requests result.disclosed/total',
        'row-total requests result.not_processed.4/total',
        'shape:extra-values requests result.not_processed.4/*',
        'shape:missing-row requests result.not_processed.3/*',
      ],
      'report-city-bureau.elinks.txt': [
        'column-total:with-blanks requests result.total/other_org',
        'column-total:with-blanks requests result.total/public_interest',
        'column-total:with-blanks requests result.total/research',
        'column-total:with-blanks requests result.total/total',
      ],
    } as Record<string, string[]>,
    found: { raised: 10, printed: 12 },
  },
];

describe.each(TOOLS)('report pages as $tool dumps them', ({ suffix, wrong, found }) => {
  const texts = TEXTS.filter((f) => f.endsWith(suffix)).sort();
  const seen = { raised: 0, printed: 0 };

  it('holds a text for every report page', () => {
    expect(texts.length).toBe(17);
  });

  it.each(texts)('%s raises nothing its page does not', (text) => {
    const name = text.slice(0, -suffix.length) + '.html';
    const dir = ['pages/', 'real/fujian/', 'real/fujian2/'].find((d) => existsSync(new URL(d + name, FIXTURES)))!;
    const page = auditHtml(read(dir + name), name).result;
    const t = auditText(read(`text-browser/${text}`), text).result;
    expect([t.isReport, t.year, t.template]).toEqual([page.isReport, page.year, page.template]);
    seen.printed += counted(page).length;
    seen.raised += counted(page).filter((f) => counted(t).includes(f)).length;
    expect(counted(t).filter((f) => !counted(page).includes(f))).toEqual(wrong[text] ?? []);
  });

  it("raises as many of the pages' errors and warnings as it did", () => {
    expect(seen).toEqual(found);
  });
});
