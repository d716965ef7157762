/**
 * What the template asks for in words (lib/rules/section-content.ts), on real reports with one section
 * edited per case (tests/fixtures/sections, each made from a report of tests/fixtures/real): exactly the
 * finding the edit causes, every other finding as the report had it; none where the sections' bounds are in
 * doubt. The real reports themselves — which state their fees and their 整改 in words, or do not — are
 * checked in ./real.test.ts and ./seeds.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditFile, auditHtml } from '../../lib/node';
import { acrossReports, keep } from '../../lib/pipeline/across';
import type { Finding } from '../../lib/result/schema';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const audit = (path: string) => auditFile(bytes(path), path, null, {}, null, 'text');
const findings = async (path: string) => (await audit(path)).result.findings;

const SANMING_2022 = 'real/fujian/106_sanming-smzf-2022.txt';
const SANMING_2023 = 'real/fujian/113_sanming-smzf-2023.txt';
const TONGJI_2019 = 'real/fujian2/303_putian-tjj-2019.txt';

const EMPTY = ['section-content:five-empty', 'warning', '第五部分「存在的主要问题及改进情况」没有内容'];
const none = (text: string) => ['section-content:five-none', 'warning', `第五部分「存在的主要问题及改进情况」只写了「${text}」，没有说明存在的问题和改进措施`];
const NO_MEASURES = ['section-content:no-measures', 'warning', '第五部分「存在的主要问题及改进情况」列出了存在的问题，但没有写改进措施'];
const NO_RECTIFICATION = ['section-content:no-rectification', 'notice', '第五部分「存在的主要问题及改进情况」没有说明上年度存在问题的整改情况（2021 年版模板要求报告）'];
const NO_FEES = ['section-content:no-fees', 'warning', '报告没有说明本年度收取信息处理费的情况（2021 年版模板要求在第六部分「其他需要报告的事项」报告，未收取的也应写明）'];

/** [fixture, the report it was made from, what the edit did, the findings it adds as [id, severity, message]]. */
const CASES: [string, string, string, string[][]][] = [
  ['2022-sanming-five-empty.txt', SANMING_2022, '五 left empty (its heading straight before 六)', [EMPTY]],
  ['2022-sanming-five-none.txt', SANMING_2022, '五 reads 「无。」', [none('无。')]],
  // no measure, and with the measures went the report's only word of 整改
  ['2022-sanming-no-measures.txt', SANMING_2022, '五 lists its problems and stops', [NO_MEASURES, NO_RECTIFICATION]],
  ['2022-sanming-no-rectification.txt', SANMING_2022, '「对问题多、整改不力的单位进行问责」 → 「对问题多的单位进行通报」: no word of 整改 left', [NO_RECTIFICATION]],
  ['2022-sanming-no-fees.txt', SANMING_2022, '六 「2022年度全市各级各部门未收取信息处理费。」 → 「无。」', [NO_FEES]],
  // doubt: 五 again after 六 — neither section's bounds are known, so neither is read (the duplicate is said)
  ['2022-sanming-five-twice.txt', SANMING_2022, '「五、存在的主要问题及改进情况 / 无。」 printed again after 六', [['section:duplicate:5', 'warning', '第5部分「存在的主要问题及改进情况」出现了两次']]],
  // the 2019 template asks neither for 整改 nor for 信息处理费
  ['2019-putian-no-measures.txt', TONGJI_2019, '五 names its problems and no measure', [NO_MEASURES]],
  ['2019-putian-five-none-on-heading.txt', TONGJI_2019, '「五、存在的主要问题及改进情况：无。」 on one line', [none('无。')]],
  ['2019-putian-five-none-split-title.txt', TONGJI_2019, 'the title broken over two lines (… 及改进 / 情况), then 「暂无。」', [none('暂无。')]],
  ['2019-putian-five-none-unnumbered.txt', TONGJI_2019, 'the title without its number, then 「本年度无」', [none('本年度无')]],
  ['2019-putian-five-empty-ascii-dot.txt', TONGJI_2019, '「五.存在的主要问题及改进措施」 with nothing under it', [EMPTY]],
];

