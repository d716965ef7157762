/** The administrative level of an organ, from its name (部/厅/局/委 · 省/市/区/县 · 乡/镇/街道). */
import type { OrganLevel } from '../model';

/** Words that contain an administrative suffix without naming a unit (市场, 社区 …). */
const NOISE = /市场|社区|园区|景区|城市|都市|超市|区域|县域|市政|市民|省级|市级|县级|区级/g;

export function organLevel(organ: string | null): OrganLevel | null {
  if (!organ) return null;
  const o = organ.replace(NOISE, '');
  if (/街道|乡|镇|苏木|办事处$/.test(o)) return 'township';
  if (/[区县旗]/.test(o)) return 'county';
  if (/[市州盟]/.test(o)) return 'municipal';
  if (/省|自治区|兵团/.test(o)) return 'provincial';
  if (/^(?:国家|国务院|中华人民共和国|中国)|(?:部|总局|总署|委员会|银保监会|证监会)$/.test(o)) return 'national';
  return null;
}

/** A government's own report (本级), as opposed to one of its departments'. */
export function isGovernment(organ: string | null): boolean {
  return !!organ && /人民政府$/.test(organ) && !/办公室|办公厅/.test(organ);
}
