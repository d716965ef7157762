/**
 * Report Word files as crawlers' tools turn them into text (tests/fixtures/word-text/README.md): docx2txt for .docx,
 * antiword and catdoc for .doc. Each text raises no error or warning its file does not, but for the known cases below —
 * each a loss of the tool's own, the text no longer holding what the file prints — asserted as they are so that a change
 * shows; and as many of the files' errors and warnings as it did.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/node';
import type { ReportResult } from '../../lib/result/schema';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const DIRS = ['documents/', 'documents/office/'];
const TEXTS = readdirSync(new URL('word-text/', FIXTURES));

async function audit(path: string, hint?: 'text') {
  return (await auditFile(new Uint8Array(readFileSync(new URL(path, FIXTURES))), path.split('/').pop()!, null, {}, null, hint)).result;
}

/** Errors and warnings, each as its code, table, row and column. */
const counted = (r: ReportResult) =>
  r.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.table ?? ''} ${f.cell ? `${f.cell.row}/${f.cell.col}` : ''}`).sort();

/** antiword drops 表三's rows, 表四 and the headings between from four of the LibreOffice-made .doc files. */
const DROPPED = ['section:missing  ', 'section:missing  ', 'shape:missing-table appeals */*', 'shape:unmapped-table requests */*'];

const TOOLS = [
  { tool: 'docx2txt', suffix: '.docx2txt.txt', ext: '.docx', count: 42, wrong: {} as Record<string, string[]>, found: { raised: 38, printed: 38 } },
  {
    tool: 'antiword',
    suffix: '.antiword.txt',
    ext: '.doc',
    count: 8,
    wrong: {
      'blank-2019-libreoffice.antiword.txt': DROPPED,
      'blank-2021-libreoffice.antiword.txt': DROPPED,
      'wrapped-2019-libreoffice.antiword.txt': DROPPED,
      'wrapped-2021-libreoffice.antiword.txt': DROPPED,
    } as Record<string, string[]>,
    found: { raised: 4, printed: 6 },
  },
  {
    tool: 'catdoc',
    suffix: '.catdoc.txt',
    ext: '.doc',
    count: 8,
    // catdoc decodes pieces of three files wrongly (Õl‹_, *gÏ~): a heading and 表四 garbled away; and it drops an empty
    // cell at a 表二 row's end (规章⇥0⇥0), where 表二's few rows do not show the rows set a blank line apart
    wrong: {
      'blank-2019-libreoffice.catdoc.txt': ['section:missing  ', 'shape:missing-values active art20_6.penalty/*', 'shape:missing-values active art20_9.procurement/*'],
      'blank-2021-libreoffice.catdoc.txt': ['shape:missing-values active art20_1.normative/*', 'shape:missing-values active art20_1.rules/*'],
      'wrapped-2019-libreoffice.catdoc.txt': ['row-total requests result.not_processed.5/total', 'section:missing  ', 'shape:missing-table appeals */*'],
    } as Record<string, string[]>,
    found: { raised: 5, printed: 6 },
  },
];

describe.each(TOOLS)('report Word files as $tool makes them text', ({ suffix, ext, count, wrong, found }) => {
  const texts = TEXTS.filter((f) => f.endsWith(suffix)).sort();
  const seen = { raised: 0, printed: 0 };

  it('holds a text for every Word file of the fixtures', () => {
    expect(texts.length).toBe(count);
  });

  it.each(texts)('%s raises nothing its file does not', async (text) => {
    const name = text.slice(0, -suffix.length) + ext;
    const dir = DIRS.find((d) => existsSync(new URL(d + name, FIXTURES)))!;
    const doc = await audit(dir + name);
    const t = await audit(`word-text/${text}`, 'text');
    expect(doc.isReport).toBe(true);
    expect(t.isReport).toBe(true);
    expect(t.year).toBe(doc.year);
    seen.printed += counted(doc).length;
    seen.raised += counted(doc).filter((f) => counted(t).includes(f)).length;
    expect(counted(t).filter((f) => !counted(doc).includes(f))).toEqual(wrong[text] ?? []);
  });

  it("raises as many of the files' errors and warnings as it did", () => {
    expect(seen).toEqual(found);
  });
});
