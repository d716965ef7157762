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
