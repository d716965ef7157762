/**
 * The command line's ranking: --ranking FILE (repeatable, its format by its ending) from an audit
 * run or from a previous run's JSON output (--from), --ranking-level, and bad arguments said.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputOf, rank, rankingCsv } from '../../lib/ranking';
import { toJson } from '../../lib/result/format';
import { run } from '../../lib/cli/main';
import { regionResults } from '../helpers/ranking-region';
import { parseCsv } from '../helpers/csv';

const results = regionResults();
const ranking = rank(results.map((r) => inputOf(r)));

describe('the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ranking-'));
  const json = join(dir, 'results.json');
  writeFileSync(json, toJson(results));
  const cli = async (...argv: string[]) => {
    let stderr = '';
    const code = await run(argv, { stdout: () => undefined, stderr: (s) => (stderr += s) });
    return { code, stderr };
  };

  it('--from a previous run ranks it into every --ranking file; --ranking-level keeps one level', async () => {
    const [x, c, h] = ['r.xlsx', 'r.csv', 'r.html'].map((f) => join(dir, f));
    const r = await cli('--from', json, '--ranking', x!, '--ranking', c!, '--ranking', h!);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('排名 21 份报告（同机关同年度另有 1 份未计入）');
    expect(readFileSync(c!, 'utf8')).toBe(rankingCsv(ranking.rows));
    expect(readFileSync(h!, 'utf8')).toContain('<h1>政府信息公开工作年度报告体检报告</h1>');
    expect(readFileSync(x!).subarray(0, 2).toString()).toBe('PK');
    const county = join(dir, 'county.csv');
    expect((await cli('--from', json, '--ranking', county, '--ranking-level', 'county', '--lang', 'en')).code).toBe(0);
    expect(parseCsv(readFileSync(county, 'utf8').slice(1)).slice(1).map((r) => r[2])).toEqual(Array(6).fill('county-level'));
  });

  it('bad arguments say why and exit 2', async () => {
    expect(await cli('--from', json, '--ranking', join(dir, 'r.pdf'))).toMatchObject({ code: 2, stderr: expect.stringContaining('.xlsx、.csv 或 .html') });
    expect(await cli('--from', json)).toMatchObject({ code: 2, stderr: expect.stringContaining('--from 需与 --ranking 同用') });
    expect(await cli('--from', join(dir, 'nothing.json'), '--ranking', join(dir, 'n.csv'))).toMatchObject({ code: 2 });
    writeFileSync(join(dir, 'other.json'), '{"reports": 3}');
    expect(await cli('--from', join(dir, 'other.json'), '--ranking', join(dir, 'n.csv'))).toMatchObject({ code: 2, stderr: expect.stringContaining('不是 nianbao-audit 的 JSON 输出') });
    expect(await cli('--ranking-level', 'city', '--from', json, '--ranking', join(dir, 'n.csv'))).toMatchObject({ code: 2 });
  });

  it('an audit run writes its ranking too', async () => {
    const out = join(dir, 'run.csv');
    const seeds = ['000_dccf7277737237a5.txt', '002_d2562da69713e31b.txt'].map((f) => new URL(`../fixtures/${f}`, import.meta.url).pathname);
    const r = await cli('--out', join(dir, 'run.json'), '--ranking', out, ...seeds);
    expect(r.code).toBe(0);
    expect(parseCsv(readFileSync(out, 'utf8').slice(1)).slice(1).map((x) => x[1]).sort()).toEqual(['上塘街道', '东通化街道']);
  });
});
