import { readFileSync } from 'node:fs';
import { auditFile } from '../../../lib/node';
import type { ReportResult } from '../../../lib/result/schema';
const F = '/work/main/tests/fixtures/';
const pagePath = (n: string) => (n.startsWith('007_') ? `real/samples/${n}.html` : /^1\d\d_/.test(n) ? `real/fujian/${n}.html` : /^3\d\d_/.test(n) ? `real/fujian2/${n}.html` : `pages/${n}.html`);
const audit = async (p: string, h: 'html' | 'text') => (await auditFile(new Uint8Array(readFileSync(F + p)), p, null, {}, null, h)).result;
const counted = (r: ReportResult) => r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
const review = (r: ReportResult) => r.findings.filter((f) => f.needsReview).map((f) => f.rule).sort();
for (const arg of process.argv.slice(2)) {
  const [name, form] = arg.split(':');
  const p = await audit(pagePath(name!), 'html');
  const t = await audit(`crawled/${name}.${form}.txt`, 'text');
  const a = counted(p), b = counted(t);
  console.log(`== ${name}.${form}  title ${JSON.stringify(p.title)} / ${JSON.stringify(t.title)}`);
  console.log('  page only:', a.filter((x) => !b.includes(x)), ' text only:', b.filter((x) => !a.includes(x)));
  console.log('  review page:', review(p), ' text:', review(t));
}
