/** Which template version (2019 or 2021) a report's tables follow, from the tables' own labels. */
import type { Version, VersionEvidence } from '../model';
import { labelKey } from '../text/normalize';

/** Labels only one version prints: whole, by how they start, or anywhere in the label. */
interface Markers {
  whole: Set<string>;
  starts: string[];
  within: string[];
}

const MARKERS: Record<Version, Markers> = {
  '2019': {
    whole: new Set(['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增减', '本年增/减', '处理决定数量', '采购项目数量', '政府集中采购', '其他对外管理服务事项', '本年新']),
    starts: ['采购总金额'],
    within: ['第二十条第(九)项'],
  },
  '2021': {
    whole: new Set(['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '行政规范性文件']),
    starts: ['本年收费金额'],
    within: ['逾期不补正', '收费通知', '缴纳费用'],
  },
};

function marks(m: Markers, k: string): boolean {
  if (m.whole.has(k)) return true;
  for (const w of m.starts) if (k.startsWith(w)) return true;
  for (const w of m.within) if (k.includes(w)) return true;
  return false;
}

export function detectVersion(labels: Iterable<string>, year: number | null): VersionEvidence {
  const markers: Record<Version, string[]> = { '2019': [], '2021': [] };
  for (const raw of labels) {
    const k = labelKey(raw);
    for (const v of ['2019', '2021'] as Version[]) {
      if (marks(MARKERS[v], k) && !markers[v].includes(raw)) markers[v].push(raw);
    }
  }
  const a = markers['2019'].length;
  const b = markers['2021'].length;
  let version: Version | null = null;
  if (a > b) version = '2019';
  else if (b > a) version = '2021';
  else if (a > 0 || year !== null) version = year !== null && year >= 2021 ? '2021' : '2019';
  return { version, markers, mixed: a >= 2 && b >= 2 };
}

/** The template version in force for a report year. */
export function versionForYear(year: number): Version {
  return year >= 2021 ? '2021' : '2019';
}
