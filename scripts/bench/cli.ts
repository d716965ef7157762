/** The CLI as whole processes: against a researcher's pandas script over a corpus of report pages, and on the largest inputs it accepts. */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maxOf } from '../../lib/arrays';
import { ROOT } from '../browser';
import { OUT, RUNS, median, say } from './stats';

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

/** Counties prefixed past the first 150 organs, so that a thousand pages still name organs of their own. */
const COUNTIES = ['', '江南县', '河西县', '云台县', '石门县', '沙湾县', '柳江县'];
/** The n-th organ of a region larger than 150. */
const regionOrgan = (k: number) => `${COUNTIES[Math.floor(k / 150) % COUNTIES.length]}${organ(k % 150)}`;

/** A report's text moved from its year to another: the year it reports on and the next (when it was published). */
function moveYear(html: string, from: number, to: number): string {
  return html.split(`${from + 1}年`).join('\u0001').split(`${from}年`).join(`${to}年`).split('\u0001').join(`${to + 1}年`);
}

/**
 * n report pages as a region's crawl has them: each organ's reports of three years in its site's markup (the six
 * bases), so the run's history has work to do — each organ's years paired, its prose compared with its own and
 * its neighbours'.
 */
export function writeRecurring(dir: string, n: number): void {
  const bases = BASES.map(([f, name]) => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages', f), 'utf8');
    const year = Number(/(20\d\d)年[^<]{0,6}政府信息公开/.exec(html)?.[1] ?? /(20\d\d)年/.exec(html)![1]);
    return { html, name, year };
  });
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / 3);
    const b = bases[k % bases.length]!;
    const to = b.year - 2 + (i % 3);
    writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.html`), moveYear(b.html.split(b.name).join(regionOrgan(k)), b.year, to));
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

/** Wall time of a whole process, in seconds; its peak memory (MB) and CPU time (user + system, s) when /usr/bin/time is there. */
/**
 * Where each timed command writes its output: a file, as a user keeps a region's output (`> region.json`). Read through
 * a pipe into this process, the 20 MB of JSON of a thousand pages were timed with this process's reading and decoding of
 * them, which pandas' one printed number never is.
 */
const OUTPUT = join(tmpdir(), `nianbao-bench-out-${process.pid}`);

export function timedRun(cmd: string, args: string[]): { s: number; mb: number | null; cpu: number | null } {
  const timed = existsSync('/usr/bin/time');
  const out = openSync(OUTPUT, 'w');
  const t = performance.now();
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 28, stdio: ['ignore', out, 'pipe'] as ('ignore' | 'pipe' | number)[] };
  const r = timed ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], options) : spawnSync(cmd, args, options);
  const s = (performance.now() - t) / 1000;
  closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [kb, user, sys] = timed ? r.stderr.trim().split('\n').pop()!.split(' ').map(Number) : [NaN, NaN, NaN];
  return { s, mb: Number.isFinite(kb) ? kb! / 1024 : null, cpu: Number.isFinite(user) && Number.isFinite(sys) ? user! + sys! : null };
}

/** Alternate the commands `runs` times; medians of each (peak memory: the largest). */
function alternate(cmds: [string, string[]][], runs: number): { s: number; mb: number | null; cpu: number | null }[] {
  const all = cmds.map(() => [] as ReturnType<typeof timedRun>[]);
  for (let i = 0; i < runs; i++) cmds.forEach(([c, a], k) => all[k]!.push(timedRun(c, a)));
  return all.map((xs) => ({ s: median(xs.map((x) => x.s)), mb: xs[0]!.mb === null ? null : maxOf(xs.map((x) => x.mb!)), cpu: xs[0]!.cpu === null ? null : median(xs.map((x) => x.cpu!)) }));
}

/** The stages' times the CLI tells with NIANBAO_TIMING=1, and the whole process's, in ms (one run). */
function stages(bin: string, dir: string): { audit: number; history: number; output: number; total: number } {
  const out = openSync(OUTPUT, 'w');
  const t = performance.now();
  const r = spawnSync('node', [bin, dir], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', out, 'pipe'], env: { ...process.env, NIANBAO_TIMING: '1' } });
  const total = performance.now() - t;
  closeSync(out);
  const got = (stage: string) => Number(new RegExp(`timing ${stage} ([\\d.]+) ms`).exec(r.stderr)?.[1] ?? NaN);
  return { audit: got('audit'), history: got('history'), output: got('output'), total };
}

export function cliBench() {
  say('### The CLI against pandas.read_html (whole processes, this machine)');
  say();
  freshCli();
  const corpora: { name: string; dir: string }[] = [];
  const script = join(tmpdir(), `nianbao-pandas-${process.pid}.py`);
  try {
    cliRows(corpora, script);
  } finally {
    // the generated corpora (a thousand pages), the pandas script and the last command's output go with the run
    for (const c of corpora) rmSync(c.dir, { recursive: true, force: true });
    rmSync(script, { force: true });
    rmSync(OUTPUT, { force: true });
  }
}

function cliRows(corpora: { name: string; dir: string }[], script: string) {
  const make = (name: string, write: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-'));
    write(dir);
    corpora.push({ name, dir });
  };
  make('150 pages, an organ each (one year\'s crawl)', (d) => writeCorpus(d));
  make('150 pages, 50 organs × 3 years (a region\'s crawl)', (d) => writeRecurring(d, 150));
  make('1,000 pages, 334 organs × 3 years', (d) => writeRecurring(d, 1000));
  writeFileSync(script, PANDAS_SCRIPT);
  const { python, why } = pandasPython();
  const bin = join(ROOT, 'bin/nianbao-audit.mjs');
  const small = join(ROOT, 'tests/fixtures/pages/sample-report.html');
  const runs = Math.max(3, Math.min(RUNS, 7));
  say(`Report pages in six markups (fixture pages under other organs' names; in the region's corpora each organ's three years, so the checks across reports pair them and compare their prose). The CLI audits them in full (every check, the checks across reports, JSON out), pandas only reads their tables; each command's output goes to a file. Medians of ${runs} alternating runs; the history's share is the time spent auditing reports again beside the others, of the whole process (one run with NIANBAO_TIMING=1).`);
  say();
  if (!python) {
    say(`(pandas side skipped: ${why})`);
    say();
    say('| | this CLI | history share |');
    say('|---|---:|---:|');
    for (const c of corpora) {
      const [cli] = alternate([['node', [bin, c.dir]]], runs);
      const st = stages(bin, c.dir);
      say(`| ${c.name} | ${cli!.s.toFixed(2)} s | ${((100 * st.history) / st.total).toFixed(0)}% |`);
    }
    const [one] = alternate([['node', [bin, small]]], runs);
    say(`| one small page (start-up) | ${one!.s.toFixed(2)} s | |`);
    say();
    return;
  }
  // CPU: user + system time of the whole process (the CLI's one thread keeps V8's concurrent compiler busy on the second core; pandas uses one)
  say('| | this CLI | pandas.read_html (lxml) | CLI / pandas | history share | peak MB (CLI / pandas) | CPU s (CLI / pandas) |');
  say('|---|---:|---:|---:|---:|---:|---:|');
  for (const c of corpora) {
    const [cli, pandas] = alternate([['node', [bin, c.dir]], [python, [script, c.dir]]], runs);
    const st = stages(bin, c.dir);
    const mb = cli!.mb === null ? '' : `${Math.round(cli!.mb)} / ${Math.round(pandas!.mb!)}`;
    const cpu = cli!.cpu === null ? '' : `${cli!.cpu.toFixed(2)} / ${pandas!.cpu!.toFixed(2)}`;
    say(`| ${c.name} | ${cli!.s.toFixed(2)} s | ${pandas!.s.toFixed(2)} s | ${(cli!.s / pandas!.s).toFixed(2)} | ${((100 * st.history) / st.total).toFixed(0)}% | ${mb} | ${cpu} |`);
  }
  const [one, imp, npx] = alternate([['node', [bin, small]], [python, ['-c', 'import pandas']], ['npx', ['nianbao-audit', small]]], runs);
  say(`| one small page (start-up; \`nianbao-audit\` after \`npm link\`) against \`import pandas\` | ${one!.s.toFixed(2)} s | ${imp!.s.toFixed(2)} s | ${(one!.s / imp!.s).toFixed(2)} | | | |`);
  // \`npm link\` puts bin/nianbao-audit.mjs on the PATH: \`nianbao-audit\` is the row above; \`npx\` resolves the package first
  say(`| one small page through \`npx nianbao-audit\` against \`import pandas\` | ${npx!.s.toFixed(2)} s | ${imp!.s.toFixed(2)} s | ${(npx!.s / imp!.s).toFixed(2)} | | | |`);
  say();
}

let cliBuilt = false;
/** The bundle as npm ci leaves it, built from the sources as they are (with an older one bin/ runs the sources under tsx). */
export function freshCli() {
  if (!cliBuilt) execFileSync('node', [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  cliBuilt = true;
}

/** Peak memory of the CLI on the largest inputs it accepts: the attack's shapes, generated. */
export function memoryBench() {
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
    rmSync(path, { force: true });
  }
  rmSync(dir, { recursive: true, force: true });
  say();
}
