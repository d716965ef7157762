/**
 * The picture of the letter in the docs (docs/images/letter.png): seed 000's 问题清单 as an auditor reviewed it
 * (予以公开·总计 dismissed as 误报, 本年新收申请·总计 confirmed with a note), opened by LibreOffice, printed to
 * PDF, page 1 at 60 dpi. Needs `soffice` and `pdftoppm` (Debian's libreoffice-writer-nogui, poppler-utils):
 *
 *   npx tsx tests/tools/letter-image.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditText } from '../../lib/pipeline/audit';
import { applyReviews } from '../../lib/result/review';
import { toLetters } from '../../lib/result/format/letter';

const root = new URL('../../', import.meta.url).pathname;
const result = auditText(readFileSync(join(root, 'tests/fixtures/000_dccf7277737237a5.txt'), 'utf8'), 'https://www.example.gov.cn/zwgk/2020/ndbg.html').result;
const reviewed = applyReviews(result, {
  'row-total:requests:result.disclosed:total': { status: 'dismissed', note: '误报：申请人合计含另一机关的件数' },
  'row-total:requests:new:total': { status: 'confirmed', note: '已电话核实：申请人合计为 2 件，总计栏漏填一件。' },
});
const [letter] = await toLetters([reviewed], 'zh', new Date(2026, 11, 3));
const dir = mkdtempSync(join(tmpdir(), 'nb-letter-image-'));
try {
  writeFileSync(join(dir, 'letter.docx'), letter!.bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'letter.docx')], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'letter.pdf'), join(dir, 'page')]);
  copyFileSync(join(dir, 'page.png'), join(root, 'docs/images/letter.png'));
  console.log('docs/images/letter.png');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
