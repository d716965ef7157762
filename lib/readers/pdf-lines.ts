/** A PDF page's text items as lines of chunks, running heads and feet told apart, prose lines as paragraphs (./pdf.ts). */
import { maxOf, minOf } from '../arrays';
import type { TextBlock } from '../model';
import { parseValue } from '../text/numbers';
import { CLAUSE_END, cleanText } from '../text/normalize';
import { isSectionHeading } from '../template/sections';
import { isHeaderWords } from '../template/labels';
import { looksLikeReportTitle } from '../page/metadata';

/** A text item as pdf.js gives it (page coordinates: y grows upwards). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface PdfPage {
  items: PdfTextItem[];
  width: number;
  height: number;
}

/** A run of text on one line. */
export interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  line: number;
  /** A word that reads as a value (无, —) standing among the labels, left of every number: a label's character. */
  label?: boolean;
  /** A value whose end touches the page's edge in a table wider than the page: its last digits may not be printed. */
  cut?: boolean;
}

/** Two chunks stand in one column: they overlap by half the narrower one (centred labels start at different places). */
export function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) >= 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}

export interface Line {
  y: number;
  size: number;
  chunks: Chunk[];
  /** 1-based line number on its page. */
  n: number;
}

export const isValue = (s: string) => parseValue(s).kind !== 'text';
/** Chinese text has no spaces: a space the PDF leaves next to a Chinese character or mark is layout, not text. */
export const CJK_SPACE = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;
export const tidy = (s: string) => cleanText(s).replace(CJK_SPACE, '');
/** Pieces of one line of text, joined as a reader reads them. */
export const joinText = (parts: string[]) => tidy(parts.join(' '));
export const UNIT = /^(?:万元|亿元|元|件|个|条|项|次|%)$/;
export const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
export const SENTENCE_END = /[。；！？]$/;
/**
 * A chunk of numbers a space apart that the PDF wrote as one run of text (cells set close in a narrow table: 14 86): a
 * chunk each, where each stands reckoned from its characters' share of the run; null for any other chunk.
 */
export function numberPieces(c: Chunk): Chunk[] | null {
  const parts = c.text.split(' ');
  if (parts.length < 2 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const per = (c.x1 - c.x0) / c.text.length;
  let at = 0;
  return parts.map((p) => {
    const piece = { ...c, text: p, x0: c.x0 + at * per, x1: c.x0 + (at + p.length) * per };
    at += p.length + 1;
    return piece;
  });
}

/**
 * Numbers a space apart none of which can be a group of thousands (three digits after one of three or fewer: 2 413):
 * a chunk each. A table's columns decide the others (onGrid).
 */
function splitNumbers(c: Chunk): Chunk[] {
  const pieces = numberPieces(c);
  return pieces && pieces.every((p, i) => i === 0 || !(pieces[i - 1]!.text.length <= 3 && p.text.length === 3)) ? pieces : [c];
}

/** Lines of a page, top to bottom; chunks left to right. */
export function pageLines(page: PdfPage): Line[] {
  const frags = page.items
    .filter((it) => it.str && it.str.trim() && it.transform?.length === 6)
    .map((it) => {
      const size = Math.abs(it.transform[3]!) || Math.abs(it.transform[0]!) || it.height || 10;
      return { text: it.str, x: it.transform[4]!, y: it.transform[5]!, w: it.width, size };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; frags: typeof frags }[] = [];
  for (const f of frags) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last.y - f.y) <= 0.35 * Math.min(last.size, f.size)) last.frags.push(f);
    else rows.push({ y: f.y, size: f.size, frags: [f] });
  }
  const lines: Line[] = rows.map((l, i) => {
    const fs = l.frags.sort((a, b) => a.x - b.x);
    const chunks: Chunk[] = [];
    for (const f of fs) {
      const prev = chunks[chunks.length - 1];
      const gap = prev ? f.x - prev.x1 : Infinity;
      // a unit printed apart from its number (2413593 元) stays with it; so does text split inside a word (numbers a
      // space apart are parted again: splitNumbers)
      const joins = prev && (gap <= 0.3 * f.size || (UNIT.test(f.text.trim()) && isValue(prev.text) && gap <= 1.5 * f.size));
      if (joins) {
        prev.text += (gap > 0.15 * f.size && /[\dA-Za-z]$/.test(prev.text) && /^[\dA-Za-z]/.test(f.text) ? ' ' : '') + f.text;
        prev.x1 = Math.max(prev.x1, f.x + f.w);
      } else chunks.push({ text: f.text, x0: f.x, x1: f.x + f.w, y: l.y, size: f.size, line: i + 1 });
    }
    for (const c of chunks) c.text = tidy(c.text);
    return { y: l.y, size: l.size, chunks: chunks.filter((c) => c.text).flatMap(splitNumbers), n: i + 1 };
  });
  return joinWrappedDigits(lines);
}

