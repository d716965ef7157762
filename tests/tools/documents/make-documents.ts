/**
 * Makes the report documents of tests/fixtures/documents/ (PDF, DOCX, DOC) from HTML with real
 * tools — headless Chromium and LibreOffice Writer — and writes manifest.json beside them.
 *
 *   npx tsx tests/tools/documents/make-documents.ts
 *
 * Needs Debian packages (see README.md beside this file); the outputs are committed, so tests
 * and CI need none of them. Contents are fixed by seeds; only the tools' timestamps vary.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Version } from '../../../lib/model';
import { brokenRelations, mulberry32, randomFilled, type Filled } from '../../helpers/template-data';
import { changeOne } from './defects';
import { makeProse, SHORT, type ProseSize } from './prose';
import { reportDocument, reportTitle, type DocOptions } from './report-doc';
import { chromiumPdf, launchChromium, libreoffice, move, pdfPages, pdfText, requireTools, run, type LoFormat } from './tools';
import { checkDocument, table3Break, type Table3Break } from './verify';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(ROOT, 'tests/fixtures/documents');

type Producer = 'libreoffice' | 'chromium';
type Format = 'pdf' | 'docx' | 'doc';

export interface ManifestEntry {
  file: string;
  format: Format;
  producer: Producer;
  version: Version;
  year: number;
  organ: string;
  title: string;
  seed: number;
  pages: number | null;
  values: Record<string, number>;
  raw: Record<string, string>;
  changed: { key: string; from: number; to: number } | null;
  notes: string;
}

const ORGANS = [
  '示例市示例区住房和城乡建设局',
  '示例街道办事处',
  '示例县示例镇人民政府',
  '示例市示例区人民政府示例街道办事处',
  '示例市示例区教育局',
  '示例县人力资源和社会保障局',
  '示例市示例区市场监督管理局',
  '示例县示例乡人民政府',
];

/** A report to render: its numbers, its prose, and how. */
interface Report {
  base: string;
  seed: number;
  f: Filled;
  doc: DocOptions;
  changed: ManifestEntry['changed'];
  notes: string;
}

function filled(version: Version, seed: number, organ: string, year?: number): Filled {
  const f = randomFilled(mulberry32(seed), version, organ);
  if (year !== undefined) f.year = year;
  return f;
}

const proseRng = (seed: number) => mulberry32(seed * 7919 + 17);

/** Prints 3–6 zero-valued data cells of 表二 and 表三 as blanks (at least one in each table). */
function blankSome(f: Filled, seed: number): string[] {
  const rng = mulberry32(seed + 1000);
  const zeros = (t: string) => [...f.values].filter(([k, v]) => k.startsWith(`${t}/`) && v === 0).map(([k]) => k);
  const take = (pool: string[], n: number) => {
    const out: string[] = [];
    const bag = [...pool];
    while (out.length < n && bag.length) out.push(bag.splice(Math.floor(rng() * bag.length), 1)[0]!);
    return out;
  };
  const active = take(zeros('active'), 2);
  const requests = take(zeros('requests'), 1 + Math.floor(rng() * 3));
  const keys = [...active, ...requests];
  if (keys.length < 3) throw new Error('too few zero cells to blank');
  f.raw = new Map(keys.map((k) => [k, '']));
  return keys;
}


// ── the set ────────────────────────────────────────────────────────────────

const VERSIONS: { version: Version; year: number }[] = [
  { version: '2019', year: 2020 },
  { version: '2021', year: 2022 },
];

const LONG: ProseSize = { overview: 2, sentences: [2, 3], problems: 2, other: 2 };
const BENCH: ProseSize = { overview: 6, sentences: [4, 6], problems: 5, other: 4 };

function blankReports(): Report[] {
  return VERSIONS.map(({ version, year }, i) => {
    const seed = 11 + i;
    const f = filled(version, seed, i === 0 ? '示例市示例区住房和城乡建设局' : '示例街道办事处', year);
    const blanks = blankSome(f, seed);
    return {
      base: `blank-${version}`,
      seed,
      f,
      doc: { prose: makeProse(f, proseRng(seed), { ...SHORT, overview: 2 }) },
      changed: null,
      notes: `${blanks.length} zero cells printed blank: ${blanks.join(', ')}`,
    };
  });
}

