/**
 * A report PDF's text as a viewer's copy gives it (pdftotext, tests/tools/documents/copy-text.sh): labels after
 * their numbers, group labels at the end of their table, blank cells gone. Its relations are read where its rows
 * stayed in order and said to need review where they did not: never a finding the PDF itself does not give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import { auditText } from '../../lib/pipeline/audit';
import type { ReportResult } from '../../lib/result/schema';

const doc = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url)));
const serious = (r: ReportResult) => r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').flatMap((f) => (f.covers.length ? f.covers : [f.id])).sort();

describe('text copied out of a report PDF', () => {
  it.each([
    ['blank-2021-chromium', ['shape:unreadable-rows:active', 'shape:unreadable-rows:requests']],
    // what the text says of 结转下年度 rests on a table whose rows it scrambled: needs review, not a warning
    ['blank-2019-chromium', ['narrative:requests:carried_out:total', 'shape:unreadable-rows:active', 'shape:unreadable-rows:requests']],
  ])('%s: no finding beyond the PDF’s; the tables it scrambled need review', async (name, review) => {
    const pdf = (await auditFile(doc(`${name}.pdf`), `${name}.pdf`)).result;
    const text = auditText(new TextDecoder().decode(doc(`copied/${name}.pdftotext.txt`)), `${name}.txt`).result;
    expect(text).toMatchObject({ isReport: true, template: pdf.template, year: pdf.year, organ: pdf.organ });
    expect(serious(text).filter((id) => !serious(pdf).includes(id))).toEqual([]);
    expect(text.findings.filter((f) => f.needsReview).map((f) => f.id).sort()).toEqual(review);
  });
});