/**
 * Numbers their narrow cells wrapped (LibreOffice sets a Word table without column widths as narrow as its words: 12
 * printed 1 / 2): a line less than 1.2 lines under a line of values, holding only digits, fewer than that line's
 * values, each under a number of it, is added to those numbers.
 */
function joinWrappedDigits(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const d of lines) {
    const above = out[out.length - 1];
    const joined = above && above.y - d.y < 1.2 * Math.min(above.size, d.size) ? wrappedDigits(above, d) : null;
    if (joined) out[out.length - 1] = { ...above, chunks: above.chunks.map((c) => joined.get(c) ?? c) };
    else out.push(d);
  }
  return out;
}

/** Each number of the line above with the digits under it added, by the chunk it was; null unless every chunk of `d` is such digits. */
function wrappedDigits(above: Line, d: Line): Map<Chunk, Chunk> | null {
  const numbers = above.chunks.filter((c) => /^\d+$/.test(c.text));
  if (d.chunks.length >= above.chunks.filter((c) => isValue(c.text)).length) return null;
  const joined = new Map<Chunk, Chunk>();
  for (const c of d.chunks) {
    const mid = (c.x0 + c.x1) / 2;
    const over = numbers.find((n) => Math.abs((n.x0 + n.x1) / 2 - mid) <= 0.6 * c.size);
    if (!/^\d+$/.test(c.text) || !over || joined.has(over)) return null;
    joined.set(over, { ...over, text: over.text + c.text, x0: Math.min(over.x0, c.x0), x1: Math.max(over.x1, c.x1) });
  }
  return joined;
}

/**
 * The line at `j` of a table: several chunks apart, a value, a short label of the template or a header's labels run
 * together (a table squeezed into the page's width) — never the report's
 * title, on its line or wrapped onto two (a page printed with its site's frame has the title right under the site's
 * columns, which read as a table).
 */
export function tabular(lines: Line[], j: number): boolean {
  const cs = lines[j]!.chunks;
  if (cs.some((c) => isValue(c.text))) return true;
  if (cs.length >= 2) return !cs.some((c) => c.text.length > 30 && SENTENCE_END.test(c.text));
  const t = cs[0]?.text ?? '';
  if (isHeaderWords(t)) return true;
  return t.length <= 30 && !SENTENCE_END.test(t) && !isSectionHeading(t) && !inTitle(lines, j);
}

/** A line of one short chunk: its text, else null. */
const single = (l: Line | undefined) => (l && l.chunks.length === 1 && l.chunks[0]!.text.length <= 40 ? l.chunks[0]!.text : null);

/** The line names a report as its title, alone or with the line before or after it (a title wrapped: 某局2024年度…工作年 / 度报告). */
function inTitle(lines: Line[], j: number): boolean {
  const t = single(lines[j]);
  if (t === null) return false;
  if (looksLikeReportTitle(t)) return true;
  const before = single(lines[j - 1]);
  const after = single(lines[j + 1]);
  return (after !== null && !looksLikeReportTitle(after) && looksLikeReportTitle(t + after)) || (before !== null && !looksLikeReportTitle(before) && looksLikeReportTitle(before + t));
}

/** What a printing browser or office suite puts in a running head or foot: an address, a date with its time, a page count. */
export const PRINT_MARK = /^(?:(?:https?|file):\/\/\S+|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|am|pm)?|(?:第\s*)?\d{1,4}\s*(?:\/|页\s*[,，]?\s*共)\s*\d{1,4}\s*页?)$/;

/** A line within the top or bottom tenth of its page. */
export const atEdge = (l: Line, page: PdfPage) => l.y < page.height * 0.1 || l.y > page.height * 0.9;

/**
 * Page numbers at the page's edges, or alone on their line — but a number alone on its line with lines close above
 * and below (within two lines each) is a table's value beside a label wrapped around it (行政事业性收 / 0 / 费), when
 * the page's lines are given.
 */
export function isPageNoise(l: Line, page: PdfPage, lines?: Line[]): boolean {
  const t = l.chunks.map((c) => c.text).join(' ');
  if (!PAGE_NUMBER.test(t)) return false;
  if (l.y < page.height * 0.08 || l.y > page.height * 0.94) return true;
  if (l.chunks.length !== 1) return false;
  const at = lines ? lines.indexOf(l) : -1;
  const above = at > 0 ? lines![at - 1] : undefined;
  const below = at >= 0 ? lines![at + 1] : undefined;
  if (above && below && isValue(t) && above.y - l.y <= 2 * l.size && l.y - below.y <= 2 * l.size) return false;
  // a piece of a number its cell wrapped (2631 / 2, the row's other values on a line between): digits in its column a
  // line above or below it
  const digits = l.chunks[0]!;
  const near = at >= 0 ? lines!.slice(Math.max(0, at - 2), at + 3).filter((u) => u !== l) : [];
  return !(/^\d+$/.test(t) && near.some((u) => Math.abs(u.y - l.y) <= 1.4 * l.size && u.chunks.some((c) => /^\d+$/.test(c.text) && overlap(c, digits))));
}

