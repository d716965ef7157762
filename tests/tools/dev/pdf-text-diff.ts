// A pdfplumber text's errors and warnings beyond its PDF's: tsx tests/tools/dev/pdf-text-diff.ts NAME.plumber.txt …
import { existsSync, readFileSync } from 'node:fs';
import { auditFile } from '../../../lib/node';
import type { ReportResult } from '../../../lib/result/schema';
const F = new URL('../../fixtures/', import.meta.url);
const DIRS = ['documents/', 'documents/office/', 'real/printed/', 'printed-pages/'];
const audit = async (p: string, h?: 'text') => (await auditFile(new Uint8Array(readFileSync(new URL(p, F))), p, null, {}, null, h)).result;
const counted = (r: ReportResult) => r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();
for (const t of process.argv.slice(2)) {
  const name = t.replace(/\.plumber\.txt$/, '.pdf');
  const pdf = await audit(DIRS.find((d) => existsSync(new URL(d + name, F)))! + name);
  const text = await audit(`pdf-text/${t}`, 'text');
  console.log(JSON.stringify(t), ':', JSON.stringify(counted(text).filter((f) => !counted(pdf).includes(f))), text.isReport);
}
