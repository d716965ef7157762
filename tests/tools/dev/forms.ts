// Dev aid: a page's serious findings against those of its three text forms (tests/helpers/flatten.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { auditHtml } from '../../../lib/node';
import { auditText } from '../../../lib/pipeline/audit';
import { TEXT_FORMS, toTextForm, type TextForm } from '../../helpers/flatten';
import { renderReport, type Markup } from '../../helpers/report-html';
import { mulberry32, randomFilled } from '../../helpers/template-data';
const [arg, only] = process.argv.slice(2);
let html: string;
const g = /^gen:(\d+):(2019|2021):(\w+)$/.exec(arg!);
if (g) {
  const f = randomFilled(mulberry32(+g[1]!), g[2] as '2019', '测试街道');
  if (+g[1]! % 2) f.values.set('requests/result.partial/natural', f.values.get('requests/result.partial/natural')! + 2);
  html = renderReport(f, g[3] as Markup, mulberry32(+g[1]!));
} else html = readFileSync(arg!, 'utf8');
const show = (r: ReturnType<typeof auditHtml>['result']) => r.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.needsReview ? 'REVIEW ' : ''}${f.id} ${f.message.slice(0, 90)}`);
const page = show(auditHtml(html, 'p').result);
console.log('PAGE', page.length); for (const l of page) console.log('  ', l);
for (const form of TEXT_FORMS.filter((f) => !only || f === only) as TextForm[]) {
  const text = toTextForm(html, form);
  writeFileSync(`/tmp/form-${form}.txt`, text);
  const got = show(auditText(text, 't').result);
  console.log(form.toUpperCase(), 'extra:'); for (const l of got.filter((x) => !page.includes(x))) console.log('  +', l);
  for (const l of page.filter((x) => !got.includes(x))) console.log('  -', l);
}