/** A line's text with its numbers as one sign: the same running head on every page (第 1 页 / 第 2 页). */
export const runningKey = (l: Line) => l.chunks.map((c) => c.text).join('|').replace(/\d+/g, '#');

/**
 * Running heads and feet: lines at a page's edge that come back on other pages at the same edge and height (the
 * title, the organ, 第 N 页), or that hold only what a printer adds (the address, the date and time, N/M). Dropped,
 * so that the title in a running head is not read into the text it stands above. A table broken by the page is
 * not one: the piece of a label ending a page and another starting the next (请数量 under 一、本年新收政府信息公开申
 * and under 二、上年结转…申) stand at opposite edges; its rows of values are values only.
 */
export function runningLines(pages: { lines: Line[]; page: PdfPage }[]): (l: Line, page: PdfPage) => boolean {
  // where a line stands: its edge, and how far from it
  const place = (l: Line, page: PdfPage) => (l.y > page.height / 2 ? { key: `t|${runningKey(l)}`, from: page.height - l.y } : { key: `b|${runningKey(l)}`, from: l.y });
  const seen = new Map<string, number[][]>();
  for (const { lines, page } of pages) {
    const here = new Map<string, number[]>();
    for (const l of lines) {
      if (!atEdge(l, page)) continue;
      const { key, from } = place(l, page);
      here.set(key, [...(here.get(key) ?? []), from]);
    }
    for (const [key, froms] of here) seen.set(key, [...(seen.get(key) ?? []), froms]);
  }
  const repeats = (l: Line, page: PdfPage) => {
    if (pages.length < 2) return false;
    const { key, from } = place(l, page);
    const near = (seen.get(key) ?? []).filter((froms) => froms.some((f) => Math.abs(f - from) <= Math.max(3, l.size)));
    return near.length >= Math.max(2, Math.ceil(pages.length / 2));
  };
  // a line of values only is a table's row, though its digits read as the same key as another page's row at that edge
  const values = (l: Line) => l.chunks.every((c) => isValue(c.text));
  const printed = (l: Line) => l.chunks.some((c) => PRINT_MARK.test(c.text)) && l.chunks.every((c) => c.text.length <= 60);
  return (l, page) => atEdge(l, page) && ((repeats(l, page) && !values(l)) || printed(l));
}

/** The left and right edges of prose lines (their text's own margins). */
function margins(lines: Line[]): { left: number; right: number } {
  return { left: minOf(lines.map((l) => l.chunks[0]!.x0)), right: maxOf(lines.map((l) => l.chunks[l.chunks.length - 1]!.x1)) };
}

/** Whether a line runs to the prose's right edge and stops mid-sentence: the next line goes on with it. */
function runsOn(l: Line, right: number): boolean {
  return l.chunks[l.chunks.length - 1]!.x1 >= right - 2 * l.size && !CLAUSE_END.test(l.chunks[l.chunks.length - 1]!.text);
}

/**
 * Prose that ends its page mid-sentence, its last line running to the right edge: where its lines start, so that the
 * next page's first line, set there, goes on with its paragraph. Null when it ends a paragraph (or is one line).
 */
export function openEnd(lines: Line[]): { left: number } | null {
  if (lines.length < 2) return null;
  const { left, right } = margins(lines);
  return runsOn(lines[lines.length - 1]!, right) ? { left } : null;
}

/**
 * Where a line of prose starts a new paragraph: after a short line, or when indented. A line that reads as a section's
 * heading (三、…) starts one too, unless the line before stops mid-sentence at the right edge (举一反 / 三、认真…).
 */
export function paragraphs(lines: Line[], page: number): TextBlock[] {
  const out: TextBlock[] = [];
  if (!lines.length) return out;
  const { left, right } = margins(lines);
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  let cur: { text: string; line: number } | null = null;
  let prev: Line | null = null;
  for (const l of lines) {
    const text = joinText(l.chunks.map((c) => c.text));
    const x0 = l.chunks[0]!.x0;
    const prevText = prev ? prev.chunks.map((c) => c.text).join('') : '';
    // a title in large type wraps onto a second line of the same size
    const title = prev && l.size > 1.2 * body && Math.abs(prev.size - l.size) < 0.5 && !SENTENCE_END.test(prevText);
    const wraps = prev && x0 <= left + 0.6 * l.size && prev.chunks[prev.chunks.length - 1]!.x1 >= right - 2 * l.size;
    const continues =
      cur && prev && prev.y - l.y < 2.2 * l.size &&
      (isSectionHeading(text) ? wraps && runsOn(prev, right) : title || wraps);
    if (continues) cur!.text += text;
    else {
      if (cur) out.push({ kind: 'text', text: cur.text, src: { page, line: cur.line } });
      cur = { text, line: l.n };
    }
    prev = l;
  }
  if (cur) out.push({ kind: 'text', text: cur.text, src: { page, line: cur.line } });
  return out;
}
