/**
 * Every report page, turned into the three text forms archives and copies produce
 * (tests/helpers/flatten.ts) and the five a crawl archive keeps tables in (cells closed by pipes: pipe-forms.ts), gives the findings the page gives — or, where the form
 * destroyed a row, fewer of them and a needs-review finding that says so. Never a
 * new error or warning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import type { ReportResult } from '../../lib/result/schema';
import { MARKUPS, renderReport } from '../helpers/report-html';
import { brokenRelations, mulberry32, randomFilled } from '../helpers/template-data';
import { TEXT_FORMS, toTextForm } from '../helpers/flatten';
import { PIPE_FORMS, toPipeForm } from '../helpers/pipe-forms';

const serious = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').flatMap((f) => (f.covers.length ? f.covers : [f.id])).sort();
const review = (r: ReportResult) => r.findings.filter((f) => f.needsReview);

/** The text form's serious findings are the page's; a form that lost some says why in a needs-review finding. */
function sameOrReviewed(page: ReportResult, text: ReportResult) {
  const want = serious(page);
  const got = serious(text);
  expect(got.filter((id) => !want.includes(id)), 'a finding the page does not give').toEqual([]);
  if (got.length < want.length) expect(review(text).length, `lost ${want.filter((id) => !got.includes(id))} without a needs-review finding`).toBeGreaterThan(0);
  expect(text.isReport).toBe(true);
  expect(text.template).toBe(page.template);
  expect(text.year).toBe(page.year);
}

const PAGES = readdirSync(new URL('../fixtures/pages/', import.meta.url)).filter((n) => n.startsWith('report-') || n === 'sample-report.html');
const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

/** The three flattened forms (tests/helpers/flatten.ts) and a crawl archive's five pipe forms (tests/helpers/pipe-forms.ts). */
const FORMS: { name: string; text: (html: string) => string }[] = [
  ...TEXT_FORMS.map((form) => ({ name: form, text: (html: string) => toTextForm(html, form) })),
  ...PIPE_FORMS.map((form) => ({ name: form, text: (html: string) => toPipeForm(html, form) })),
];

describe.each(FORMS)('a report page as $name text', ({ name: formName, text: form }) => {
  it.each(PAGES)('%s', (name) => {
    const html = page(name);
    sameOrReviewed(auditHtml(html, name).result, auditText(form(html), `${name}.txt`).result);
  });

  // textContent (flattened) leaves nothing of a blank cell and runs the digits together: a row broken on purpose is wrong
  // in every reading, but which cell cannot be told — said at another cell than the page's. Consistent reports only there.
  it.each(['2019', '2021'] as const)('generated %s reports in every markup with 表三’s and 表四’s zeros printed blank', (version) => {
    for (const seed of formName === 'flattened' ? [32, 34, 36] : [31, 32, 33, 34]) {
      const f = randomFilled(mulberry32(seed), version, '测试街道');
      if (seed % 2) f.values.set('requests/result.partial/natural', f.values.get('requests/result.partial/natural')! + 2);
      f.raw = new Map([...f.values].filter(([k, v]) => v === 0 && !k.startsWith('active/')).map(([k]) => [k, '']));
      for (const markup of MARKUPS) {
        const html = renderReport(f, markup, mulberry32(seed));
        sameOrReviewed(auditHtml(html, 'g.html').result, auditText(form(html), 'g.txt').result);
      }
    }
  });

  it.each(['2019', '2021'] as const)('generated %s reports in every markup, consistent and with a changed cell', (version) => {
    for (const seed of [21, 22, 23, 24, 25, 26]) {
      const f = randomFilled(mulberry32(seed), version, '测试街道');
      if (seed % 2) f.values.set('requests/result.partial/natural', f.values.get('requests/result.partial/natural')! + 2);
      expect(brokenRelations(f).length > 0).toBe(seed % 2 === 1);
      for (const markup of MARKUPS) {
        const html = renderReport(f, markup, mulberry32(seed));
        sameOrReviewed(auditHtml(html, 'g.html').result, auditText(form(html), 'g.txt').result);
      }
    }
  });
});
