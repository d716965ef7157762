// The mutation score of each engine folder, summed from the committed results of `npm run mutation`
// (reports/mutation/*.incremental.json, one per target run). Score = (killed + timed out) / (killed + timed out +
// survived + no coverage), as Stryker counts it; a folder none of whose files has been run says so.
// `node scripts/mutation-scores.mjs --survivors lib/text` lists that folder's surviving mutants.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATION_FOLDERS as FOLDERS } from './mutation-folders.mjs';

const DIR = 'reports/mutation';
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Each file's mutants; a file in several results files (a folder's run and its own) is taken from the name sorted last. */
const files = new Map();
let names = [];
try {
  names = readdirSync(DIR).filter((f) => f.endsWith('.incremental.json')).sort();
} catch {
  // no run yet
}
for (const name of names) {
  const report = JSON.parse(readFileSync(join(DIR, name), 'utf8'));
  for (const [path, file] of Object.entries(report.files ?? {})) files.set(path.replace(/\\/g, '/'), file);
}

const [flag, only] = process.argv.slice(2);
if (flag === '--survivors') {
  for (const [path, file] of [...files].sort()) {
    if (only && !path.startsWith(only)) continue;
    for (const m of file.mutants) {
      if (!UNDETECTED.has(m.status)) continue;
      const line = file.source.split('\n')[m.location.start.line - 1]?.trim() ?? '';
      console.log(`${path}:${m.location.start.line} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')} | ${line.slice(0, 120)}`);
    }
  }
  process.exit(0);
}

/** The TypeScript sources of a folder and its subfolders, as the mutation config takes them. */
function sources(folder) {
  try {
    return readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith('.ts')).length;
  } catch {
    return 0;
  }
}

console.log('| folder | files run | mutants | killed | timed out | survived | no coverage | score |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const folder of FOLDERS) {
  const mine = [...files].filter(([p]) => p.startsWith(`${folder}/`));
  const count = (s) => mine.reduce((n, [, f]) => n + f.mutants.filter((m) => m.status === s).length, 0);
  const [killed, timeout, survived, none] = ['Killed', 'Timeout', 'Survived', 'NoCoverage'].map(count);
  const detected = killed + timeout;
  const total = detected + survived + none;
  const all = mine.reduce((n, [, f]) => n + f.mutants.length, 0);
  const score = total ? `${((100 * detected) / total).toFixed(1)}%` : 'not run';
  console.log(`| ${folder} | ${mine.length} of ${sources(folder)} | ${all} | ${killed} | ${timeout} | ${survived} | ${none} | ${score} |`);
}
