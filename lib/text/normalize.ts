/** Text normalisation shared by every parser: full-width forms, odd spaces, quotes. */

const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u3000\u2000-\u200a\u202f\u205f]+/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Characters cleanText drops: control, zero-width and the bidirectional controls (‮ reverses what follows it on screen). */
const DROP = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;
/** Anything cleanText would change: white space of any kind, control or zero-width characters. */
const UNCLEAN = /[\s\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\u00ad\u2e80-\u2ef3\u2f00-\u2fd5]/;
/** A label labelKey leaves as it is, but for case: PLAIN without white space. */
const KEY_PLAIN = /^[\u0021-\u007e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u301b]*$/;

/** Text made only of these (ASCII, CJK ideographs, 、。《》【】 …) is unchanged by foldText: skip the work. */
const PLAIN = /^[\t\n\r\u0020-\u007e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u301b]*$/;

/** PLAIN and the full-width forms of ASCII (（ ） ： １ …), whose NFKC is the ASCII character and nothing else. */
const WIDE_PLAIN = /^[\t\n\r\u0020-\u007e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u301b\uff01-\uff5e]*$/;
const WIDE = /[\uff01-\uff5e]/g;
const toHalf = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * CJK Radicals Supplement as PDF fonts and office suites put them in a text layer (南⻔街道, ⻘山区人⺠政府), each
 * with the unified ideograph it stands for (Unicode's EquivalentUnifiedIdeograph); the Kangxi radicals (⼭ ⼈) are
 * NFKC's. Pairs: radical, ideograph.
 */
const RADICAL_PAIRS = '⺁厂⺄乙⺅亻⺆冂⺊卜⺌小⺍小⺎兀⺐尢⺒巳⺓幺⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺦丬⺧牛⺨犭⺩王⺬示⺭礻⺯糹⺰纟⺳网⺶羊⺹耂⺺肀⺻聿⺼肉⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻱龜⻳龟⺂乛⺃乚⺉刂⺏尣⺔彑⺕彐⺱罓⻒镸⻟飠⻫斉⻯竜⻲亀⼾户';
const SUPPLEMENT = new Map<string, string>();
for (let i = 0; i < RADICAL_PAIRS.length; i += 2) SUPPLEMENT.set(RADICAL_PAIRS[i]!, RADICAL_PAIRS[i + 1]!);
/** The radicals' code points, as a character class's inside (CJK Radicals Supplement, Kangxi radicals). */
export const RADICAL_RANGE = '\\u2e80-\\u2ef3\\u2f00-\\u2fd5';
const RADICALS = new RegExp(`[${RADICAL_RANGE}]`, 'g');
export const HAS_RADICAL = new RegExp(`[${RADICAL_RANGE}]`);

/** A line's end that closes a sentence or a clause (。；！？：, and their ASCII forms): a line after it starts anew. */
export const CLAUSE_END = /[。；;！!？?：:]$/;

/**
 * Characters no report's label holds, left where a text was decoded wrongly: Latin letters with marks, Latin-1's signs,
 * the replacement character (ŒN、上年结转…: catdoc's text of a Word file; 鍏紑 is the other way round, and reads as Chinese).
 */
export const GARBLED = /[\u00a1-\u00bf\u00c0-\u024f\u2030\u2039\u203a\ufffd]/;

/** Radical code points as the ideographs they stand for: 南⻔街道 → 南门街道, ⼭ → 山. */
export function unifyRadicals(s: string): string {
  if (!HAS_RADICAL.test(s)) return s;
  // the supplement's two with a compatibility form (⺟, ⻳) are in SUPPLEMENT; NFKC leaves its others as they are
  return s.replace(RADICALS, (c) => SUPPLEMENT.get(c) ?? c.normalize('NFKC'));
}

/**
 * The circles typists put for 〇 in a year or a date written in Chinese numerals (二○二一年, 二◯二二年一月十日): after a
 * numeral, each is the zero it stands for. A circle that opens a line (a bullet: ○一是…) is left as it is.
 */
const CIRCLE_ZERO = /(?<=[〇零一二三四五六七八九十])[○◯]+/g;

/** NFKC (full-width → half-width), drop zero-width and control characters, unify quotes and dashes, radicals as ideographs, circles after a numeral as 〇. */
export function foldText(s: string): string {
  if (PLAIN.test(s)) return s;
  // a label with full-width brackets or colons: those mapped by code, without the normaliser and four replacements
  if (WIDE_PLAIN.test(s)) return s.replace(WIDE, toHalf);
  return s
    .replace(CONTROL, '')
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(RADICALS, (c) => SUPPLEMENT.get(c) ?? c)
    .replace(CIRCLE_ZERO, (m) => '〇'.repeat(m.length));
}

/** Collapse runs of white space (incl. nbsp and ideographic space) to one space and trim; radicals as the ideographs they stand for. */
export function cleanText(s: string): string {
  // most cells and lines need nothing, or only their ends trimmed (&nbsp;0&nbsp;): one test rather than
  // three replacements (the engine runs cold in a page). trim takes the same white space as SPACES.
  if (!UNCLEAN.test(s)) return s;
  const t = s.trim();
  if (!UNCLEAN.test(t)) return t;
  return unifyRadicals(s.replace(DROP, '').replace(SPACES, ' ').trim());
}

/** A label reduced for matching: folded, no white space at all, lower case. */
export function labelKey(s: string): string {
  if (KEY_PLAIN.test(s)) return s.toLowerCase();
  return foldText(s).replace(SPACES, '').toLowerCase();
}

/** Text shortened for messages: first `max` characters with an ellipsis. */
export function clip(s: string, max = 40): string {
  const t = cleanText(s);
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese numerals up to 99 (一, 十, 十二, 二十三) and digit-by-digit strings (二〇二一). */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]+$/.test(s) && s.length > 2) {
    return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  }
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return m[3] ? null : CN_DIGITS[m[1]!]!;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

export const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
