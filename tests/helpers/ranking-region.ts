/**
 * A small generated region for the ranking's tests: organs at four levels (a province's department,
 * a city's bureau and its government, a district's bureau and its government, a street office and a
 * town) over 2020–2022, each year right on its own and continuing from the last — with known
 * defects: a report signed late, two reports with the same prose, a carry-over that breaks from
 * the year before, a section left out, one organ's year published twice (once without 表四),
 * a page that is no report and one that could not be read. Audited as one run (lib/pipeline/across).
 */
import { readFileSync } from 'node:fs';
import { auditHtml, auditText } from '../../lib/node';
import { acrossReports, keep, type Audited } from '../../lib/pipeline/across';
import { emptyResult } from '../../lib/result/empty';
import type { ReportResult } from '../../lib/result/schema';
import { boilerplate, organYears, shiftCarriedIn, type Report } from './history-corpus';
import { SECTION_HEADINGS, reportText } from './report-text';

export const SITE = 'https://www.jz.gov.cn';

/** The organs, their level and whether a government's own as the engine reads them from the name, and a short name for addresses. */
export const ORGANS = [
  { organ: '江州省交通运输厅', level: 'provincial', slug: 'jtt', government: false },
  { organ: '江州市民政局', level: 'municipal', slug: 'mzj', government: false },
  { organ: '江州市人民政府', level: 'municipal', slug: 'szf', government: true },
  { organ: '江北区教育局', level: 'county', slug: 'jyj', government: false },
  { organ: '江北区人民政府', level: 'county', slug: 'qzf', government: true },
  { organ: '上塘街道办事处', level: 'township', slug: 'st', government: false },
  { organ: '龙门镇人民政府', level: 'township', slug: 'lm', government: true },
] as const;

export const YEARS = [2020, 2021, 2022];

export const sourceOf = (slug: string, year: number, extra = '') => `${SITE}/${slug}/${year}${extra}.txt`;
export const NO_REPORT = `${SITE}/news.html`;
export const UNREADABLE = `${SITE}/broken.pdf`;
/** The second publication of 江州市人民政府 2022, without 表四. */
export const DUPLICATE = sourceOf('szf', 2022, '-copy');

/** The text with the lines from one heading up to another left out (the first kept when asked). */
function without(text: string, from: string, to: string, keepHeading: boolean): string {
  const lines = text.split('\n');
  const a = lines.indexOf(from);
  const b = lines.indexOf(to);
  if (a < 0 || b < a) throw new Error(`no ${from} before ${to}`);
  return [...lines.slice(0, keepHeading ? a + 1 : a), ...lines.slice(b)].join('\n');
}

function textOf(r: Report, overview?: string[], signed?: string): string {
  const b = boilerplate(r.organ, r.year);
  return reportText(r.filled, { overview: [b[3], b[0], ...(overview ?? r.prose), b[1], b[2]].join(''), ...(signed ? { signed } : {}) });
}

/** Every report of the region: address and text. */
export function regionTexts(): { source: string; text: string }[] {
  const out: { source: string; text: string }[] = [];
  const years = new Map<string, Report[]>(ORGANS.map((o, i) => [o.organ, organYears(o.organ, 7 + i).filter((r) => YEARS.includes(r.year))]));
  const of = (organ: string, year: number) => years.get(organ)!.find((r) => r.year === year)!;
  // 江州市民政局 2021 carried in one more than 2020 carried out
  shiftCarriedIn(of('江州市民政局', 2021).filled, 'natural', 1);
  // 上塘街道办事处 2022 prints 龙门镇人民政府's prose of the same year, its own name in it
  const copied = of('龙门镇人民政府', 2022).prose.map((s) => s.split('龙门镇人民政府').join('上塘街道办事处'));
  for (const o of ORGANS) {
    for (const r of years.get(o.organ)!) {
      const overview = o.organ === '上塘街道办事处' && r.year === 2022 ? copied : undefined;
      // 江北区教育局 2021 signed on 15 March, past 31 January
      let text = textOf(r, overview, o.organ === '江北区教育局' && r.year === 2021 ? '2022年3月15日' : undefined);
      // 江州省交通运输厅 2020 has no section 五
      if (o.organ === '江州省交通运输厅' && r.year === 2020) text = without(text, SECTION_HEADINGS[4]!, SECTION_HEADINGS[5]!, false);
      out.push({ source: sourceOf(o.slug, r.year), text });
      if (o.organ === '江州市人民政府' && r.year === 2022) out.push({ source: DUPLICATE, text: without(text, SECTION_HEADINGS[3]!, SECTION_HEADINGS[4]!, true) });
    }
  }
  return out;
}

const NEWS = new URL('../fixtures/pages/news.html', import.meta.url);

/** The region audited as one run: each report beside the others (cross-year, copied prose). */
export function regionResults(): ReportResult[] {
  const items: Audited[] = regionTexts().map(({ source, text }) => keep(auditText(text, source)));
  items.push(keep(auditHtml(readFileSync(NEWS, 'utf8'), NO_REPORT)));
  items.push({ result: emptyResult(UNREADABLE, '文件已损坏，无法读取'), snapshot: null, entry: null });
  return acrossReports(items, {});
}
