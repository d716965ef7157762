import { auditHtml } from './lib/html';
import { mulberry32, randomFilled } from './tests/helpers/template-data';
import { MARKUPS, renderReport } from './tests/helpers/report-html';
import { writeFileSync } from 'node:fs';
for (const v of ['2019', '2021'] as const) for (const mk of MARKUPS) {
  const rng = mulberry32(7);
  const f = randomFilled(rng, v);
  const html = renderReport(f, mk, rng);
  writeFileSync(`/tmp/r-${v}-${mk}.html`, html);
  const { result } = auditHtml(html, mk);
  console.log(v, mk, result.isReport, result.title, result.organ, result.year, result.datedOn, result.publishedOn, result.template, JSON.stringify(result.tables.map(t=>t.rows)), result.findings.map((x) => x.id + ' ' + x.message).join(' | '));
}
