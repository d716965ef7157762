/** The engine in Node: parse and audit of the fixture pages, pages per second, growth with table size. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditDocument, auditText } from '../../lib/pipeline/audit';
import { auditHtml, parseHtml } from '../../lib/node';
import { ROOT } from '../browser';
import { bigReport } from './pages';
import { kb, median, ms, say, time } from './stats';

export function nodeBench() {
  say('### Engine in Node (one core)');
  say();
  say('| page | KB | parse ms | audit ms | audit / parse |');
  say('|---|---:|---:|---:|---:|');
  let totalMs = 0;
  let pages = 0;
  for (const f of readdirSync(join(ROOT, 'tests/fixtures')).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(ROOT, 'tests/fixtures', f), 'utf8');
    const a = time(() => auditText(text, f));
    say(`| ${f} | ${kb(text)} | — | ${ms(a)} | — |`);
    totalMs += a;
    pages++;
  }
  for (const f of ['sample-report.html', 'report-2021-cms.html', 'report-2019-split.html', 'report-late.html']) {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8');
    const parse = time(() => parseHtml(html));
    const whole = time(() => auditHtml(html, f));
    const audit = Math.max(0, whole - parse);
    say(`| ${f} | ${kb(html)} | ${ms(parse)} | ${ms(audit)} | ${(audit / parse).toFixed(2)} |`);
    totalMs += whole;
    pages++;
  }
  say();
  say(`Pages per second on one core (parse + audit, corpus above): **${Math.round((1000 * pages) / totalMs)}**`);
  say();
  say('### Growth with table size (Node)');
  say();
  say('A 2019 report whose 表二 carries n extra rows; the audit of the same report without them is subtracted.');
  say();
  say('| extra rows | audit ms | added ms | µs per added row |');
  say('|---:|---:|---:|---:|');
  const auditOnly = (html: string) => {
    const doc = parseHtml(html);
    const t = performance.now();
    auditDocument(doc, 'big');
    return performance.now() - t;
  };
  const sizes = [0, 100, 500, 1000, 2000, 5000];
  const pagesBySize = sizes.map((n) => (n ? bigReport(n) : readFileSync(join(ROOT, 'tests/fixtures/pages/report-2019-split.html'), 'utf8')));
  for (const html of pagesBySize) auditOnly(html); // warm every size once
  const times = pagesBySize.map((html) => median(Array.from({ length: 7 }, () => auditOnly(html))));
  sizes.forEach((n, i) => {
    if (!n) return;
    const added = times[i]! - times[0]!;
    say(`| ${n} | ${ms(times[i]!)} | ${ms(added)} | ${((1000 * added) / n).toFixed(1)} |`);
  });
  say();
}
