/** The checks across reports: copied prose and cross-year figures over many reports, and the extension's stored history. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditText } from '../../lib/pipeline/audit';
import type { HistoryEntry } from '../../lib/model';
import { ReportHistory } from '../../lib/history';
import { Histories } from '../../lib/ext/history';
import { RecordStore } from '../../lib/store/record-store';
import { ownSentences } from '../../lib/text/fingerprint';
import { acrossReports, keep } from '../../lib/pipeline/across';
import { ROOT } from '../browser';
import { phrase } from './pages';
import { median, ms, quantile, say } from './stats';

/** The copied-prose check over many reports: the sentence index, then each report's query. Linear, not quadratic. */
export function historyBench(): (n: number) => HistoryEntry[] {
  say('### Copied prose and cross-year checks over many reports (Node)');
  say();
  say('Synthetic reports: organs with four years each, a dozen sentences of their own, the boilerplate all share, one in');
  say('ten copying another organ. Index = building the history; queries = every report asking which reports share its');
  say('sentences and which are its organ’s. A cost per report that stays flat as the reports grow is what linear means.');
  say();
  say('| reports | index ms | queries ms | µs per report |');
  say('|---:|---:|---:|---:|');
  // a seeded generator: no two organs write alike unless one copies
  const rand = (seed: number) => () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
  const sentence = (r: () => number, organ: string) => `${organ}围绕${phrase(Math.floor(r() * 997), 4)}，${phrase(Math.floor(r() * 991), 6)}${Math.floor(r() * 300)}条，${phrase(Math.floor(r() * 983), 5)}。`;
  const common = (organ: string, year: number) => [`本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`, `${year}年，${organ}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`];
  const entriesOf = (n: number): HistoryEntry[] => {
    const out: HistoryEntry[] = [];
    for (let i = 0; out.length < n; i++) {
      const organ = `机关${Math.floor(i / 4)}`;
      const year = 2019 + (i % 4);
      const r = rand(i + 1);
      const lines = Array.from({ length: 12 }, () => sentence(r, organ));
      // one in ten copies eight sentences of another organ's report
      if (i % 10 === 9) {
        const o = rand(i - 4);
        for (let k = 0; k < 8; k++) lines[k] = sentence(o, organ);
      }
      out.push({ source: `r${i}`, title: null, organ, organKey: organ, year, template: year >= 2021 ? '2021' : '2019', figures: {}, sentences: ownSentences([...common(organ, year), ...lines], organ) });
    }
    return out;
  };
  for (const n of [250, 500, 1000, 2000]) {
    const entries = entriesOf(n);
    const runs = 5;
    const idx: number[] = [];
    const q: number[] = [];
    for (let k = 0; k < runs; k++) {
      let t = performance.now();
      const h = new ReportHistory(entries);
      idx.push(performance.now() - t);
      t = performance.now();
      for (const e of entries) {
        h.slice(e);
        h.ofOrgan(e.organKey);
      }
      q.push(performance.now() - t);
    }
    say(`| ${n} | ${ms(median(idx))} | ${ms(median(q))} | ${((1000 * (median(idx) + median(q))) / n).toFixed(1)} |`);
  }
  say();
  // the whole of it on report texts: the five seeds under 200 organs' names, audited, then each again beside the others
  const seeds = readdirSync(join(ROOT, 'tests/fixtures')).filter((x) => x.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'tests/fixtures', f), 'utf8'));
  const organOf = (text: string) => auditText(text, 'x').result.organ ?? '';
  const names = seeds.map(organOf);
  const texts = Array.from({ length: 200 }, (_, i) => seeds.map((text, k) => text.split(names[k]!).join(`${names[k]}${i}`))).flat();
  let t = performance.now();
  const items = texts.map((text, i) => keep(auditText(text, `r${i}.txt`)));
  const first = performance.now() - t;
  t = performance.now();
  const results = acrossReports(items, {});
  const across = performance.now() - t;
  const flagged = results.filter((r) => r.findings.some((f) => f.rule.startsWith('cross-year') || f.rule.startsWith('copied-text'))).length;
  say(`${texts.length} report texts (the seeds under 200 organs’ names): audited in ${ms(first)} ms; the checks across them (index, then every report with something to compare audited again from its snapshot) in ${ms(across)} ms; ${flagged} flagged.`);
  say();
  return entriesOf;
}

/**
 * The extension's history of 5,000 stored records: built from the entries kept beside the records
 * (a service worker's start, an import), and kept up to date as one record is saved or deleted.
 * Goals: the build under 1 s, an update under 50 ms.
 */
export async function storedHistoryBench(entriesOf: (n: number) => HistoryEntry[]) {
  say('### The extension’s history of 5,000 stored records (Node, storage in memory)');
  say();
  const n = 5000;
  const entries = entriesOf(n);
  const data = new Map<string, unknown>();
  for (const e of entries) {
    data.set(`page:${e.source}`, { stub: true });
    data.set(`ent:page:${e.source}`, structuredClone(e));
  }
  data.set('settings', { v: 2 });
  const area = {
    get: async (keys: string | string[] | null) => {
      const list = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (keys: string | string[]) => void (typeof keys === 'string' ? [keys] : keys).forEach((k) => data.delete(k)),
    getKeys: async () => [...data.keys()],
  };
  const builds: number[] = [];
  let histories = new Histories(new RecordStore(area));
  for (let k = 0; k < 3; k++) {
    histories = new Histories(new RecordStore(area));
    const t = performance.now();
    await histories.all();
    builds.push(performance.now() - t);
  }
  const h = await histories.all();
  const updates: number[] = [];
  for (let k = 0; k < 50; k++) {
    const e = { ...entries[k * 97]!, figures: { 'requests/new/total': k } };
    const t = performance.now();
    h.add(e);
    h.slice(e);
    updates.push(performance.now() - t);
  }
  const removes: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    await histories.removeMany([entries[k * 13]!.source]);
    removes.push(performance.now() - t);
  }
  say('| records | build ms (goal < 1000) | update: one saved, its slice, ms (goal < 50) | delete one, ms |');
  say('|---:|---:|---:|---:|');
  say(`| ${n} | ${ms(median(builds))} | ${ms(quantile(updates, 0.9))} (p90) | ${ms(quantile(removes, 0.9))} (p90) |`);
  say();
}
