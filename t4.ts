import { readFileSync, readdirSync } from 'node:fs';
import { auditHtml } from './lib/html';
for (const f of readdirSync('tests/fixtures/pages')) {
  const a = auditHtml(readFileSync('tests/fixtures/pages/' + f, 'utf8'), f);
  const r = a.result;
  console.log(f, r.isReport, r.verdict, r.title, r.organ, r.year, r.datedOn, r.publishedOn, a.model?.recognition.reasons.join(','), r.findings.filter(x=>x.rule!=='blank-cell').map(x => x.id).join(' '), 'blank:', r.findings.filter(x=>x.rule==='blank-cell').length);
}
