/**
 * A region served from localhost until killed (tests/helpers/region.ts, scaled): for `npm run bench`'s sweep and
 * for trying a sweep by hand. Prints one line of JSON: the listings file, the pages and files served.
 *   npx tsx tests/tools/region-server.ts [--counties N] [--files N] [--latency MS] --listings FILE
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveRegion } from '../helpers/region';

const { values } = parseArgs({ options: { counties: { type: 'string', default: '13' }, files: { type: 'string', default: '2' }, latency: { type: 'string', default: '3' }, listings: { type: 'string' } } });
const office = (n: string) => join(import.meta.dirname, '../fixtures/documents/office', n);
const region = await serveRegion({
  counties: Number(values.counties),
  files: [office('tabs-2021-libreoffice.docx'), office('printed-2021-chromium.pdf'), office('cells-2021-libreoffice.docx'), office('wrapped-2021-libreoffice.pdf')],
  filesTotal: Number(values.files),
  latencyMs: Number(values.latency),
});
if (values.listings) writeFileSync(values.listings, region.sites.map((s) => s.listing).join('\n') + '\n');
const requests = () => region.sites.reduce((n, s) => n + [...s.hits.values()].reduce((m, t) => m + t.length, 0), 0);
console.log(JSON.stringify({ sites: region.sites.length, pages: region.reports.length, files: region.files.length }));
// asked on stdin ("hits"): the requests served so far, and the most to one path
process.stdin.on('data', () => {
  const most = Math.max(0, ...region.sites.flatMap((s) => [...s.hits.values()].map((t) => t.length)));
  console.log(JSON.stringify({ requests: requests(), most }));
});
process.on('SIGTERM', () => void region.close().then(() => process.exit(0)));
