/** Title, organ, report year and dates, from the prose of a report and the page's metadata. */
import type { Block, FoundDate, Heading, Located, OrganFrom, PageMeta, TextBlock, YearInfo } from '../model';
import { cleanText, foldText } from '../text/normalize';
import { findDates } from '../text/dates';

const REPORT_TITLE = /(?:政府)?信息公开.{0,12}(?:年度报告|年报|工作报告)|政务公开.{0,8}年度报告|年度.{0,12}信息公开.{0,6}报告/;
const TITLE_TAIL = /(?:\d{4}\s*年度?)?(?:政府|政务)?信息公开(?:工作)?(?:年度报告|年报|工作报告)(?:\(.*\))?$|(?:\d{4}\s*年度?)?政务公开.*年度报告(?:\(.*\))?$/;

export function looksLikeReportTitle(s: string): boolean {
  return REPORT_TITLE.test(foldText(s).replace(/\s+/g, ''));
}

/** A crawler's or a site's header gives a value after its field's name (标题: …): the value, never the name. */
export const FIELD_LABEL = /^\s*(?:标\s*题|题\s*名|文章标题|信息名称|名\s*称|主\s*题|Title)\s*[:：]\s*/i;

const SITE_TAIL = /^(.*\S)(?:\s*[_|]\s*|\s+[-–—]\s+)[^_|]*$/;

/** Document titles append the channel and the site ("…年度报告_某某区人民政府"): dropped while a report title remains. */
function withoutSiteTail(title: string): string {
  let t = title;
  for (let m = SITE_TAIL.exec(t); m && looksLikeReportTitle(m[1]!); m = SITE_TAIL.exec(t)) t = m[1]!;
  return t;
}

/** A link to the report's file names it: "附件：某局2021年…年度报告.pdf" → the name without the label and the extension. */
function attachmentName(line: string): string {
  return line.replace(/^(?:附件\s*\d*|附|下载|附件下载|全真版)\s*[：:]\s*/, '').replace(FIELD_LABEL, '').replace(/\.(?:pdf|docx?|wps|ofd)$/i, '');
}

/** A title that states its year (2021年, 二〇二一年). */
export const TITLE_YEAR = /\d{4}\s*年|[〇零一二三四五六七八九]{4}年/;

/** The fields of a page's information table (索引号 文号 发布机构 生成日期 标题 … 有效性), a row a line in a page's text. */
const META_FIELD = '(?:标\\s*题|题\\s*名|名\\s*称|有效性|索\\s*引\\s*号|文\\s*号|发布机构|发文机关|生成日期|成文日期|发布日期|主题分类|公开方式|公开范围)';
const META_TITLE = new RegExp(`(?:标\\s*题|题\\s*名|名\\s*称)\\s+(.+?)(?:\\s+${META_FIELD}.*)?$`);
/** The same row with its cells run together (a minified page's text: …生成日期标题某局2025年…年度报告有效性有效): the next field's name ends the title. */
const META_TITLE_RUN = new RegExp(`(?:标\\s*题|题\\s*名)(.+?)${META_FIELD}`);

/**
 * The title a page's information table gives, read a row a line with its fields apart by tabs or spaces (标题⇥某局2025年…
 * 年度报告⇥有效性⇥有效): the value after 标题, up to the next field's name; a line without one as it is.
 */
function metaTitle(line: string): string {
  const m = META_TITLE.exec(line) ?? META_TITLE_RUN.exec(line);
  return m && looksLikeReportTitle(m[1]!) ? m[1]! : line;
}

/** The page's title and its heading run together (a page's textContent: 某局2023年…年度报告某局2023年…年度报告): once. */
const TWICE = /^(.{6,60}?)\s*\1$/;
const once = (line: string) => (line.length <= 121 ? (TWICE.exec(line)?.[1] ?? line) : line);

