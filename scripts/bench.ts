/**
 * `npm run bench`: what an audit costs, in Node and in headless Chromium with
 * the built extension. Prints one Markdown table per measure (medians over
 * repeated runs) and writes them to out/bench.md. Numbers stay out of the tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { auditDocument, auditText } from '../lib/pipeline/audit';
import { NODE_FILES, auditHtml, parseHtml } from '../lib/node';
import { auditFile } from '../lib/pipeline/files';
import type { HistoryEntry } from '../lib/model';
import { ReportHistory } from '../lib/history';
import { Histories } from '../lib/ext/history';
import { RecordStore } from '../lib/store/record-store';
import { ownSentences } from '../lib/text/fingerprint';
import { acrossReports, keep } from '../lib/pipeline/across';
import { maxOf } from '../lib/arrays';
import { CHROMIUM, ROOT, launch, serve } from './browser';
import { dashboardRows } from './bench-dashboard';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Page loads per report page in Chromium: the browser's noise needs more than the rest. */
const BROWSER_RUNS = Math.max(RUNS, 25);
const OUT = join(ROOT, 'out');
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The q-quantile (0…1) of xs, by linear interpolation. */
function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
}

function time(fn: () => void, runs = RUNS): number {
  fn(); // warm
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const ms = (n: number) => (n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1));
const kb = (s: string) => `${Math.round(Buffer.byteLength(s) / 1024)}`;

// ── synthetic pages ────────────────────────────────────────────────────────

const WORDS = '街道社区开展志愿服务活动组织居民参加环境整治工作推进老旧小区改造提升群众满意度落实防汛责任加强安全生产检查'.split('');
function phrase(i: number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += WORDS[(i * 7 + k * 13) % WORDS.length];
  return s;
}

/** A government news page of about `size` bytes: nav, article, side lists, footer; not a report. */
function newsPage(bytes: number): string {
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/col/${i}/">${phrase(i, 4)}</a></li>`).join('');
  const head = `<!doctype html><html><head><meta charset="utf-8"><title>${phrase(1, 12)}_某某区人民政府</title></head><body><div class="header"><ul class="nav">${nav}</ul></div><div class="main"><h1>${phrase(2, 14)}</h1><div class="info">发布时间：2021-06-10 来源：区政府办</div><div class="TRS_Editor">`;
  const tail = `</div></div><div class="side"><ul>${nav}</ul></div><div class="footer">主办单位：某某区人民政府办公室 地址：某某路1号</div></body></html>`;
  let body = '';
  let i = 0;
  const len = (x: string) => Buffer.byteLength(x);
  let total = len(head) + len(tail);
  while (total < bytes) {
    body += i % 9 === 8
      ? `<table border="1"><tr><td>单位</td><td>数量</td></tr><tr><td>${phrase(i, 6)}</td><td>${i}</td></tr></table>`
      : `<p style="text-indent:2em"><span>${phrase(i, 80)}。</span><span>${phrase(i + 1, 60)}，${i}人次参加。</span></p>`;
    total = len(head) + len(body) + len(tail);
    i++;
  }
  return head + body + tail;
}

/** A report whose 表二 carries `n` extra rows (growth of the audit with table size). */
function bigReport(n: number): string {
  const sample = readFileSync(join(ROOT, 'tests/fixtures/pages/report-2019-split.html'), 'utf8');
  const extra = Array.from({ length: n }, (_, i) => `<tr><td>其他文件${i + 1}</td><td>${i % 7}</td><td>${i % 5}</td><td>${(i % 5) + 3}</td></tr>`).join('');
  return sample.replace(/(<td[^>]*>规范性文件<\/td>(?:<td[^>]*>[^<]*<\/td>){3}<\/tr>)/, `$1${extra}`);
}

// ── Node ───────────────────────────────────────────────────────────────────

