/** The template's six sections, and telling their headings among the prose lines (never inside tables). */
import type { Heading, TextBlock } from '../model';
import { CLAUSE_END, chineseNumber, cleanText, foldText } from '../text/normalize';

export const SECTION_TITLES: { zh: string; en: string; re: RegExp }[] = [
  { zh: '总体情况', en: 'Overview', re: /^(?:总体情况|概述|基本情况|总体概况)/ },
  { zh: '主动公开政府信息情况', en: 'Proactive disclosure', re: /主动公开/ },
  { zh: '收到和处理政府信息公开申请情况', en: 'Requests received and handled', re: /收到和处理|依申请公开|信息公开申请/ },
  { zh: '政府信息公开行政复议、行政诉讼情况', en: 'Reviews and lawsuits', re: /行政复议|行政诉讼/ },
  { zh: '存在的主要问题及改进情况', en: 'Problems and improvements', re: /存在的?主要问题|改进情况|改进措施|问题及改进/ },
  { zh: '其他需要报告的事项', en: 'Other matters', re: /其他需要报告|其他事项|其他需报告|其他应说明|其他需说明|其他说明事项|其他需要说明/ },
];

const NUMBERED = /^\s*([一二三四五六七八九十]{1,3})\s*[、.，,]\s*(.+)$/;
/** A numeral right before the template's own title, its 、 lost (一总体情况): numbered all the same. */
const NUMBERED_BARE = /^\s*([一二三四五六])((?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项).*)$/;
/**
 * Labels of table 三's rows begin with 一、二、三、四 like headings do; 三、本年度办理结果 set down its column comes out in
 * pieces among other labels' (三、本年度 法提供, 三、 （四）: a text that kept the page's lines).
 */
const TABLE_ROW = /本年新收|上年结转|本年度办理结果|结转下年度|申请数量|^\s*三\s*[、.，,]\s*(?:本年度(?:\s|$|办)|[(（][一二三四五六七八九十]{1,2}[)）].{0,6}$)/;
const MAX_HEADING = 60;

const UNNUMBERED = [
  ...SECTION_TITLES.map((t) => foldText(t.zh)),
  '总体情况', '主动公开情况', '依申请公开情况', '行政复议和行政诉讼情况', '存在的主要问题及改进措施', '其他事项',
];

function sectionOf(title: string): number | null {
  const t = foldText(title);
  for (const [i, s] of SECTION_TITLES.entries()) if (s.re.test(t)) return i + 1;
  return gappedSection(t);
}

/** A space between two Chinese characters: where a PDF-to-text tool took a character out (a radical set elsewhere). */
const GAP = /(?<=[\u3400-\u9fff、，])\s(?=[\u3400-\u9fff])/g;

/**
 * A template title with up to three characters taken out, a space left in each place (`pdftotext`'s text of a print whose
 * heading set 行 as a radical, moved thirty lines up: 政府信息公开 政复议、 政诉讼情况): the section whose own title it is,
 * a character in each gap. Only the template's titles, whole.
 */
function gappedSection(title: string): number | null {
  const gaps = title.match(GAP)?.length ?? 0;
  if (!gaps || gaps > 3 || title.replace(/\s/g, '').length < 6) return null;
  const re = new RegExp(`^${title.trim().split(GAP).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.')}$`);
  const i = SECTION_TITLES.findIndex((s) => re.test(foldText(s.zh)));
  return i >= 0 ? i + 1 : null;
}

/** Lines already told: the readers ask of the same line many times (each cell of a run-together row, each wrapped line). */
const told = new Map<string, boolean>();
const MAX_TOLD = 4_000;

/** True for a line that is one of the six section headings (numbered or not). */
export function isSectionHeading(line: string): boolean {
  let is = told.get(line);
  if (is === undefined) {
    if (told.size >= MAX_TOLD) told.clear();
    told.set(line, (is = tellHeading(line)));
  }
  return is;
}