/** The line at `i` as the report's title, or null: short, naming a report, no sentence; with the organ above it when set over two lines. */
function titleAt(head: TextBlock[], i: number): Located<string> | null {
  const b = head[i]!;
  // a crawl starts with the document's title, the channel and site after it (…年度报告_政府信息公开年报_某某管委会)
  const line = once(withoutSiteTail(attachmentName(metaTitle(cleanText(b.text)))));
  if (!line) return null;
  // a title wrapped mid-word onto a short line of its own (…信息公开工作年度报 / 告: a PDF's text); a title wraps only
  // when long, so a short line is no title's start (a site's columns: 政府信息 / 公开年报)
  const next = i + 1 < head.length ? cleanText(head[i + 1]!.text) : '';
  const wrapped = line.length >= 12 && next && next.length <= 6 && !looksLikeReportTitle(line) && looksLikeReportTitle(line + next);
  const t = wrapped ? line + next : line;
  // a listing's item carries its date (…年度报告 2022-01-20): a link to a report, not the report's own title
  if (t.length > 60 || /[>»]|首页|当前位置|如下|[。；，]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(t)) return null;
  if (!looksLikeReportTitle(t) && !/年度报告|年报$/.test(t)) return null;
  // a title set over two lines, the organ above the rest (某某街道办事处 / 2023年政府信息公开工作年度报告)
  const above = i > 0 ? cleanText(head[i - 1]!.text) : '';
  if (/^\d{4}\s*年/.test(t) && above.length <= 30 && ORGAN_END.test(above) && !/[。；，：:]/.test(above)) return { value: above + t, src: head[i - 1]!.src };
  return { value: t, src: b.src };
}

/** A title with its year, as a page's text runs it together with what stands beside it. */
const GLUED = /\d{4}\s*年度?[\u4e00-\u9fa5（）()]{0,30}?(?:政府|政务)?信息公开(?:工作)?(?:年度报告|年报)/;
/** Where a breadcrumb's or a channel's words end (首页 > 政务公开 > 政府信息公开年报) and the title's organ may start. */
const CRUMB_END = /.*(?:[>»：:|_\s]|首页|年报|年度报告|公开|专栏)/;

/**
 * A title run together with the page's breadcrumb and its date line, as a page's textContent keeps markup without line
 * breaks (当前位置：首页 > 政务公开 > 政府信息公开年报澄月街道2020年政府信息公开工作年度报告发布时间：2021-02-05): the
 * year's title and the organ right before it, after the breadcrumb's last word — an organ's name, or nothing.
 */
function gluedTitle(line: string): string | null {
  const m = GLUED.exec(line);
  if (!m) return null;
  const organ = line.slice(0, m.index).replace(CRUMB_END, '');
  if (organ && (organ.length > 30 || !ORGAN_END.test(organ) || NOT_ORGAN_START.test(organ) || /[。；，、]/.test(organ))) return null;
  return organ + m[0];
}

/** How many lines hold the first `n` lines with text. */
function withText(lines: TextBlock[], n: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text.trim() && ++seen === n) return i + 1;
  return lines.length;
}

/**
 * The report's own title: the first short line that names a report, before the first section — the first that states
 * its year, where one does, else the first that names a report in full: a page printed with its site's frame has
 * the site's columns (政府信息 / 公开年报) above it.
 */
export function findTitle(lines: TextBlock[], headings: Heading[], meta: PageMeta): Located<string> | null {
  // up to the first section (a site's frame printed above the report can be some fifty lines), else the first 40 lines;
  // lines with text counted (a page's whole text holds hundreds of blank lines of its frame's markup above the title)
  const head = lines.slice(0, headings.length ? Math.min(headings[0]!.index, withText(lines, 120)) : withText(lines, 40));
  // without a year: the first that names a report in full, before a bare 年报 or 年度报告
  let named: Located<string> | null = null;
  let bare: Located<string> | null = null;
  for (let i = 0; i < head.length; i++) {
    const t = titleAt(head, i);
    if (!t) continue;
    if (TITLE_YEAR.test(foldText(t.value))) return t;
    if (looksLikeReportTitle(t.value)) named ??= t;
    else bare ??= t;
  }
  if (named ?? bare) return named ?? bare;
  for (const dt of meta.titles ?? []) {
    if (!looksLikeReportTitle(dt)) continue;
    return { value: cleanText(withoutSiteTail(dt)), src: null };
  }
  // a text without the page's own title (a crawl's textContent): a title run into its neighbours
  for (const b of head) {
    const value = gluedTitle(cleanText(b.text));
    if (value) return { value, src: b.src };
  }
  return null;
}

