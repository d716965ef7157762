/**
 * How many of a scan's table cells the CLI's OCR reads right: each generated scan (tests/fixtures/scans) audited
 * through Tesseract, its mapped cells compared with those of the text PDF it was printed from. A cell of a table
 * the scan holds counts when its value (or its blank) is the source's; a cell the reading did not map counts
 * against. Scans of some pages are measured against the whole source's tables they hold, so their share is lower
 * than their reading, and the one figure changed on each scan (manifest `changed`) counts as wrong. Not part of the suite: `npx tsx tests/tools/scans/eval/cells-right.mts [name] ` (V=1: the
 * wrong cells).
 */
import { readFileSync } from 'node:fs';
import { tesseractOcr } from '../../../../lib/cli/ocr';
import { auditFile } from '../../../../lib/pipeline/files';
import { NODE_FILES } from '../../../../lib/node';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));
const manifest = JSON.parse(new TextDecoder().decode(fixture('scans/manifest.json'))) as { file: string; source: string }[];
const only = process.argv[2];
let allRight = 0;
let allCells = 0;
for (const e of manifest) {
  if (only && !e.file.includes(only)) continue;
  const truth = (await auditFile(fixture(e.source), 'source.pdf', null, {}, NODE_FILES)).model!.mapping;
  const t0 = performance.now();
  const a = await auditFile(fixture(`scans/${e.file}`), e.file, null, {}, { ...NODE_FILES, ocr: (b, n) => tesseractOcr(b, n) });
  const seconds = (performance.now() - t0) / 1000;
  const m = a.model!.mapping;
  let right = 0;
  let cells = 0;
  const wrong: string[] = [];
  for (const t of ['active', 'requests', 'appeals'] as const) {
    if (!m.tables[t].cells.size) continue;
    for (const [k, c] of truth.tables[t].cells) {
      cells++;
      const o = m.tables[t].cells.get(k);
      const want = c.blank ? null : c.value;
      const got = !o ? 'missing' : o.blank ? null : o.value;
      if (want === got) right++;
      else wrong.push(`${t}/${k}: ${want} → ${got}`);
    }
  }
  allRight += right;
  allCells += cells;
  console.log(`${e.file}: ${right}/${cells} cells right (${((100 * right) / cells).toFixed(1)}%), ${a.result.counts.review ?? 0} in needs review, ${a.result.counts.error} errors, ${seconds.toFixed(1)} s`);
  if (process.env.V) console.log(`  ${wrong.join('\n  ')}`);
}
console.log(`all: ${allRight}/${allCells} (${((100 * allRight) / allCells).toFixed(1)}%)`);
