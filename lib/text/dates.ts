/** Chinese dates in the forms reports and pages print them. */
import type { FoundDate } from '../model';
import { chineseNumber, foldText } from './normalize';

const CN = '〇零一二三四五六七八九十';
const PATTERNS: RegExp[] = [
  // 2021年2月4日, 2021 年 02 月 04 日
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g,
  // 2021-02-04, 2021/2/4, 2021.02.04
  /(?<![\d.])(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d])/g,
  // 二〇二一年二月四日
  new RegExp(`([${CN}]{4})\\s*年\\s*([${CN}]{1,3})\\s*月\\s*([${CN}]{1,3})\\s*[日号]`, 'g'),
];

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function make(y: number, m: number, d: number, raw: string, index: number): FoundDate | null {
  if (!valid(y, m, d)) return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, year: y, month: m, day: d, raw, index };
}

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const t = foldText(text);
  const out: FoundDate[] = [];
  for (const [i, re] of PATTERNS.entries()) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      let d: FoundDate | null = null;
      if (i === 0) d = make(+m[1]!, +m[2]!, +m[3]!, m[0], m.index);
      else if (i === 1) d = make(+m[1]!, +m[3]!, +m[4]!, m[0], m.index);
      else {
        const y = chineseNumber(m[1]!), mo = chineseNumber(m[2]!), da = chineseNumber(m[3]!);
        if (y !== null && mo !== null && da !== null) d = make(y, mo, da, m[0], m.index);
      }
      if (d) out.push(d);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first date in a short string, or null. */
export function parseDate(s: string): FoundDate | null {
  return findDates(s)[0] ?? null;
}