const triple = (f: Finding) => [f.id, f.severity, f.message];

describe.each(CASES)('%s', (file, base, _what, added) => {
  it('gives exactly the findings its edit causes, and the report’s others as they were', async () => {
    const before = await findings(base);
    const after = await findings(`sections/${file}`);
    expect(before.filter((f) => f.rule.startsWith('section-content:'))).toEqual([]);
    expect(after.map((f) => f.id).sort()).toEqual([...before.map((f) => f.id), ...added.map((a) => a[0]!)].sort());
    const ids = new Set(before.map((f) => f.id));
    expect(after.filter((f) => !ids.has(f.id)).map(triple)).toEqual(added);
  });
});

describe('a published page (平潭综合实验区 2024, as the site serves it) with its 五 or 六 edited', () => {
  const page = readFileSync(new URL('real/fujian/121_pingtan-syq-2024.html', FIXTURES), 'utf8');
  const FIVE = /(五、存在的主要问题及改进情况<\/span><\/p>)<p style="text-indent: 2em;">([^<]*)<\/p>/;
  const text = FIVE.exec(page)![2]!;
  const ids = (html: string) => auditHtml(html, 'page').result.findings.map(triple);

  it('as published: states its fees and (in 一) problems rectified, so nothing', () => {
    expect(ids(page).filter((f) => String(f[0]).startsWith('section-content'))).toEqual([]);
  });
  it('五 「无。」', () => {
    expect(ids(page.replace(FIVE, '$1<p style="text-indent: 2em;">无。</p>'))).toEqual([...ids(page), none('无。')]);
  });
  it('五 with nothing under its heading', () => {
    expect(ids(page.replace(FIVE, '$1'))).toEqual([...ids(page), EMPTY]);
  });
  it('五 set in a table, its prose empty: the table may hold the section, so nothing is said', () => {
    expect(ids(page.replace(FIVE, `$1<table border="1"><tbody><tr><td>${text}</td></tr></tbody></table>`))).toEqual(ids(page));
    const grid = '<table border="1"><tbody><tr><td>存在的问题</td><td>改进措施</td></tr><tr><td>解读形式单一</td><td>丰富解读形式</td></tr></tbody></table>';
    expect(ids(page.replace(FIVE, `$1${grid}`))).toEqual(ids(page));
  });
  it('六 「2024年，无收取信息处理费情况。」 → 「无。」', () => {
    expect(ids(page.replace('2024年，无收取信息处理费情况。', '无。'))).toEqual([...ids(page), NO_FEES]);
  });
});

describe('五 copied from the organ’s previous report (三明市人民政府 2022 → 2023)', () => {
  const run = async (files: string[]) => acrossReports(await Promise.all(files.map(async (f) => keep(await audit(f)))), {});

  it('2023 printing 2022’s 五 again: one warning naming 2022’s report, with the sentences side by side', async () => {
    const [, copied] = await run([SANMING_2022, 'sections/2023-sanming-five-copied.txt']);
    const f = copied!.findings.filter((x) => x.rule === 'section-content:five-copied');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['warning', '第五部分「存在的主要问题及改进情况」100% 的句子（10/10）与本机关 2022 年报告（三明市2022年政府信息公开工作年度报告）相同：问题和改进措施照抄上年（数字、年份、机关名称不计）'],
    ]);
    expect(f[0]!.shared!.length).toBe(8);
    for (const s of f[0]!.shared!) expect(s.ours).toBe(s.theirs);
    // the rest of the report is its own: the report as a whole is not flagged
    expect(copied!.findings.filter((x) => x.rule.startsWith('copied-text'))).toEqual([]);
  });

  it('the 2023 report as published shares no more of its 五 with 2022 than common phrasing: nothing', async () => {
    const [, real] = await run([SANMING_2022, SANMING_2023]);
    expect(real!.findings.filter((x) => x.rule === 'section-content:five-copied')).toEqual([]);
  });
});
