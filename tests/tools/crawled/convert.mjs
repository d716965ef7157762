// Report pages as Node crawlers write them: Markdown (turndown with its GitHub tables, which keeps a table with merged
// cells as its HTML; node-html-markdown) and html-to-text with its data tables. Run by make-crawled.sh, from the folder
// where those packages were installed: convert.mjs OUTDIR PAGE.html …
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/`);
const { convert } = require('html-to-text');
const TurndownService = require('turndown');
const { gfm } = require('turndown-plugin-gfm');
const { NodeHtmlMarkdown } = require('node-html-markdown');

const [out, ...pages] = process.argv.slice(2);
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const name = basename(page, '.html');
  const td = new TurndownService();
  td.use(gfm);
  writeFileSync(`${out}/${name}.turndown.txt`, td.turndown(html));
  writeFileSync(`${out}/${name}.nhm.txt`, NodeHtmlMarkdown.translate(html));
  writeFileSync(`${out}/${name}.h2t-table.txt`, convert(html, { wordwrap: false, selectors: [{ selector: 'table', format: 'dataTable' }] }));
  // html-to-text's default: a table flattened into its paragraph, a cell's <br> a line break
  writeFileSync(`${out}/${name}.h2t.txt`, convert(html, { wordwrap: false }));
}
