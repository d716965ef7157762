// Dev aid: the lines the PDF reader sees on a page: y, size and each chunk's x range and text.
import { readFileSync } from 'node:fs';
import { NODE_FILES } from '../../../lib/node';
import { pageLines, readPdfPages } from '../../../lib/readers/pdf';
const [file, pageArg] = process.argv.slice(2);
const { pages } = await readPdfPages(new Uint8Array(readFileSync(file!)), await NODE_FILES.pdfjs());
for (const [i, p] of pages.entries()) {
  if (pageArg && Number(pageArg) !== i + 1) continue;
  console.log(`--- page ${i + 1} (${p.width}×${p.height})`);
  for (const l of pageLines(p)) console.log(`${l.y.toFixed(1).padStart(6)} ${l.size.toFixed(1)} ${l.chunks.map((c) => `[${c.x0.toFixed(0)}-${c.x1.toFixed(0)}]${c.text}`).join(' ')}`);
}
