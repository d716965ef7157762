/**
 * Real report pages with 表四 re-set in parts, as pages too narrow for its fifteen columns set it (../../helpers/
 * table-transforms.ts): `<name>.appealsSplit.html` (行政复议's table, then 行政诉讼's) and `<name>.appealsRows.html` (a
 * row for each kind), written to the folder given, for make-parts.sh to turn into crawled text.
 * Usage: npx tsx tests/tools/crawled/reset-appeals.ts OUT page.html…
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { appealsRows, appealsSplit, transformed } from '../../helpers/table-transforms';

const [out, ...pages] = process.argv.slice(2);
if (!out || !pages.length) throw new Error('usage: reset-appeals.ts OUT page.html…');
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const name = basename(page, '.html');
  writeFileSync(join(out, `${name}.appealsSplit.html`), transformed(html, appealsSplit));
  writeFileSync(join(out, `${name}.appealsRows.html`), transformed(html, appealsRows()));
}