function nodeBench() {
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

/** Report files in Node: reading (pdf.js, mammoth, the .doc piece table) and the audit, the whole of `auditFile`. */
async function filesBench() {
  say('### Report files in Node (one core)');
  say();
  say('Read and audit, from the file’s bytes to the result; pdf.js’s legacy build with its worker in-process.');
  say();
  say('| file | pages | KB | ms | findings |');
  say('|---|---:|---:|---:|---:|');
  const dir = join(ROOT, 'tests/fixtures/documents');
  const files = [
    'office/bench100-2021-chromium.pdf', 'bench-2021-chromium.pdf', 'long-2021-libreoffice.pdf', 'long-2019-chromium.pdf',
    'office/wrapped-2021-libreoffice.pdf', 'office/printed-2021-chromium.pdf', 'scan-2019-chromium.pdf',
    'blank-2021-libreoffice.docx', 'office/tabs-2021-libreoffice.docx', 'blank-2021-libreoffice.doc', 'office/cells-2021-libreoffice.doc',
  ];
  const runs = Math.max(3, Math.min(RUNS, 7));
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    const options = {};
    let last = await auditFile(bytes, f, null, options, NODE_FILES); // warm
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      last = await auditFile(bytes, f, null, options, NODE_FILES);
      xs.push(performance.now() - t);
    }
    say(`| ${f} | ${last.result.file?.pages ?? '—'} | ${Math.round(bytes.length / 1024)} | ${ms(median(xs))} | ${last.result.findings.length} |`);
  }
  say();
  cliFilesBench(dir);
}

/**
 * The CLI on one file, as a user runs it: a process of its own, from start to JSON out. Bounds: a
 * 100-page PDF under 5 s, a 10-page one under 1 s, memory under 300 MB. Peak memory (the
 * process's maximum resident set) through GNU time where it is installed.
 */
function cliFilesBench(dir: string) {
  const time = ['/usr/bin/time'].find((t) => existsSync(t));
  say('### The CLI on one report file (a process each: start, read, audit, JSON out)');
  say();
  say('| file | pages | wall ms | peak MB |');
  say('|---|---:|---:|---:|');
  for (const [f, pages] of [['office/bench100-2021-chromium.pdf', 100], ['bench-2021-chromium.pdf', 10]] as const) {
    const xs: number[] = [];
    let peak = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const args = [join(ROOT, 'bin/nianbao-audit.mjs'), join(dir, f)];
      const r = time ? spawnSync(time, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
      xs.push(performance.now() - t);
      const kb = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? 0);
      peak = Math.max(peak, kb);
    }
    say(`| ${f} | ${pages} | ${ms(median(xs))} | ${peak ? Math.round(peak / 1024) : '—'} |`);
  }
  say();
}

