/**
 * Writes the HTML fixture pages that browser tests and `npm start` serve:
 *   npx tsx tests/helpers/make-pages.ts
 * The pages are committed; rerun this only to change them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { auditText } from '../../lib/pipeline/audit';
import { renderReport } from './report-html';
import { mulberry32, randomFilled, type Filled } from './template-data';

const dir = new URL('../fixtures/pages/', import.meta.url);
const write = (name: string, html: string) => writeFileSync(new URL(name, dir), html);

// 1. seed 000's numbers (with its errors and blanks) as a Word-exported page: the bundled sample
{
  const seed = readFileSync(new URL('../fixtures/000_dccf7277737237a5.txt', import.meta.url), 'utf8');
  const model = auditText(seed).model!;
  const f: Filled = { version: '2019', year: 2020, organ: '上塘街道', values: new Map(), units: {}, raw: new Map() };
  for (const t of Object.values(model.mapping.tables)) {
    for (const c of t.cells.values()) {
      f.values.set(`${c.table}/${c.row}/${c.col}`, c.value);
      f.raw!.set(`${c.table}/${c.row}/${c.col}`, c.raw);
    }
  }
  write('sample-report.html', renderReport(f, 'word', mulberry32(1), {
    title: '2020年上塘街道政府信息公开工作年度报告',
    overview: '2020年，上塘街道根据区政府统一部署，加强组织领导，健全工作机制，认真贯彻《中华人民共和国政府信息公开条例》各项要求，扎实推进政府信息公开工作。本年度共接到依申请公开2件，均已按时回复。',
    signed: '2021年1月28日',
    published: '2021-01-29',
  }));
}

// 2. a clean 2021 report in a CMS editor, 3. a 2019 report split over two tables with one wrong cell
{
  const f = randomFilled(mulberry32(11), '2021', '八泉街道');
  write('report-2021-cms.html', renderReport(f, 'cms', mulberry32(2)));
}
{
  const f = randomFilled(mulberry32(12), '2019', '龙门街道');
  f.values.set('requests/result.disclosed/natural', f.values.get('requests/result.disclosed/natural')! + 2);
  write('report-2019-split.html', renderReport(f, 'split', mulberry32(3)));
}

// 4. the blank template (a look-alike: no numbers at all)
{
  const f: Filled = { version: '2021', year: 2021, organ: '', values: new Map(), units: {} };
  write('blank-template.html', renderReport(f, 'cms', mulberry32(4), { title: '政府信息公开工作年度报告格式', signed: '', overview: '（一）总体情况。围绕年度重点工作，概述本机关政府信息公开工作情况。' }));
}

// 5. seed 004's late signature and text/table disagreement, as a CMS page
{
  const f = randomFilled(mulberry32(13), '2019', '澄月街道');
  f.values.set('active/art20_9.procurement/count', 62);
  f.values.set('active/art20_9.procurement/amount', 9722328);
  write('report-late.html', renderReport(f, 'cms', mulberry32(5), {
    overview: '2020年街道公开政府集中采购项目52个，累计878.86万元。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    signed: '2021年2月4日',
    published: '2021-02-05',
  }));
}

/** Every requests cell of a filled template times k: the arithmetic still holds. */
function scaled(f: Filled, k: number): Filled {
  for (const [key, v] of f.values) if (key.startsWith('requests/')) f.values.set(key, v * k);
  return f;
}

// 6. a provincial office's 2019 report that leaves the 总计 column of 表三 blank on every result row
{
  const f = scaled(randomFilled(mulberry32(21), '2019', '江州省人民政府办公厅'), 9);
  f.year = 2019;
  f.raw = new Map();
  for (const key of f.values.keys()) if (/^requests\/result\.(?!total).*\/total$/.test(key)) f.raw.set(key, '');
  write('report-blank-total-column.html', renderReport(f, 'cms', mulberry32(6), {
    title: '江州省人民政府办公厅2019年政府信息公开工作年度报告',
    signed: '2020年1月20日',
    published: '2020-01-21',
  }));
}

