// Two of the project's report pages with every 0 of 表三 and 表四 printed as a blank cell, as many real pages print
// them (an archive's Xi'an and Yueyang pages show rows of blanks with a 0 or a count among them): the ground on which
// an extractor that drops blank cells loses where a row's values stand. Writes OUTDIR/NAME.zeros-blank.html.
// Usage (from the repository): node tests/tools/crawled/blank-zeros.mjs OUTDIR PAGE.html …
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [out, ...pages] = process.argv.slice(2);
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const at = html.indexOf('三、收到');
  if (at < 0) throw new Error(`${page}: no 表三 heading`);
  const blanked = html.slice(at).replace(/(<td[^>]*>)(?:&nbsp;|\s)*0(?:&nbsp;|\s)*(<\/td>)/g, '$1$2');
  writeFileSync(`${out}/${basename(page, '.html')}.zeros-blank.html`, html.slice(0, at) + blanked);
}