const ORGAN_SUFFIX = '(?:街道办事处|街道|人民政府办公室|人民政府办公厅|人民政府|办事处|管理委员会|管委会|委员会|办公室|办公厅|[镇乡局厅委署部院办处]|中心)';
const ORGAN_END = new RegExp(`${ORGAN_SUFFIX}$`);
/** An organ's name at the head of a clause: a place, then its unit. */
const SUBJECT_NAME = '([\\u4e00-\\u9fa5]{2,18}?(?:街道办事处|街道|人民政府|管理委员会|管委会|委员会|[镇乡局厅委署]))';
/** What follows the report's own organ when it is the subject of a sentence about its work. */
const SUBJECT_VERB = '(?=政府信息公开|政务公开|信息公开|高度重视|认真|坚持|深入|全面|严格|扎实|持续|进一步|紧紧围绕|围绕|按照|根据|积极|始终|不断|着力|切实|公开日常|主动公开|共收到|共受理|全年)';
const SUBJECT = new RegExp(`(?:^|[，,。；;：:])(?:\\d{4}年度?[，,]?)?${SUBJECT_NAME}${SUBJECT_VERB}`, 'g');
const NOT_ORGAN_START = /^[我本全各该在对由和与及从向将把为以其所此上下按据经根]/;
/**
 * Words that put the organ after them as an object (要求对国务院办公厅政务公开工作评估…中发现的问题限时整改: real, 上海市 2020;
 * 针对国务院办公厅…评估: 上海市人民政府办公厅 2019): two characters, as a place may begin with one of them (通州区, 会昌县).
 */
const NOT_ORGAN_PREFIX = /^(?:针对|要求|组织|配合|协助|会同|联合|通过|依托|结合|围绕)/;

/** The organ from the title: what stands before 政府信息公开工作年度报告, less the year. */
export function organFromTitle(title: string): string | null {
  const t = foldText(title).replace(FIELD_LABEL, '').replace(/\s+/g, '').replace(/^关于/, '');
  const m = TITLE_TAIL.exec(t);
  if (!m) return null;
  // 某局关于2021年度…报告: the organ is what stands before 关于
  const head = t.slice(0, m.index).replace(/^\d{4}年度?/, '').replace(/\d{4}年度?$/, '').replace(/[(（《]$/, '').replace(/关于$/, '').replace(/\d{4}年度?$/, '');
  return head.length >= 2 && head.length <= 40 ? head : null;
}

/** A short closing line naming the organ (the signature above the date). */
export function signatureOrgan(lines: TextBlock[]): Located<string> | null {
  const tail = lines.filter((l) => l.text.trim()).slice(-6);
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = cleanText(tail[i]!.text).replace(/\d{4}年\d{1,2}月\d{1,2}日$/, '').trim();
    if (t.length >= 3 && t.length <= 25 && !/[，。；：:、]/.test(t) && ORGAN_END.test(t)) {
      return { value: t, src: tail[i]!.src };
    }
  }
  return null;
}

/**
 * The organ that is the subject of the report's own sentences about its work
 * ("2023年，某某区管委会坚持…", "某某街道高度重视…"), most often named. Never an
 * organ a sentence merely mentions ("按照省政府办公厅的部署"): only a name that opens
 * a clause and is followed by a verb of the report's own work counts.
 */