function longReport(version: Version, year: number, extra: number): Report {
  const seed = version === '2019' ? 21 : 22;
  const f = filled(version, seed, version === '2019' ? '示例县示例镇人民政府' : '示例市示例区教育局', year);
  return {
    base: `long-${version}`,
    seed,
    f,
    doc: { prose: makeProse(f, proseRng(seed), { ...LONG, extra }) },
    changed: null,
    notes: '',
  };
}

function benchReport(): Report {
  const seed = 31;
  const f = filled('2021', seed, '示例市示例区市场监督管理局', 2022);
  return { base: 'bench-2021', seed, f, doc: { prose: makeProse(f, proseRng(seed), BENCH) }, changed: null, notes: 'about ten pages of prose and the three tables, for a speed benchmark' };
}

function scanReport(): Report {
  const seed = 41;
  const f = filled('2019', seed, '示例县人力资源和社会保障局', 2020);
  return { base: 'scan-2019', seed, f, doc: { prose: makeProse(f, proseRng(seed), SHORT) }, changed: null, notes: '' };
}

function pastedReport(): Report {
  const seed = 51;
  const f = filled('2021', seed, '示例县示例乡人民政府', 2022);
  return {
    base: 'pasted-2021',
    seed,
    f,
    doc: { prose: makeProse(f, proseRng(seed), SHORT), tables: 'tabs' },
    changed: null,
    notes: 'tables pasted as text: one paragraph per table row, cells separated by tab characters; no <w:tbl>. A row-spanning label appears only in its first row.',
  };
}

function propertyReports(): Report[] {
  const out: Report[] = [];
  for (const { version } of VERSIONS) {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 101, 102, 103, 104, 105, 106, 107, 108]) {
      const f = filled(version, seed, ORGANS[seed % ORGANS.length]!);
      const changed = seed > 100 ? changeOne(f, seed) : null;
      out.push({
        base: `prop-${version}-s${seed}`,
        seed,
        f,
        // no table numbers in the prose, so a changed cell contradicts only the tables' relations
        doc: { prose: makeProse(f, proseRng(seed), SHORT, false), font: 'hei' },
        changed,
        notes: changed ? `one cell changed by +${Math.round((changed.to - changed.from) * 100) / 100}; relations broken: ${[...new Set(brokenRelations(f).map((b) => b.family))].join(', ')}` : 'consistent: every relation holds',
      });
    }
  }
  return out;
}

// ── rendering ──────────────────────────────────────────────────────────────

/** What each file was made from, for checking it. */
const SOURCES = new Map<string, { f: Filled; kind: 'table' | 'tabs' | 'scan' }>();

function entry(r: Report, file: string, format: Format, producer: Producer, notes = r.notes): ManifestEntry {
  const path = join(OUT, file);
  SOURCES.set(file, { f: r.f, kind: r.doc.tables === 'tabs' ? 'tabs' : r.base.startsWith('scan') ? 'scan' : 'table' });
  return {
    file,
    format,
    producer,
    version: r.f.version,
    year: r.f.year,
    organ: r.f.organ,
    title: reportTitle(r.f),
    seed: r.seed,
    pages: format === 'pdf' ? pdfPages(path) : null,
    values: Object.fromEntries(r.f.values),
    raw: Object.fromEntries(r.f.raw ?? []),
    changed: r.changed,
    notes,
  };
}

