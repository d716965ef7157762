/**
 * Report files as offices make them, for the reader's hard cases (tests/fixtures/documents/office/):
 *
 *   wrapped    表三's label columns narrow: 三、本年度办理结果 one character a line, （三）不予公开
 *              two a line, （二）部分公开（…） over two or three lines — LibreOffice PDF, DOCX, DOC and a
 *              Chromium PDF whose row-spanning labels are set vertically (writing-mode)
 *   printed    Chromium print with the browser's running header and footer (date, title, address,
 *              n/m), a page break between 三、's heading and its table, header rows not repeated
 *   cut        a wide 表三 on a portrait page: LibreOffice's PDF loses its last columns; the same
 *              report on a landscape page keeps them
 *   tabs       tables typed with tabs (a paragraph a row), .docx and .doc
 *   cells      tables pasted as text, a paragraph a cell, .docx and .doc
 *   cover      the title over two lines, organ first; 第 n 页 共 m 页 footers
 *   bench100   about a hundred pages, for `npm run bench`
 *
 * Each report has a seeded defect or none; `manifest.json` says which, with the organ, year and
 * template. Outputs are committed: tests need no LibreOffice or Chromium.
 *
 *   npx tsx tests/tools/documents/make-office.ts     # about a minute on 2 cores
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Version } from '../../../lib/model';
import { mulberry32, randomFilled, type Filled } from '../../helpers/template-data';
import { changeOne } from './defects';
import { makeProse, SHORT } from './prose';
import { reportDocument, reportTitle, type DocOptions } from './report-doc';
import { radicalised } from './radicals';
import { chromiumPdf, launchChromium, libreoffice, move, pdfPages, requireTools, type LoFormat } from './tools';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(ROOT, 'tests/fixtures/documents/office');

type Producer = 'libreoffice' | 'chromium';
type Format = 'pdf' | 'docx' | 'doc';

export interface OfficeEntry {
  file: string;
  format: Format;
  producer: Producer;
  kind: string;
  version: Version;
  year: number;
  organ: string;
  level: 'county' | 'township';
  title: string;
  pages: number | null;
  values: Record<string, number>;
  changed: { key: string; from: number; to: number } | null;
  /** Columns of 表三 the page cut off (the `cut` report), else []. */
  cutColumns: string[];
  notes: string;
}

interface Report {
  base: string;
  kind: string;
  f: Filled;
  level: OfficeEntry['level'];
  doc: DocOptions;
  changed: OfficeEntry['changed'];
  notes: string;
}


function report(kind: string, version: Version, seed: number, organ: string, level: OfficeEntry['level'], doc: Omit<DocOptions, 'prose'> & { extra?: number }, defect: boolean, notes: string): Report {
  const f = randomFilled(mulberry32(seed), version, organ);
  f.year = version === '2019' ? 2020 : 2023;
  const changed = defect ? changeOne(f, seed) : null;
  return {
    base: `${kind}-${version}`,
    kind,
    f,
    level,
    doc: { ...doc, prose: makeProse(f, mulberry32(seed * 7919 + 17), doc.extra ? { ...SHORT, extra: doc.extra } : SHORT, false) },
    changed,
    notes: `${notes}${changed ? `; one cell changed by +${Math.round((changed.to - changed.from) * 100) / 100}` : '; consistent'}`,
  };
}