function tellHeading(line: string): boolean {
  const text = cleanText(line);
  if (!text || text.length > MAX_HEADING || TABLE_ROW.test(text)) return false;
  const m = NUMBERED.exec(text) ?? NUMBERED_BARE.exec(text);
  if (m) return sectionOf(m[2]!.replace(/[(（][^()（）]*[)）]\s*$/, '')) !== null;
  return UNNUMBERED.includes(foldText(text).replace(/[\s。:：]/g, ''));
}

/** The next line with text goes on with the same sentence: it opens with 、，。 and the like. */
function continues(lines: TextBlock[], index: number): boolean {
  for (let i = index + 1; i < lines.length && i <= index + 3; i++) {
    const t = lines[i]!.text.trim();
    if (t) return /^[、，,。；;：:）)]/.test(t);
  }
  return false;
}

/**
 * The line before (blank lines between, as a page break leaves them, passed over) stops mid-sentence after a line's
 * length of text (twenty characters or more): the next goes on with it.
 */
function runsOn(lines: TextBlock[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const t = cleanText(lines[i]!.text);
    if (t) return t.length >= 20 && !CLAUSE_END.test(t);
  }
  return false;
}

export function findHeadings(lines: TextBlock[]): Heading[] {
  const out: Heading[] = [];
  for (const [index, block] of lines.entries()) {
    const text = cleanText(block.text);
    if (!text || text.length > MAX_HEADING || TABLE_ROW.test(text)) continue;
    const m = NUMBERED.exec(text) ?? NUMBERED_BARE.exec(text);
    if (m) {
      const rest = m[2]!;
      // a numbered sentence is a list item, not a heading
      if (/[。；]$/.test(rest) && rest.length > 25) continue;
      // a note in brackets after the title does not make it a sentence
      const title = rest.replace(/[(（][^()（）]*[)）]\s*$/, '');
      const section = title.length <= 40 ? sectionOf(title) : null;
      // a numeral and a comma open a heading only where the template's title follows: else a sentence's words (单 / 一，图表、
      // 音视频等解读方式运用不多；… a paragraph folded at a fixed width)
      if (section === null && /^\s*[一二三四五六七八九十]{1,3}\s*[，,]/.test(text)) continue;
      // nor where the line before stopped mid-sentence, a line's length on (…举一反 / 三、认真开展自查整改…: a text folded
      // at its width), unless the template's title follows
      if (section === null && runsOn(lines, index)) continue;
      out.push({ printed: chineseNumber(m[1]!), section, text, block, index });
      continue;
    }
    // unnumbered headings: only the template's own section titles on a line of their own
    const bare = foldText(text).replace(/[\s。:：]/g, '');
    const s = UNNUMBERED.indexOf(bare);
    // a fragment of a sentence broken over lines (本报告由 / 总体情况 / 、主动公开…) is no heading
    // a table's caption repeating the heading just above it (二、主动公开政府信息情况 / 主动公开政府信息情况), a line or
    // blank lines between (a Markdown heading's underline, a scraper's empty lines), is no second section
    const last = out[out.length - 1];
    const caption =
      !!last && last.section === (s % 6) + 1 && (index - last.index <= 2 || !lines.slice(last.index + 1, index).some((l) => l.text.trim()));
    if (s >= 0 && !continues(lines, index) && !caption) out.push({ printed: null, section: (s % 6) + 1, text, block, index });
  }
  // a title without its number stands for a section only where the report prints no numbered heading for it: else it is
  // a caption or a sub-heading's words (（一） / 主动公开 / 及 / 依申请公开情况, a sub-heading broken a word a line)
  const numbered = new Set(out.flatMap((h) => (h.printed !== null && h.section !== null ? [h.section] : [])));
  // and a numbered heading whose words name a section another heading names under that section's own number (一、政府信息
  // 主动公开工作 before 二、主动公开政府信息情况) is no second heading of that section: its own section is retitled, said
  // once as the template's title missing, not as a section twice, out of order and misnumbered
  const own = new Set(out.flatMap((h) => (h.printed !== null && h.printed === h.section ? [h.section] : [])));
  return out.filter(
    (h) => (h.printed !== null || h.section === null || !numbered.has(h.section)) && !(h.printed !== null && h.section !== null && h.printed !== h.section && own.has(h.section)),
  );
}