async function main() {
  requireTools();
  const work = mkdtempSync(join(tmpdir(), 'nianbao-docs-'));
  const profile = join(work, 'lo-profile');
  const html = (r: Report) => reportDocument(r.f, r.doc);
  const writeHtml = (name: string, text: string) => {
    const p = join(work, 'html', name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  /** LibreOffice-converts reports into OUT as `<base>-libreoffice.<format>`. */
  const lo = (reports: Report[], format: LoFormat) => {
    const files = reports.map((r) => writeHtml(`${r.base}-libreoffice.html`, html(r)));
    const made = libreoffice(files, format, join(work, 'lo', format), profile);
    made.forEach((m, i) => move(m, join(OUT, `${reports[i]!.base}-libreoffice.${format}`)));
  };

  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) rmSync(join(OUT, f), { recursive: true });
  const manifest: ManifestEntry[] = [];
  const browser = await launchChromium();
  try {
    // a. blanks: LibreOffice DOCX, DOC, PDF; Chromium PDF
    const blanks = blankReports();
    for (const fmt of ['docx', 'doc', 'pdf'] as const) lo(blanks, fmt);
    for (const r of blanks) {
      await chromiumPdf(browser, html(r), join(OUT, `${r.base}-chromium.pdf`));
      for (const fmt of ['docx', 'doc', 'pdf'] as const) manifest.push(entry(r, `${r.base}-libreoffice.${fmt}`, fmt, 'libreoffice'));
      manifest.push(entry(r, `${r.base}-chromium.pdf`, 'pdf', 'chromium'));
    }

    // b. long reports whose 表三 runs over a page break: add prose until the break falls inside it
    for (const { version, year } of VERSIONS) {
      for (const producer of ['chromium', 'libreoffice'] as const) {
        let found: { r: Report; b: Table3Break } | null = null;
        for (let extra = 0; extra <= 40 && !found; extra++) {
          const r = longReport(version, year, extra);
          const file = join(OUT, `${r.base}-${producer}.pdf`);
          if (producer === 'chromium') await chromiumPdf(browser, html(r), file);
          else lo([r], 'pdf');
          const b = table3Break(file, r.f);
          if (b && b.rowsBefore >= 6 && b.rowsAfter >= 6) found = { r, b };
        }
        if (!found) throw new Error(`long-${version}-${producer}: could not place a page break inside 表三`);
        const { r, b } = found;
        manifest.push(entry(r, `${r.base}-${producer}.pdf`, 'pdf', producer,
          `表三 starts on page ${b.page} and breaks before page ${b.page + 1}: ${b.rowsBefore} data rows before the break, ${b.rowsAfter} after; ` +
          `header rows ${b.headerRepeated ? 'repeated' : 'NOT repeated'} at the top of page ${b.page + 1}`));
      }
    }

    // c. a scan: the Chromium print rasterised to grey JPEG pages, wrapped in a PDF with no text layer
    {
      const r = scanReport();
      const printed = join(work, 'scan-print.pdf');
      await chromiumPdf(browser, html(r), printed);
      const prefix = join(work, 'scan-page');
      run('pdftoppm', ['-r', '110', '-jpeg', '-jpegopt', 'quality=55', printed, prefix]);
      const pages = readdirSync(work).filter((f) => f.startsWith('scan-page')).sort().map((f) => join(work, f));
      run('img2pdf', ['--pagesize', 'A4', '-o', join(OUT, `${r.base}-chromium.pdf`), ...pages]);
      manifest.push(entry(r, `${r.base}-chromium.pdf`, 'pdf', 'chromium',
        'a scan: each page printed by Chromium, rasterised to a 110 dpi JPEG (pdftoppm) and wrapped in a PDF by img2pdf; no text layer'));
    }

    // d. a ten-page report for a speed benchmark
    {
      const r = benchReport();
      await chromiumPdf(browser, html(r), join(OUT, `${r.base}-chromium.pdf`));
      manifest.push(entry(r, `${r.base}-chromium.pdf`, 'pdf', 'chromium'));
    }

    // e. the property set: Chromium PDF and LibreOffice DOCX of each
    {
      const props = propertyReports();
      for (const r of props) await chromiumPdf(browser, html(r), join(OUT, `${r.base}-chromium.pdf`));
      lo(props, 'docx');
      for (const r of props) {
        manifest.push(entry(r, `${r.base}-chromium.pdf`, 'pdf', 'chromium'));
        manifest.push(entry(r, `${r.base}-libreoffice.docx`, 'docx', 'libreoffice'));
      }
    }

    // f. tables pasted as tab-separated text
    {
      const r = pastedReport();
      lo([r], 'docx');
      manifest.push(entry(r, `${r.base}-libreoffice.docx`, 'docx', 'libreoffice'));
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }

  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);

  // verify every file against its manifest entry
  const problems: string[] = [];
  for (const e of manifest) {
    const src = SOURCES.get(e.file)!;
    problems.push(...checkDocument(join(OUT, e.file), e, src.f, src.kind).map((p) => `${e.file}: ${p}`));
  }
  let total = 0;
  for (const e of manifest) total += statSync(join(OUT, e.file)).size;
  console.log(`${manifest.length} documents, ${(total / 1024 / 1024).toFixed(2)} MiB`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  if (!existsSync(join(OUT, 'manifest.json'))) process.exit(1);
}

await main();