// 7. a zone's 2023 report for its whole area, published on 10 March; a sentence names another body's arrangements
{
  const f = randomFilled(mulberry32(22), '2021', '江州综合实验区管理委员会');
  f.year = 2023;
  const html = renderReport(f, 'cms', mulberry32(7), {
    title: '2023年政府信息公开工作年度报告',
    overview: '2023年，按照省政府办公厅关于做好政府信息公开工作年度报告编制工作的部署，江州综合实验区管理委员会坚持以人民为中心，扎实推进政务公开工作。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    signed: '2024年3月8日',
    published: '2024-03-10',
  });
  write('report-zone-march.html', html.replace(/<meta name="ContentSource"[^>]*>/, '').replace(/来源：[^<]*/, '').replace(/主办单位：[^<]*/, '主办单位：江州综合实验区'));
}

// 8. a city bureau whose name holds 城乡 (not a township), reporting the 规章 it may make
{
  const f = randomFilled(mulberry32(23), '2021', '江州市住房和城乡建设局');
  f.year = 2022;
  f.values.set('active/art20_1.rules/issued', 2);
  f.values.set('active/art20_1.rules/in_force', 15);
  write('report-city-bureau.html', renderReport(f, 'semantic', mulberry32(8), { signed: '2023年1月16日', published: '2023-01-18' }));
}

// 9. the phrasings real reports use for result groups and documents in force, against the tables
{
  const f = scaled(randomFilled(mulberry32(24), '2021', '江州市江北区人民政府'), 1);
  f.year = 2022;
  const v = f.values;
  const set = (key: string, n: number) => v.set(key, n);
  // 表三: 予以公开 272 + 部分公开 3; 无法提供 337 in three items; the text says 258 and 265
  const rows: [string, number][] = [['result.disclosed', 272], ['result.partial', 3], ['result.unavailable.1', 265], ['result.unavailable.2', 40], ['result.unavailable.3', 32]];
  for (const [row, n] of rows) {
    for (const c of ['business', 'research', 'public_interest', 'legal_service', 'other_org']) set(`requests/${row}/${c}`, 0);
    set(`requests/${row}/natural`, n);
    set(`requests/${row}/total`, n);
  }
  const leaves = [...v.keys()].filter((k) => /^requests\/result\.(?!total)[^/]+\/natural$/.test(k)).map((k) => k.split('/')[1]!);
  for (const c of ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org', 'total']) {
    const sum = leaves.reduce((s, r) => s + v.get(`requests/${r}/${c}`)!, 0);
    set(`requests/result.total/${c}`, sum);
    set(`requests/new/${c}`, sum + v.get(`requests/carried_out/${c}`)! - v.get(`requests/carried_in/${c}`)!);
    if (v.get(`requests/new/${c}`)! < 0) {
      set(`requests/carried_in/${c}`, 0);
      set(`requests/new/${c}`, sum + v.get(`requests/carried_out/${c}`)!);
    }
  }
  for (const row of ['new', 'carried_in', 'carried_out']) {
    set(`requests/${row}/total`, ['natural', 'business', 'research', 'public_interest', 'legal_service', 'other_org'].reduce((s, c) => s + v.get(`requests/${row}/${c}`)!, 0));
  }
  set('active/art20_1.normative/in_force', 470);
  write('report-narrative-phrasings.html', renderReport(f, 'cms', mulberry32(9), {
    overview: '2022年，江北区人民政府持续深化政务公开。截至2022年底，现行有效行政规范性文件393件。全年办理政府信息公开申请，其中予以公开及部分公开258件，无法提供265件。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
    signed: '2023年3月20日',
    published: '2023-03-21',
  }));
}

// 10. a report that starts at 一、总体情况 (no title), its year in the statistics period only
{
  const f = randomFilled(mulberry32(25), '2021', '江州市江北区民政局');
  f.year = 2023;
  const html = renderReport(f, 'cms', mulberry32(10), {
    title: '',
    overview: '江北区民政局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。本报告数据统计截止2023年12月31日。',
    signed: '2024年1月18日',
    published: '2024-01-19',
  });
  write('report-untitled.html', html.replace(/<title>[^<]*<\/title>/, '<title>政府信息公开专栏</title>').replace(/<h1 class="title"><\/h1>/, ''));
}
