/**
 * Characters a PDF's font set as radicals (⼀ ⾏ ⽰, lib/text/normalize.ts unifyRadicals), which a PDF-to-text tool may
 * lift out of their line: pdfplumber puts a heading's radicals on a line of their own above it, in order, and leaves a
 * space where each stood (⽰ ⻘⼭ ⺠ ⼯ / 2023年 例市 区 政局政府信息公开 作年度报告; ⾏ ⾏ / 四、政府信息公开 政复议、 政诉讼情况),
 * or a heading's numeral above the rest (⼀ / 、总体情况); pdftotext -layout sets them at the line's end, far after it
 * (四、政府信息公开 政复议、 政诉讼情况     ⾏     ⾏); pypdf keeps them in place but a space either side, where the font
 * changed (2023年 ⽰ 例市 ⻘⼭ 区 ⺠ 政局政府信息公开 ⼯ 作年度报告; 四、政府信息公开 ⾏ 政复议、 ⾏ 政诉讼情况). Each is put back
 * where it stood (a line of them left blank: the lines keep their numbers), and every radical read as its ideograph.
 */
import { HAS_RADICAL, RADICAL_RANGE as RADICAL, unifyRadicals } from './normalize';

/** A line of radicals alone, in groups a space apart. */
const RADICALS_ONLY = new RegExp(`^[ \\t]*([${RADICAL}]+(?:[ \\t]+[${RADICAL}]+)*)[ \\t\\r]*$`);
/** A line whose radicals were set after it, each two spaces or more from what is before (pdftotext -layout). */
const RADICALS_AFTER = new RegExp(`^(.*?[^\\s${RADICAL}])((?:[ \\t]{2,}[${RADICAL}]+)+)[ \\t\\r]*$`);
/** One space between two characters that are not spaces: where a lifted group stood. */
const GAP = /(?<=\S) (?=\S)/g;

/** A Chinese character or mark (a radical among them), not a digit or a Latin letter. */
const HAN = new RegExp(`[\\u3000-\\u303f\\u3400-\\u9fff\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65${RADICAL}“”‘’]`);
const RADICALS_TOKEN = new RegExp(`^[${RADICAL}]+$`);
/** A cell's word a table prints alone (⽆: nothing), never a piece of a heading. */
const CELL_WORDS = new Set(['无']);

/**
 * A line's radicals set a space apart on both sides (pypdf): the spaces around each group of them go where both sides are
 * Chinese characters, within a stretch holding a word of two characters or more that is not radicals (a line of letters
 * set a space apart, 其 他 ⾏ 政, is left as it is; so are 无 in a row's cells and radicals next to digits: 1 ⽉ 1 ⽇).
 */
function joinInline(line: string): string {
  if (!line.includes(' ')) return line;
  const tokens = line.split(' ');
  const radical = (t: string) => RADICALS_TOKEN.test(t) && !CELL_WORDS.has(unifyRadicals(t));
  // stretches of tokens each joined to the next: one of the two radicals alone, both sides Chinese
  const stretches: string[][] = [[tokens[0]!]];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const t = tokens[i]!;
    if (a && t && (radical(a) || radical(t)) && HAN.test(a.at(-1)!) && HAN.test(t[0]!)) stretches.at(-1)!.push(t);
    else stretches.push([t]);
  }
  if (stretches.length === tokens.length) return line;
  const word = (t: string) => !radical(t) && [...t].length >= 2;
  return stretches.map((st) => st.join(st.some(word) ? '' : ' ')).join(' ');
}

/** The text with its lifted radicals put back and every radical as its ideograph; as many lines as it had. */
export function placeRadicals(text: string): string {
  if (!HAS_RADICAL.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    lines[i] = joinInline(lines[i]!);
    const after = RADICALS_AFTER.exec(lines[i]!);
    if (!after) continue;
    const groups = after[2]!.trim().split(/[ \t]+/);
    if ((after[1]!.match(GAP)?.length ?? 0) !== groups.length) continue;
    let k = 0;
    lines[i] = after[1]!.replace(GAP, () => groups[k++]!) + (lines[i]!.endsWith('\r') ? '\r' : '');
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = RADICALS_ONLY.exec(lines[i]!);
    if (!m) continue;
    const groups = m[1]!.split(/[ \t]+/);
    const next = lines[i + 1]!;
    const gaps = next.match(GAP)?.length ?? 0;
    let placed: string | null = null;
    if (gaps === groups.length) {
      let k = 0;
      placed = next.replace(GAP, () => groups[k++]!);
    } else if (groups.length === 1 && gaps === 0 && /^\s*[、.．]/.test(next)) {
      placed = next.replace(/^(\s*)/, `$1${groups[0]}`);
    }
    if (placed === null) continue;
    lines[i] = lines[i]!.endsWith('\r') ? '\r' : '';
    lines[i + 1] = placed;
  }
  return unifyRadicals(lines.join('\n'));
}