const REPORTS: Report[] = [
  report('wrapped', '2019', 201, '示例市示例区南门街道办事处', 'township', { narrow: true }, true, '表三 label columns narrow, labels wrap in their cells'),
  report('wrapped', '2021', 202, '示例市青山区人民政府', 'county', { narrow: true }, false, '表三 label columns narrow, labels wrap in their cells'),
  report('vertical', '2021', 203, '示例县人民政府办公室', 'county', { narrow: true, vertical: true, font: 'noto' }, true, 'row-spanning labels of 表三 set vertically'),
  report('printed', '2019', 204, '示例县城关镇人民政府', 'township', { noRepeat: true, extra: 3 }, false, "browser's running header and footer; 表三 across a page break, its header rows not repeated"),
  report('printed', '2021', 205, '示例市青山区民政局', 'county', { breakBeforeTable3: true, noRepeat: true, font: 'noto' }, true, "browser's running header and footer; page break between 三、 and 表三; header rows not repeated"),
  report('cut', '2021', 206, '示例市青山区卫生健康局', 'county', { wide: 235 }, false, '表三 235 mm wide on a portrait page: its last columns fall outside the page'),
  report('landscape', '2021', 206, '示例市青山区卫生健康局', 'county', { wide: 235, landscape: true }, false, 'the same 235 mm 表三 on a landscape page: it fits'),
  report('tabs', '2019', 207, '示例县交通运输局', 'county', { tables: 'tabs' }, true, 'tables typed with tabs, a paragraph a row'),
  report('tabs', '2021', 208, '示例县示例乡人民政府', 'township', { tables: 'tabs' }, false, 'tables typed with tabs, a paragraph a row'),
  report('cells', '2019', 209, '示例市示例区财政局', 'county', { tables: 'cells' }, false, 'tables pasted as text, a paragraph a cell'),
  report('cells', '2021', 210, '示例市示例区司法局', 'county', { tables: 'cells' }, true, 'tables pasted as text, a paragraph a cell'),
  report('cover', '2021', 212, '示例市示例区人民政府金山街道办事处', 'township', { titleLines: true }, true, 'the title over two lines (the organ, then the year and 政府信息公开工作年度报告); 第 n 页 共 m 页 in the footer'),
  report('bench100', '2021', 211, '示例市示例区发展和改革局', 'county', { extra: 890 }, false, 'about a hundred pages of prose around the three tables, for the speed benchmark'),
];

/** Which files each kind is published as. */
const MADE: Record<string, { lo: LoFormat[]; chromium: boolean | 'browser' | 'count' }> = {
  wrapped: { lo: ['pdf', 'docx', 'doc'], chromium: true },
  vertical: { lo: [], chromium: true },
  printed: { lo: [], chromium: 'browser' },
  cut: { lo: ['pdf'], chromium: false },
  landscape: { lo: ['pdf'], chromium: false },
  tabs: { lo: ['docx', 'doc'], chromium: false },
  cells: { lo: ['docx', 'doc'], chromium: false },
  cover: { lo: ['pdf', 'docx'], chromium: 'count' },
  bench100: { lo: [], chromium: true },
};

async function main() {
  requireTools();
  const work = mkdtempSync(join(tmpdir(), 'nianbao-office-'));
  const profile = join(work, 'lo-profile');
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) rmSync(join(OUT, f), { recursive: true });
  const manifest: OfficeEntry[] = [];
  const entry = (r: Report, file: string, format: Format, producer: Producer): OfficeEntry => ({
    file, format, producer, kind: r.kind, version: r.f.version, year: r.f.year, organ: r.f.organ, level: r.level,
    title: r.doc.titleLines ? `${r.f.organ}${r.f.year}年政府信息公开工作年度报告` : reportTitle(r.f), pages: format === 'pdf' ? pdfPages(join(OUT, file)) : null,
    values: Object.fromEntries(r.f.values), changed: r.changed,
    cutColumns: r.kind === 'cut' ? ['other_org', 'total'] : [], notes: r.notes,
  });
  const browser = await launchChromium();
  try {
    for (const r of REPORTS) {
      const how = MADE[r.kind]!;
      // Noto's shared glyphs: the text layer carries radical code points (./radicals.ts)
      const html = r.doc.font === 'noto' ? radicalised(reportDocument(r.f, r.doc)) : reportDocument(r.f, r.doc);
      const src = join(work, 'html', `${r.base}-libreoffice.html`);
      mkdirSync(dirname(src), { recursive: true });
      writeFileSync(src, html);
      for (const fmt of how.lo) {
        const [made] = libreoffice([src], fmt, join(work, 'lo', fmt), profile);
        move(made!, join(OUT, `${r.base}-libreoffice.${fmt}`));
        manifest.push(entry(r, `${r.base}-libreoffice.${fmt}`, fmt, 'libreoffice'));
      }
      if (how.chromium) {
        await chromiumPdf(browser, html, join(OUT, `${r.base}-chromium.pdf`), how.chromium);
        manifest.push(entry(r, `${r.base}-chromium.pdf`, 'pdf', 'chromium'));
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${manifest.length} documents in ${OUT}`);
}

await main();
