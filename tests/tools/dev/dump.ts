// Dev aid: what the engine read from one text, HTML, PDF or Word file — blocks, mapped cells, findings.
import { readFileSync } from 'node:fs';
import { auditText } from '../../../lib/pipeline/audit';
import { auditFile, auditHtml } from '../../../lib/node';
const file = process.argv[2]!;
const a = /\.(pdf|docx?)$/i.test(file)
  ? await auditFile(new Uint8Array(readFileSync(file)), file)
  : /\.html?$/.test(file) ? auditHtml(readFileSync(file, 'utf8'), file) : auditText(readFileSync(file, 'utf8'), file);
const m = a.model!;
if (process.argv.includes('--blocks')) for (const b of a.input!.blocks) console.log(b.kind === 'table' ? `TABLE ${b.layout} ${JSON.stringify(b.rows.map((r) => r.cells.map((c) => c.text)))}` : `TEXT ${b.text.slice(0, 160)}`);
console.log('title', m.title?.value, '| organ', m.organ, m.organFrom, '| level', m.level, m.government, '| year', m.year, '| version', m.version, '| pub', m.published?.iso, 'signed', m.signed?.value.iso);
console.log('recog', JSON.stringify(m.recognition));
for (const t of Object.values(m.mapping.tables)) {
  if (!t.found) continue;
  console.log(`== ${t.table}`);
  for (const row of t.rows) console.log('  ', row.padEnd(26), t.cols.map((c) => { const x = t.cells.get(`${row}/${c}`); return x ? (x.blank ? '_' : x.raw) : '·'; }).join(' '));
}
console.log('issues', JSON.stringify(m.mapping.issues.map((i) => ({ ...i, src: undefined, extra: undefined }))));
for (const f of a.result.findings) console.log(f.severity.padEnd(8), f.rule, f.table ?? '', JSON.stringify(f.cell ?? ''), f.message);
