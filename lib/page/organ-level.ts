/**
 * Who published a report, from the organ's own name: its administrative level
 * (部/厅/局/委 of a 省/市/区/县, 乡/镇/街道), and whether it is a government's own
 * (本级) report. Words that merely contain a division's character (城乡, 乡村,
 * 市场, 社区 …) say nothing of the level.
 */
import type { OrganLevel } from '../model';

/** Words that contain an administrative suffix without naming a unit. */
const NOISE = /城乡|乡村|城镇|村镇|市场|社区|园区|景区|城市|都市|超市|区域|县域|市政|市民(?!族)|省级|市级|县级|区级|乡级|镇级|市容|县城/g;

/** A township or street office itself, or one of its offices: 某某镇人民政府, 某某乡, 某某街道办事处, 某某镇社会事务办公室. */
const TOWNSHIP = /街道|办事处$|苏木|片区(?:管理局|管委会|管理委员会)$|[镇乡](?:人民政府|政府|党委|办事处|$)|[镇乡][\u4e00-\u9fa5]{0,6}(?:办公室|中心|站|所|办)$/;

/**
 * A division's suffix, where it ends a division's name: not 州 in 贵州省 or 苏州市,
 * which a further suffix follows.
 */
const DIVISION = /(自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗)(?!省|市|州|盟|区|县|旗|自治)/g;
const DIVISION_LEVEL: Record<string, OrganLevel> = {
  自治区: 'provincial', 省: 'provincial',
  自治州: 'municipal', 地区: 'municipal', 市: 'municipal', 州: 'municipal', 盟: 'municipal',
  自治县: 'county', 自治旗: 'county', 区: 'county', 县: 'county', 旗: 'county',
};
const RANK: Record<OrganLevel, number> = { township: 0, county: 1, municipal: 2, provincial: 3, national: 4 };

/** The level of the lowest division the organ's own name names, else a national body by its name. */
export function organLevel(organ: string | null): OrganLevel | null {
  if (!organ) return null;
  const o = organ.replace(NOISE, '');
  if (TOWNSHIP.test(o)) return 'township';
  let level: OrganLevel | null = null;
  for (const m of o.matchAll(DIVISION)) {
    const l = DIVISION_LEVEL[m[1]!]!;
    if (!level || RANK[l] < RANK[level]) level = l;
  }
  if (level) return level;
  if (/兵团/.test(o)) return 'provincial';
  if (/^(?:国家|国务院|中华人民共和国|中国)|(?:部|总局|总署|委员会|银保监会|证监会)$/.test(o)) return 'national';
  return null;
}

/** The management committee of a zone, reporting for its whole area as a government does. */
const ZONE_COMMITTEE = /(?:综合实验区|实验区|试验区|开发区|新区|高新区|高新技术产业开发区|经济技术开发区|保税区|自贸区|产业园区|工业园区)(?:党工委)?(?:管理委员会|管委会)$/;

/** A name that is only a place: a division (三明市, 某某县) or a zone (平潭综合实验区), with no unit after it. */
const PLACE_ONLY = /^[\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|自治县|自治旗|省|市|地区|州|盟|区|县|旗|综合实验区|实验区|试验区|开发区|新区|高新区)$/;
/** Units that end in a division's character but are no place: 片区, 园区, 社区, 景区 … */
const NOT_PLACE = /(?:片区|园区|社区|景区|营区|辖区|城区|小区|学区|库区|矿区|湾区|街区|商区|厂区|牧区|林区|功能区)$/;

/** Zones report through their 管委会, not a 人民政府. */
const ZONE = /(?:综合实验区|实验区|试验区|开发区|新区|高新区|保税区|自贸区)$/;

/**
 * The organ as it is named: a report whose title names only its place (三明市) is its people's
 * government's (三明市人民政府); a zone keeps its own name; any other name is kept as printed.
 */
export function organName(organ: string | null): string | null {
  if (!organ || !PLACE_ONLY.test(organ) || NOT_PLACE.test(organ) || ZONE.test(organ) || organLevel(organ) === 'township') return organ;
  return `${organ}人民政府`;
}

/**
 * A government's own (本级) report, due 31 March: 某某县人民政府, a zone's 管委会 for its area, or a
 * report whose title names only its place (「三明市2023年政府信息公开工作年度报告」, 平潭综合实验区).
 */
export function isGovernment(organ: string | null): boolean {
  if (!organ) return false;
  if (/人民政府$/.test(organ) && !/办公室|办公厅/.test(organ)) return true;
  if (ZONE_COMMITTEE.test(organ)) return true;
  return PLACE_ONLY.test(organ) && !NOT_PLACE.test(organ) && organLevel(organ) !== 'township';
}
