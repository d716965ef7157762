// Report pages with their tables as a crawl archive keeps them, cells closed by pipes (tests/helpers/pipe-forms.ts),
// one file a form. Usage (from the repository): npx tsx tests/tools/crawled/pipes.ts OUTDIR PAGE.html …
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PIPE_FORMS, toPipeForm } from '../../helpers/pipe-forms';

const [out, ...pages] = process.argv.slice(2);
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  for (const form of PIPE_FORMS) writeFileSync(`${out}/${basename(page, '.html')}.${form}.txt`, toPipeForm(html, form));
}
