// Texts of the fixtures' PDFs made by another tool, each audited beside its PDF: the errors and warnings the text has
// that the PDF does not. tsx tests/tools/dev/form-diff.ts DIR [NAME…] (DIR holds NAME.txt for fixtures' NAME.pdf).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { auditFile } from '../../../lib/node';
import type { ReportResult } from '../../../lib/result/schema';
const F = new URL('../../fixtures/', import.meta.url);
const DIRS = ['documents/', 'documents/office/', 'real/printed/', 'printed-pages/'];
const audit = async (bytes: Uint8Array, p: string, h?: 'text') => (await auditFile(bytes, p, null, {}, null, h)).result;
const counted = (r: ReportResult) => r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
const [dir, ...only] = process.argv.slice(2);
const names = only.length ? only : readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
let bad = 0, notReport = 0;
for (const n of names) {
  const d = DIRS.find((x) => existsSync(new URL(x + n + '.pdf', F)));
  if (!d) continue;
  const pdf = await audit(new Uint8Array(readFileSync(new URL(d + n + '.pdf', F))), n + '.pdf');
  if (!pdf.isReport) continue;
  const text = await audit(new Uint8Array(readFileSync(`${dir}/${n}.txt`)), n + '.txt', 'text');
  const extra = text.isReport ? counted(text).filter((f) => !counted(pdf).includes(f)) : ['NOT REPORT'];
  if (!text.isReport) notReport++;
  else if (extra.length) bad++;
  if (extra.length) console.log(n, extra.length, JSON.stringify(extra.slice(0, 6)));
}
console.log(`${dir}: ${bad} with extra errors, ${notReport} not reports, of ${names.length}`);