/** The copied-prose check over many reports: the sentence index, then each report's query. Linear, not quadratic. */
function historyBench(): (n: number) => HistoryEntry[] {
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
async function storedHistoryBench(entriesOf: (n: number) => HistoryEntry[]) {
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


// ── the CLI against a researcher's pandas script ─────────────────────────────

const PLACES = ['龙门', '八泉', '澄月', '清河', '青山', '白石', '临江', '望海', '石桥', '南湖', '北关', '西岭', '东塘', '松林', '柳岸'];
const KINDS = ['街道办事处', '镇人民政府', '乡人民政府', '区民政局', '区教育局', '区人民政府', '区司法局', '区财政局', '区卫生健康委员会', '区市场监督管理局'];
/** A different organ for every page, as in a real crawl of one year's reports. */
const organ = (i: number) => `${PLACES[i % PLACES.length]}${KINDS[Math.floor(i / PLACES.length) % KINDS.length]}`;
/** Six report pages in six markups (Word export, CMS tables, a table split in two, a city bureau's, a zone's, narrative phrasings) and the organ each names. */
const BASES: [string, string][] = [
  ['sample-report.html', '上塘街道'],
  ['report-2021-cms.html', '八泉街道'],
  ['report-2019-split.html', '龙门街道'],
  ['report-city-bureau.html', '江州市住房和城乡建设局'],
  ['report-zone-march.html', '江州综合实验区管理委员会'],
  ['report-narrative-phrasings.html', '江州市江北区人民政府'],
];

/** 150 report pages, 25 in each markup, each under an organ of its own (as a crawl of one year's reports is). */
function writeCorpus(dir: string, n = 150): void {
  const bases = BASES.map(([f, organ]) => [readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8'), organ] as const);
  for (let i = 0; i < n; i++) {
    const [html, name] = bases[i % bases.length]!;
    writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.html`), html.split(name).join(organ(i)));
  }
}

const PANDAS_SCRIPT = `import sys, glob
import pandas as pd
tables = 0
for f in sorted(glob.glob(sys.argv[1] + '/*.html')):
    try:
        tables += len(pd.read_html(f, flavor='lxml'))
    except Exception:
        pass
print(tables)
`;

/** A Python with pandas and lxml: a virtual environment made once under out/ (pip's index must be reachable). */
function pandasPython(): { python: string | null; why: string } {
  const which = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (which.status !== 0) return { python: null, why: 'python3 not found' };
  const venv = join(OUT, 'bench-venv');
  const python = join(venv, 'bin/python');
  const has = () => spawnSync(python, ['-c', 'import pandas, lxml'], { stdio: 'ignore' }).status === 0;
  if (existsSync(python) && has()) return { python, why: '' };
  console.log('建立 Python 虚拟环境 Creating a Python virtual environment with pandas and lxml…');
  const mk = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8' });
  if (mk.status !== 0) return { python: null, why: `python3 -m venv failed: ${(mk.stderr || mk.stdout).trim().split('\n').pop()}` };
  const pip = spawnSync(python, ['-m', 'pip', 'install', '--quiet', 'pandas', 'lxml'], { encoding: 'utf8' });
  if (pip.status !== 0 || !has()) return { python: null, why: `pip install pandas lxml failed: ${(pip.stderr || pip.stdout).trim().split('\n').pop()}` };
  return { python, why: '' };
}

/** Wall time of a whole process, in seconds; its peak memory (MB) when /usr/bin/time is there. */
function run(cmd: string, args: string[]): { s: number; mb: number | null } {
  const timed = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = timed ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const kb = timed ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { s, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

/** Alternate the commands `runs` times; medians of each. */
function alternate(cmds: [string, string[]][], runs: number): { s: number; mb: number | null }[] {
  const all = cmds.map(() => [] as { s: number; mb: number | null }[]);
  for (let i = 0; i < runs; i++) cmds.forEach(([c, a], k) => all[k]!.push(run(c, a)));
  return all.map((xs) => ({ s: median(xs.map((x) => x.s)), mb: xs[0]!.mb === null ? null : maxOf(xs.map((x) => x.mb!)) }));
}

function cliBench() {
  say('### The CLI against pandas.read_html (whole processes, this machine)');
  say();
  freshCli();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-'));
  writeCorpus(dir);
  const script = join(dir, '..', `nianbao-pandas-${process.pid}.py`);
  writeFileSync(script, PANDAS_SCRIPT);
  const { python, why } = pandasPython();
  const bin = join(ROOT, 'bin/nianbao-audit.mjs');
  const small = join(ROOT, 'tests/fixtures/pages/sample-report.html');
  const runs = Math.max(3, Math.min(RUNS, 7));
  say(`150 report pages in six markups (fixture pages under 150 organs' names); the CLI audits them in full (every check, the checks across reports, JSON out), pandas only reads their tables. Medians of ${runs} alternating runs.`);
  say();
  if (!python) {
    say(`(pandas side skipped: ${why})`);
    say();
    const [corpus, one] = alternate([['node', [bin, dir]], ['node', [bin, small]]], runs);
    say('| | this CLI |');
    say('|---|---:|');
    say(`| the whole corpus | ${corpus!.s.toFixed(2)} s |`);
    say(`| one small page (start-up) | ${one!.s.toFixed(2)} s |`);
    say();
    return;
  }
  const [cli, pandas, one, imp] = alternate([['node', [bin, dir]], [python, [script, dir]], ['node', [bin, small]], [python, ['-c', 'import pandas']]], runs);
  say('| | this CLI | pandas.read_html (lxml) | CLI / pandas |');
  say('|---|---:|---:|---:|');
  say(`| the whole corpus | ${cli!.s.toFixed(2)} s | ${pandas!.s.toFixed(2)} s | ${(cli!.s / pandas!.s).toFixed(2)} |`);
  say(`| one small page (start-up) against \`import pandas\` | ${one!.s.toFixed(2)} s | ${imp!.s.toFixed(2)} s | ${(one!.s / imp!.s).toFixed(2)} |`);
  if (cli!.mb !== null) say(`| peak memory over the corpus | ${Math.round(cli!.mb)} MB | ${Math.round(pandas!.mb!)} MB | |`);
  say();
}

/** Peak memory of the CLI on the largest inputs it accepts: the attack's shapes, generated. */
let cliBuilt = false;
/** The bundle as npm ci leaves it, built from the sources as they are (with an older one bin/ runs the sources under tsx). */
function freshCli() {
  if (!cliBuilt) execFileSync('node', [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  cliBuilt = true;
}

function memoryBench() {
  if (!existsSync('/usr/bin/time')) return;
  freshCli();
  say('### The CLI on the largest inputs it accepts (memory bound 300 MB)');
  say();
  say('| input | MB | seconds | peak MB | answer |');
  say('|---|---:|---:|---:|---|');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-big-'));
  const report = readFileSync(join(ROOT, 'tests/fixtures/000_dccf7277737237a5.txt'), 'utf8');
  const inputs: [string, string][] = [
    ['report + 150,000 short lines.txt', report + '\n' + Array.from({ length: 150_000 }, (_, i) => `第${i}行`).join('\n')],
    ['200,000 <p>.html', `<html><body>${report.split('\n').map((l) => `<p>${l}</p>`).join('')}${'<p>x</p>'.repeat(200_000)}</body></html>`],
    ['table of 300,000 rows.html', `<html><body>${report.split('\n').map((l) => `<p>${l}</p>`).join('')}<table>${'<tr><td>1</td><td>2</td><td>3</td></tr>'.repeat(300_000)}</table></body></html>`],
    ['18 MB of pipe text.txt', report + '\n' + '| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n'.repeat(560_000)],
    ['45 MB page.html', `<html><body>${report.split('\n').map((l) => `<p>${l}</p>`).join('')}${'<div><span>填充</span></div>'.repeat(1_500_000)}</body></html>`],
  ];
  const bin = join(ROOT, 'bin/nianbao-audit.mjs');
  for (const [name, text] of inputs) {
    const path = join(dir, name.replace(/[^\w.]+/g, '-'));
    writeFileSync(path, text);
    const t = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'node', bin, path], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const s = (performance.now() - t) / 1000;
    const mb = Number(r.stderr.trim().split('\n').pop()) / 1024;
    let answer = `exit ${r.status}`;
    try {
      const rep = JSON.parse(r.stdout).reports[0];
      answer = rep.error ?? `${rep.verdict}; ${rep.findings.filter((f: { rule: string }) => f.rule.startsWith('shape:too-large')).length ? '“too large” said' : 'read whole'}`;
    } catch {
      /* the exit code says it */
    }
    say(`| ${name} | ${(Buffer.byteLength(text) / 1048576).toFixed(1)} | ${s.toFixed(2)} | ${Math.round(mb)} | ${answer} |`);
  }
  say();
}

// ── Chromium ───────────────────────────────────────────────────────────────

async function browserBench() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const pages: Record<string, string> = {};
  for (const [name, size] of [['news-100k', 100_000], ['news-500k', 500_000], ['news-1m', 1_000_000], ['news-2m', 2_000_000]] as const) {
    pages[`/${name}.html`] = newsPage(size);
  }
  for (const f of ['sample-report.html', 'report-2021-cms.html', 'report-2019-split.html']) {
    pages[`/${f}`] = readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8');
  }
  const readability = (await build({ entryPoints: [join(ROOT, 'node_modules/@mozilla/readability/index.js')], bundle: true, format: 'iife', globalName: 'NianbaoReadability', write: false })).outputFiles[0]!.text;
  const server = await serve([
    (req, res) => {
      const p = (req.url ?? '').split('?')[0]!;
      if (!pages[p]) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[p]);
      return true;
    },
  ]);
  const b = await launch({ userDataDir: dir });
  try {
    const page = await b.context.newPage();
    let run = 0;
    const visit = async (path: string, key: string) => {
      // a fresh load every time (a query that changes), so each run starts cold like a real visit
      await page.goto(server.url(`${path}?run=${run++}#nianbao-bench`));
      await page.waitForFunction((k) => k in JSON.parse(document.documentElement.getAttribute('data-nianbao-bench') ?? '{}'), key, { timeout: 20_000 });
      return JSON.parse((await page.evaluate(() => document.documentElement.getAttribute('data-nianbao-bench')))!) as Record<string, number>;
    };

    say('### Content script on pages that are not reports (Chromium)');
    say();
    say('| page | KB | pre-check ms | passed to the engine? |');
    say('|---|---:|---:|---|');
    for (const p of Object.keys(pages).filter((x) => x.startsWith('/news'))) {
      const xs: number[] = [];
      let parsed = false;
      for (let i = 0; i < Math.min(RUNS, 7); i++) {
        const r = await visit(p, 'precheck100');
        xs.push(r.precheck100! / 100);
        parsed ||= 'engine' in r;
      }
      say(`| ${p.slice(1)} | ${kb(pages[p]!)} | ${ms(median(xs))} | ${parsed ? 'yes' : 'no'} |`);
    }
    say();
    say('### Full audit of a report page against one Readability parse (Chromium)');
    say();
    say('Audit = recognise, rebuild, map, check and mark the cells, in the content script of a fresh page load;');
    say('the panel, with the report files the page links to, is drawn after it (shown apart). Readability = one `new Readability(document.cloneNode(true)).parse()`');
    say('in the same page. Both start cold on every load, as on a real visit. The machine is noisy (±30 % from run to');
    say(`run), so each page is loaded ${BROWSER_RUNS} times: the ratio of the medians, and the ratio of each load with its quartiles.`);
    say();
    say('| page | KB | audit ms | panel ms | Readability ms | audit / Readability | per load: median (quartiles) |');
    say('|---|---:|---:|---:|---:|---:|---|');
    for (const p of Object.keys(pages).filter((x) => !x.startsWith('/news'))) {
      const audit: number[] = [];
      const panel: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < BROWSER_RUNS; i++) {
        const r = await visit(p, 'panel');
        audit.push(r.audit!);
        panel.push(r.panel!);
        await page.addScriptTag({ content: readability });
        read.push(await page.evaluate(() => {
          const t = performance.now();
          new (globalThis as unknown as { NianbaoReadability: { Readability: new (d: Document) => { parse(): unknown } } }).NianbaoReadability.Readability(document.cloneNode(true) as Document).parse();
          return performance.now() - t;
        }));
      }
      const each = audit.map((a, i) => a / read[i]!);
      const per = `${median(each).toFixed(2)} (${quantile(each, 0.25).toFixed(2)}–${quantile(each, 0.75).toFixed(2)})`;
      say(`| ${p.slice(1)} | ${kb(pages[p]!)} | ${ms(median(audit))} | ${ms(median(panel))} | ${ms(median(read))} | ${(median(audit) / median(read)).toFixed(2)} | ${per} |`);
    }
    say();
  } finally {
    await b.close();
    await server.close();
  }
}

/** BENCH_ONLY=cli,memory (node, cli, memory, files, history, browser, dashboard — the last two together) runs those sections alone. */
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const want = (s: string) => !only || only.has(s);
say(`## Benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, medians of ${RUNS} runs)`);
say();
if (want('node')) nodeBench();
if (want('cli')) cliBench();
if (want('memory')) memoryBench();
if (want('files')) await filesBench();
if (want('history')) await storedHistoryBench(historyBench());
if (want('browser')) {
  if (existsSync(CHROMIUM)) {
    console.log('构建扩展 Building the extension…');
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    await browserBench();
    if (want('dashboard')) {
      say('### The dashboard with many stored records (Chromium)');
      say();
      say('Records of about 60 KB seeded into the extension’s storage; ms until the first row of the list is visible.');
      say();
      for (const row of await dashboardRows()) say(row);
      say();
    }
  } else say(`(Chromium part skipped: ${CHROMIUM} not found — run bash scripts/install-browser.sh)`);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench.md'), lines.join('\n') + '\n');
