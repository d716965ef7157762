/** Dev aid: audits tests/fixtures/documents/office and says, per file, what differs from its manifest. */
import { readFileSync } from 'node:fs';
import { auditFile } from '../../../lib/node';
import { brokenRelations } from '../../helpers/template-data';

const DIR = new URL('../../fixtures/documents/office/', import.meta.url);
const M = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as any[];
const ARITH = new Set(['row-total', 'column-total', 'balance', 'appeal-total', 'stock', 'subtotal']);
const only = process.argv[2];
for (const e of M) {
  if (only && !e.file.includes(only)) continue;
  const t0 = Date.now();
  const r = (await auditFile(new Uint8Array(readFileSync(new URL(e.file, DIR))), e.file)).result;
  const want = brokenRelations({ version: e.version, year: e.year, organ: e.organ, values: new Map(Object.entries(e.values)), units: {} }).map((b: any) => `${b.family}:${b.cell}`).sort();
  const got = r.findings.filter((f: any) => ARITH.has(f.rule.split(':')[0]) && !f.needsReview).flatMap((f: any) => (f.covers.length ? f.covers : [f.id])).map((id: string) => { const [fa, t, ro, c] = id.split(':'); return `${fa}:${t}/${ro}/${c}`; }).sort();
  const other = r.findings.filter((f: any) => !ARITH.has(f.rule.split(':')[0]) || f.needsReview).map((f: any) => `${f.needsReview ? 'R ' : ''}${f.severity[0]} ${f.rule} ${f.id}`);
  const miss = want.filter((w: string) => !got.includes(w));
  const extra = got.filter((g: string) => !want.includes(g));
  const bad = [r.organ !== e.organ && `organ ${r.organ}`, r.year !== e.year && `year ${r.year}`, r.template !== e.version && `tpl ${r.template}`].filter(Boolean);
  console.log(`${e.file} ${Date.now() - t0}ms ${bad.join(' ')} tables=${r.tables.map((t: any) => +t.found).join('')} miss=${miss.length} extra=${extra.length} other=${other.length}`);
  if (process.argv[3] || only) { for (const x of miss) console.log('   miss', x); for (const x of extra) console.log('   extra', x); for (const x of other) console.log('   ', x); }
}
