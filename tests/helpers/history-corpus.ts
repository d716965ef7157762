/**
 * Reports across years and organs, for the checks across reports: each organ's
 * four consecutive years (2019 and 2020 on the 2019 template, 2021 and 2022 on the
 * 2021 template), each right on its own and continuing from the year before
 * (上年结转 = last year's 结转下年度; 现行有效 and 上一年项目数量 carried over), each
 * with prose of its own — plus the template's wording and the statutory
 * boilerplate every report prints, which must never count as copying.
 */
import { APPLICANT_COLS, REQUEST_COL_ORDER, resultLeafRows } from '../../lib/template/layout';
import { mulberry32, randomFilled, type Filled, type Rng } from './template-data';
import { reportText } from './report-text';

export const YEARS = [2019, 2020, 2021, 2022];

const TOPICS = ['优化营商环境', '乡村振兴', '疫情防控', '安全生产', '生态环境保护', '民生保障', '城市更新', '基层治理', '教育医疗', '就业创业', '养老服务', '防汛抗旱', '食品安全', '市场监管', '文明创建', '交通出行'];
const ACTIONS = ['主动发布', '集中梳理', '逐项公开', '及时更新', '分类整理', '滚动发布', '专题推送', '统一归集', '全面清理', '重点解读'];
const OBJECTS = ['政策文件', '办事指南', '权责清单', '财政预决算信息', '重大项目进展', '民生实事清单', '行政许可结果', '随机抽查结果', '政策问答', '会议纪要摘要', '规划计划', '统计数据'];
const CHANNELS = ['门户网站', '政务新媒体', '政务服务大厅', '公开栏', '新闻发布会', '便民服务站', '微信公众号', '政府公报'];
const OUTCOMES = ['群众知晓率明显提高', '办事效率有所提升', '咨询量同比下降', '社会反响良好', '企业获得感增强', '监督渠道更加畅通', '信息查找更加便捷', '政策落实更加透明'];

const pick = <T>(rng: Rng, xs: T[]) => xs[Math.floor(rng() * xs.length)]!;

/** Prose of its own: a dozen sentences of the organ's work, numbers in them. */
export function ownProse(rng: Rng, organ: string, year: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const n = 1 + Math.floor(rng() * 300);
    out.push(
      `${organ}围绕${pick(rng, TOPICS)}，通过${pick(rng, CHANNELS)}${pick(rng, ACTIONS)}${pick(rng, OBJECTS)}${n}条，${pick(rng, OUTCOMES)}，${pick(rng, TOPICS)}相关${pick(rng, OBJECTS)}同步${pick(rng, ACTIONS)}。`,
    );
  }
  return out;
}

/** What every report prints alike: the template's wording and the boilerplate of the 条例. */
export function boilerplate(organ: string, year: number): string[] {
  return [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级有关要求编制，现公布${organ}${year}年度政府信息公开工作年度报告。`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `本报告电子版可在${organ}门户网站下载，如对本报告有任何疑问，请与${organ}办公室联系。`,
    `${year}年，${organ}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`,
  ];
}

export interface Report {
  organ: string;
  year: number;
  filled: Filled;
  prose: string[];
}

/** The year after `prev`: its own numbers, with what carries over carried over. */
function nextYear(prev: Filled | null, organ: string, year: number, seed: number): Filled {
  const version = year >= 2021 ? '2021' : '2019';
  const f = randomFilled(mulberry32(seed), version, organ);
  f.year = year;
  const v = f.values;
  if (!prev) return f;
  const g = (k: string) => v.get(k)!;
  // 上年结转 = last year's 结转下年度; the year's own balance then sets what it carries out (or takes in more)
  for (const c of APPLICANT_COLS) {
    v.set(`requests/carried_in/${c}`, prev.values.get(`requests/carried_out/${c}`)!);
    let out = g(`requests/new/${c}`) + g(`requests/carried_in/${c}`) - g(`requests/result.total/${c}`);
    if (out < 0) {
      v.set(`requests/new/${c}`, g(`requests/new/${c}`) - out);
      out = 0;
    }
    v.set(`requests/carried_out/${c}`, out);
  }
  for (const row of ['new', 'carried_in', 'carried_out']) v.set(`requests/${row}/total`, APPLICANT_COLS.reduce((s, c) => s + g(`requests/${row}/${c}`), 0));
  if (version === '2021' && prev.version === '2021') {
    for (const r of ['art20_1.rules', 'art20_1.normative']) {
      const was = prev.values.get(`active/${r}/in_force`)!;
      const repealed = Math.min(g(`active/${r}/repealed`), was);
      v.set(`active/${r}/repealed`, repealed);
      v.set(`active/${r}/in_force`, was + g(`active/${r}/issued`) - repealed);
    }
  }
  if (version === '2019' && prev.version === '2019') {
    for (const r of ['art20_5.license', 'art20_5.other_services', 'art20_6.penalty', 'art20_6.coercion', 'art20_8.fees']) {
      const items = prev.values.get(`active/${r}/prev_items`)! + prev.values.get(`active/${r}/delta`)!;
      v.set(`active/${r}/prev_items`, items);
      if (items + g(`active/${r}/delta`) < 0) v.set(`active/${r}/delta`, -items);
    }
  }
  return f;
}

/** An organ's four years, each right on its own and continuing from the last. */
export function organYears(organ: string, seed: number): Report[] {
  const out: Report[] = [];
  let prev: Filled | null = null;
  for (const [i, year] of YEARS.entries()) {
    const filled = nextYear(prev, organ, year, seed * 10 + i);
    out.push({ organ, year, filled, prose: ownProse(mulberry32(seed * 100 + i), organ, year) });
    prev = filled;
  }
  return out;
}

/** A report as its text: the title, 一、总体情况 with boilerplate and its own prose, the tables, the rest. */
export function reportOf(r: Report): string {
  const b = boilerplate(r.organ, r.year);
  return reportText(r.filled, { overview: [b[3], b[0], ...r.prose, b[1], b[2]].join('') });
}

/** Break the carry-over of a column by `by`, the year still right on its own: 新收 takes up the difference. */
export function shiftCarriedIn(f: Filled, col: string, by: number) {
  const v = f.values;
  v.set(`requests/carried_in/${col}`, v.get(`requests/carried_in/${col}`)! + by);
  v.set(`requests/new/${col}`, v.get(`requests/new/${col}`)! - by);
  if (v.get(`requests/new/${col}`)! < 0) throw new Error('pick a column whose 新收 covers the shift');
  for (const row of ['carried_in', 'new']) v.set(`requests/${row}/total`, APPLICANT_COLS.reduce((s, c) => s + v.get(`requests/${row}/${c}`)!, 0));
}

/**
 * A region in little: 东湖街道's four years, 2021's carry-over broken in `col` by 2; 北塘街道's 2021; 中塘街道's 2021
 * printing eight of 北塘街道's twelve sentences under its own name.
 */
export function copiedRegion(): { reports: Report[]; col: string } {
  const dh = organYears('东湖街道', 1);
  const col = APPLICANT_COLS.find((c) => dh[2]!.filled.values.get(`requests/new/${c}`)! >= 2)!;
  shiftCarriedIn(dh[2]!.filled, col, 2);
  const bt = organYears('北塘街道', 4)[2]!;
  const own = organYears('中塘街道', 5)[2]!;
  const zt = { ...own, prose: [...bt.prose.slice(0, 8).map((x) => x.split('北塘街道').join('中塘街道')), ...own.prose.slice(8)] };
  return { reports: [...dh, bt, zt], col };
}

export { REQUEST_COL_ORDER, resultLeafRows };