export function organFromText(lines: TextBlock[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines.slice(0, 200)) {
    const t = foldText(l.text).replace(/\s+/g, '');
    SUBJECT.lastIndex = 0;
    for (let m = SUBJECT.exec(t); m; m = SUBJECT.exec(t)) {
      const name = m[1]!;
      if (NOT_ORGAN_START.test(name) || NOT_ORGAN_PREFIX.test(name) || /政府信息|信息公开|工作/.test(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // count every candidate together with the longer names that contain it
  let best: string | null = null;
  let bestScore = 0;
  for (const [name] of counts) {
    let score = 0;
    for (const [other, n] of counts) if (other.includes(name) || name.includes(other)) score += n;
    if (score > bestScore || (score === bestScore && best && name.length < best.length)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Who published the report and where that was read: the title, the page's metadata, the signature, the report's own sentences. */
export function findOrgan(title: string | null, meta: PageMeta, blocks: Block[], prose: TextBlock[]): { value: string | null; from: OrganFrom | null } {
  const fromTitle = title ? organFromTitle(title) : null;
  if (fromTitle) return { value: fromTitle, from: 'title' };
  const fromMeta = organFromMeta(meta, blocks);
  if (fromMeta) return { value: fromMeta, from: 'meta' };
  const signed = signatureOrgan(prose)?.value;
  if (signed) return { value: signed, from: 'signature' };
  const subject = organFromText(prose);
  return subject ? { value: subject, from: 'text' } : { value: null, from: null };
}

/** Strip a trailing 办事处/人民政府 for comparing organ names. */
export function organCore(s: string): string {
  return s.replace(/(办事处|人民政府)$/, '');
}

/** A year as reports write it: four digits of this or the last century, no digit before them (123020年 is none). */
const Y = '(?<!\\d)((?:19|20)\\d{2})';
const PERIOD = new RegExp(`${Y}\\s*年\\s*1\\s*月\\s*1\\s*日\\s*(?:起)?\\s*(?:至|到|-|—|~)\\s*(?:(\\d{4})\\s*年\\s*)?12\\s*月\\s*31\\s*日`);
const UNTIL = new RegExp(`截[至止](?:到)?\\s*${Y}\\s*年\\s*12\\s*月\\s*31\\s*日`);
const YEAR_OF_TITLE = new RegExp(`${Y}\\s*年`);

export function findYear(title: string | null, prose: TextBlock[], signed: FoundDate | null): YearInfo {
  const ty = title ? YEAR_OF_TITLE.exec(foldText(title)) : null;
  if (ty) return { year: +ty[1]!, from: 'title' };
  for (const l of prose) {
    const t = foldText(l.text);
    const p = PERIOD.exec(t) ?? UNTIL.exec(t);
    if (p) return { year: +p[1]!, from: 'period' };
  }
  if (signed && signed.month <= 6) return { year: signed.year - 1, from: 'signature' };
  const counts = new Map<number, number>();
  for (const l of prose.slice(0, 120)) {
    for (const m of foldText(l.text).matchAll(/(20\d{2})\s*年(?![\d]{0,2}\s*月)/g)) {
      const y = +m[1]!;
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let year: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && year !== null && y < year)) [year, n] = [y, c];
  return { year, from: year === null ? null : 'text' };
}

/** The date the report is signed: a date line among the last lines of the text. */
export function findSignatureDate(prose: TextBlock[]): Located<FoundDate> | null {
  const tail = prose.filter((l) => l.text.trim()).slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = cleanText(tail[i]!.text);
    if (t.length > 40 || /发布|来源|时间|日期|浏览|点击/.test(t)) continue;
    const d = findDates(t);
    const rest = d.length === 1 ? foldText(t).replace(d[0]!.raw, '').trim() : '';
    if (d.length === 1 && rest.length <= 20 && !/[，。；]|报告/.test(rest)) return { value: d[0]!, src: tail[i]!.src };
  }
  return null;
}

const PUB_META = ['pubdate', 'publishdate', 'publish_date', 'article:published_time', 'firstpublishedtime', 'dc.date', 'dc.date.issued', 'date', 'maketime'];
const PUB_TEXT = /(?:发布时间|发布日期|发文日期|成文日期|公开日期|时间)\s*[:：]?\s*(.{6,24})/;

/** The date the page says it was published, from meta tags, Readability, or a 发布时间 line. */
export function findPublished(meta: PageMeta, blocks: Block[]): FoundDate | null {
  for (const name of PUB_META) {
    const v = meta.metaTags?.[name];
    const d = v ? findDates(v)[0] : undefined;
    if (d) return d;
  }
  if (meta.publishedTime) {
    const d = findDates(meta.publishedTime)[0];
    if (d) return d;
  }
  for (const b of blocks.slice(0, 400)) {
    if (b.kind === 'text') {
      const m = PUB_TEXT.exec(foldText(b.text));
      const d = m ? findDates(m[1]!)[0] : undefined;
      if (d && b.text.length < 200) return d;
    } else {
      for (const r of b.rows.slice(0, 8)) {
        for (let i = 0; i < r.cells.length - 1; i++) {
          if (/发布日期|发文日期|成文日期|发布时间/.test(r.cells[i]!.text)) {
            const d = findDates(r.cells[i + 1]!.text)[0];
            if (d) return d;
          }
        }
      }
    }
  }
  return null;
}

/** The date a page's address carries: …/202603/t20260305_2192644.htm, /art/2024/1/10/art_…, /content/post_… not. */
const URL_DATE = /\/t(20\d{2})(\d{2})(\d{2})_|\/art\/(20\d{2})\/(\d{1,2})\/(\d{1,2})\//;
const URL_LINE = /^(?:原文链接|原始链接|原文地址|链接|网址|URL)\s*[:：]\s*(\S+)/i;

export function urlDate(meta: PageMeta, blocks: Block[]): FoundDate | null {
  const urls = [meta.url ?? ''];
  for (const b of blocks.slice(0, 30)) if (b.kind === 'text') urls.push(URL_LINE.exec(b.text.trim())?.[1] ?? '');
  for (const u of urls) {
    const m = URL_DATE.exec(u);
    if (!m) continue;
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const found = findDates(`${y}-${mo}-${d}`)[0];
    if (found) return { ...found, raw: u.slice(0, 200) };
  }
  return null;
}

/**
 * The date a report was published. A site's template date (every page of a site dated YYYY-01-01) is
 * no publication: a date of 1 January within or before the report's own year is taken for one, and the
 * page's address gives the date instead where it carries one.
 */
export function publicationDate(meta: PageMeta, blocks: Block[], year: number | null): FoundDate | null {
  const printed = findPublished(meta, blocks);
  const placeholder = printed && year !== null && printed.month === 1 && printed.day === 1 && printed.year <= year;
  return placeholder ? urlDate(meta, blocks) : printed;
}

/** 发布机构 / 发文机关 from a metadata table or line above the body. */
const INFO_ORGAN = /(?:发布机构|发文机关|发布单位|信息来源|来源)\s*[:：]\s*([\u4e00-\u9fa5]{2,30}?)(?=\s|$|发布|时间|日期|浏览|点击|字号|【)/;

export function organFromMeta(meta: PageMeta, blocks: Block[]): string | null {
  for (const name of ['contentsource', 'source', 'author', 'publisher', 'dc.publisher', 'dc.creator']) {
    const v = meta.metaTags?.[name];
    if (v && v.length <= 30 && ORGAN_END.test(v.trim())) return v.trim();
  }
  for (const b of blocks.slice(0, 60)) {
    if (b.kind === 'text') {
      // an info line above the body: 发布时间：… 来源：某某局
      const m = INFO_ORGAN.exec(foldText(b.text));
      if (m && b.text.length < 200 && ORGAN_END.test(m[1]!)) return m[1]!;
      continue;
    }
    for (const r of b.rows.slice(0, 8)) {
      for (let i = 0; i < r.cells.length - 1; i++) {
        if (/^(?:发布机构|发文机关|发布单位|信息来源|来源)[:：]?$/.test(cleanText(r.cells[i]!.text))) {
          const v = cleanText(r.cells[i + 1]!.text);
          if (v.length >= 2 && v.length <= 30) return v;
        }
      }
    }
  }
  return null;
}
