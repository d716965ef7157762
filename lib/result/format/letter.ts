/**
 * The letter an office can send: a Word (.docx) 问题清单 per organ, from reviewed results (applyReviews). It
 * names the organ, numbers the findings by table (表二, 表三, 表四, then the text, then the rest), and gives
 * each where it stands, what the report printed (the sentence, the row as its own small table), what is
 * needed, the suggested correction and the reviewer's note. Dismissed findings are left out, and so are
 * needs-review findings the auditor has not confirmed: they rest on a reading the tool doubts, and a letter
 * states only what was checked. Made with the `docx` package; no browser API (the CLI could write it too).
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { zipSync } from 'fflate';
import { append } from '../../arrays';
import type { Lang, TableId } from '../../model';
import type { Finding, ReportResult } from '../schema';
import { TABLES, colLabel, tableLabel } from '../../template/layout';
import { cellName, culpritText, findingMessage, rowName, t } from '../wording';
import { aboutOneValue, severityLabel } from './labels';

/** Where a finding is listed: its table, else the text (sections, prose), else the rest (dates, title, file). */
export type LetterGroup = TableId | 'text' | 'other';
const GROUPS: LetterGroup[] = [...TABLES, 'text', 'other'];
const TEXT_FAMILIES = new Set(['section', 'narrative', 'copied-text']);

export interface LetterItem {
  /** 1, 2, 3 … through the whole letter, so that an answer can cite 「第 3 项」. */
  n: number;
  finding: Finding;
}

export interface LetterReport {
  report: ReportResult;
  groups: { group: LetterGroup; items: LetterItem[] }[];
}

/** What one organ's letter holds, before it is a document. */
export interface LetterPlan {
  organ: string;
  reports: LetterReport[];
  items: number;
}

/** A finding the letter lists: not dismissed, and not resting on a doubtful reading the auditor has not confirmed. */
export function listed(f: Finding): boolean {
  const status = f.review?.status ?? 'open';
  return status !== 'dismissed' && (!f.needsReview || status === 'confirmed');
}

export function groupOf(f: Finding): LetterGroup {
  if (f.table) return f.table;
  return TEXT_FAMILIES.has(f.rule.split(':')[0]!) ? 'text' : 'other';
}

/** One plan per organ (reports of one organ together, by year), each finding numbered; organs with nothing to list get none. */
export function letterPlans(reports: ReportResult[], lang: Lang = 'zh'): LetterPlan[] {
  const byOrgan = new Map<string, ReportResult[]>();
  for (const r of reports) {
    if (!r.isReport || r.error || !r.findings.some(listed)) continue;
    const key = r.organ ?? `\u0000${r.title ?? r.source}`;
    const list = byOrgan.get(key) ?? [];
    list.push(r);
    byOrgan.set(key, list);
  }
  const plans: LetterPlan[] = [];
  for (const [key, list] of byOrgan) {
    list.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    let n = 0;
    const out: LetterReport[] = list.map((report) => {
      const findings = report.findings.filter(listed);
      const groups = GROUPS.map((group) => ({ group, items: findings.filter((f) => groupOf(f) === group).map((finding) => ({ n: 0, finding })) })).filter((g) => g.items.length);
      for (const g of groups) for (const it of g.items) it.n = ++n;
      return { report, groups };
    });
    plans.push({ organ: key.startsWith('\u0000') ? t('letter_unknown_organ', lang) : key, reports: out, items: n });
  }
  return plans;
}

/** The letter's title: 关于上塘街道2020年政府信息公开工作年度报告问题的清单. */
export function letterTitle(plan: LetterPlan, lang: Lang = 'zh'): string {
  const years = [...new Set(plan.reports.map((r) => r.report.year).filter((y): y is number => y !== null))];
  if (!years.length) return t('letter_title_undated', lang, { organ: plan.organ });
  return t('letter_title', lang, { organ: plan.organ, years: years.join(t('list_sep', lang)) });
}

const reportName = (r: ReportResult, lang: Lang) => t('letter_report', lang, { title: r.title ?? r.source });
const groupName = (g: LetterGroup, lang: Lang) => (g === 'text' ? t('letter_group_text', lang) : g === 'other' ? t('letter_group_other', lang) : tableLabel(g, lang));
const isWeb = (s: string) => /^https?:\/\//i.test(s);

// ── the document ────────────────────────────────────────────────────────────

/** A4 with 2.5 cm margins: the text is 9,026 twips wide. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const HEAD = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', cs: 'Arial' };
const HEADER_FILL = 'EDEDED';
const FLAG_FILL = 'FFE699';

const para = (text: string, o: { indent?: boolean; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    alignment: o.align,
    indent: o.indent ? { left: 420 } : undefined,
    spacing: { after: 60 },
    children: [new TextRun({ text, bold: o.bold })],
  });

/** A label and its text on one line, the label bold: 「应为：」3. */
const labelled = (label: string, text: string) =>
  new Paragraph({ indent: { left: 420 }, spacing: { before: 60, after: 60 }, children: [new TextRun({ text: label, bold: true }), new TextRun(text)] });

function cell(text: string, o: { width: number; header?: boolean; flagged?: boolean; value?: boolean }): TableCell {
  const fill = o.flagged ? FLAG_FILL : o.header ? HEADER_FILL : undefined;
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: o.header || o.value ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, size: 18, bold: o.flagged || o.header })] })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/**
 * The finding's row as the report prints it, as a small table: its label and each cell under its column's
 * name, the flagged cell marked. A row of `group.item` columns (表四) is laid out as the template does, a
 * line per group.
 */
function rowTable(f: Finding, lang: Lang): Table | null {
  const row = f.evidence?.row;
  if (!row || !row.cells.length || !f.table) return null;
  const table = f.table;
  const blank = t('evidence_blank', lang);
  const label = row.label || (table === 'appeals' ? tableLabel(table, lang) : rowName(f, row.key, lang));
  const flagged = (col: string) => f.cell?.col === col || f.cell?.col === '*';
  const lines: { group: string; title: string; cells: { col: string; name: string; text: string }[] }[] = [];
  const grouped = row.cells.length > 8 && row.cells.every((c) => c.col.includes('.'));
  for (const c of row.cells) {
    // 表四's columns are 「行政复议·结果维持」…: a line per group, its items as the columns
    const [title, name] = grouped ? colLabel(table, c.col, lang).split(/\s*·\s*/) : [label, colLabel(table, c.col, lang)];
    const group = grouped ? c.col.split('.')[0]! : '';
    let line = lines.find((l) => l.group === group);
    if (!line) lines.push((line = { group, title: title ?? group, cells: [] }));
    line.cells.push({ col: c.col, name: name ?? c.col, text: c.text || blank });
  }
  const width = lines.reduce((m, l) => Math.max(m, l.cells.length), 0);
  const first = width <= 4 ? 3400 : 2200;
  const each = Math.floor((TEXT_WIDTH - 420 - first) / width);
  const header = new TableRow({
    tableHeader: true,
    children: [cell(t('letter_row_label', lang), { width: first, header: true }), ...lines[0]!.cells.map((c) => cell(c.name, { width: each, header: true }))],
  });
  const body = lines.map(
    (l) =>
      new TableRow({
        children: [
          cell(l.title, { width: first }),
          ...l.cells.map((c) => cell(c.text, { width: each, flagged: flagged(c.col), value: true })),
        ],
      }),
  );
  return new Table({
    width: { size: first + each * width, type: WidthType.DXA },
    columnWidths: [first, ...Array<number>(width).fill(each)],
    indent: { size: 420, type: WidthType.DXA },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [header, ...body],
  });
}

/** One numbered finding: the message, where, what was printed, what is needed, the correction, the note. */
function item(it: LetterItem, lang: Lang): (Paragraph | Table)[] {
  const f = it.finding;
  const colon = lang === 'zh' ? '：' : ': ';
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      spacing: { before: 160, after: 60 },
      keepNext: true,
      children: [new TextRun({ text: t('letter_item_n', lang, { n: it.n }), bold: true }), new TextRun({ text: t('letter_item_severity', lang, { severity: severityLabel(f.severity, lang) }), bold: true }), new TextRun(findingMessage(f, lang))],
    }),
  ];
  const where = f.cell ? cellName(f.table, f.cell, lang, f.args.rowText) : f.where && f.where !== f.evidence?.text ? f.where : '';
  if (where) out.push(labelled(t('letter_where', lang) + colon, where));
  if (f.evidence?.text) out.push(labelled(t('letter_quoted', lang) + colon, `“${f.evidence.text}”`));
  const table = rowTable(f, lang);
  if (table) out.push(new Paragraph({ indent: { left: 420 }, keepNext: true, spacing: { after: 40 }, children: [new TextRun({ text: t('letter_printed', lang) + colon, bold: true })] }), table);
  if (aboutOneValue(f) && f.expected !== null) {
    const needed = f.blank ? t('letter_needed_blank', lang, { expected: f.expected }) : t('letter_needed_value', lang, { expected: f.expected, printed: f.actual ?? '' });
    out.push(labelled(t('letter_needed', lang) + colon, needed));
  }
  const repair = culpritText(f, lang);
  if (repair) out.push(labelled(t('letter_repair', lang) + colon, repair));
  if (f.review?.note) out.push(labelled(t('letter_note', lang) + colon, f.review.note));
  return out;
}

function letterDocument(plan: LetterPlan, lang: Lang, at: Date): Document {
  const title = letterTitle(plan, lang);
  const many = plan.reports.length > 1;
  const names = plan.reports.map((r) => reportName(r.report, lang)).join(t('list_sep', lang));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 360, line: 400 }, children: [new TextRun(title)] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(t('letter_to', lang, { organ: plan.organ }))] }),
    new Paragraph({ indent: { firstLine: lang === 'zh' ? 480 : 0 }, spacing: { after: 120 }, children: [new TextRun(t('letter_intro', lang, { reports: names, n: plan.items }))] }),
  ];
  for (const r of plan.reports) {
    if (many) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun(reportName(r.report, lang))] }));
    if (isWeb(r.report.source)) children.push(para(t('letter_address', lang, { url: r.report.source })));
    for (const g of r.groups) {
      children.push(new Paragraph({ heading: many ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 240, after: 60 }, children: [new TextRun(groupName(g.group, lang))] }));
      for (const it of g.items) append(children, item(it, lang));
    }
  }
  const pad = (n: number) => (lang === 'zh' ? String(n) : String(n).padStart(2, '0'));
  children.push(
    new Paragraph({ spacing: { before: 360, after: 120 }, indent: { firstLine: lang === 'zh' ? 480 : 0 }, children: [new TextRun(t('letter_closing', lang))] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun(t('letter_date', lang, { y: at.getFullYear(), m: pad(at.getMonth() + 1), d: pad(at.getDate()) }))] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: t('letter_footer', lang, { n: plan.items }), size: 18, color: '595959' })] }),
  );
  return new Document({
    creator: t('ui_title', lang),
    title,
    description: t('letter_footer', lang, { n: plan.items }),
    styles: {
      default: {
        document: { run: { font: BODY, size: 24 }, paragraph: { spacing: { line: 312 } } },
        title: { run: { font: HEAD, size: 36, bold: true, color: '000000' } },
        heading1: { run: { font: HEAD, size: 28, bold: true, color: '000000' } },
        heading2: { run: { font: HEAD, size: 26, bold: true, color: '000000' } },
      },
    },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } }, children }],
  });
}

export interface Letter {
  organ: string;
  /** A file name's stem: 上塘街道问题清单. */
  stem: string;
  items: number;
  bytes: Uint8Array;
}

/** One .docx letter per organ with something to list (none when nothing is). */
export async function toLetters(reports: ReportResult[], lang: Lang = 'zh', at: Date = new Date()): Promise<Letter[]> {
  const out: Letter[] = [];
  for (const plan of letterPlans(reports, lang)) {
    const bytes = new Uint8Array(await Packer.toArrayBuffer(letterDocument(plan, lang, at)));
    out.push({ organ: plan.organ, stem: t('letter_file', lang, { organ: plan.organ }), items: plan.items, bytes });
  }
  return out;
}

/** Several letters as one .zip (a download of many organs' letters at once), each named by its organ. */
export function lettersZip(letters: Letter[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const l of letters) {
    const stem = l.stem.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 80) || 'letter';
    let name = `${stem}.docx`;
    for (let i = 2; files[name]; i++) name = `${stem}-${i}.docx`;
    files[name] = l.bytes;
  }
  return zipSync(files, { level: 0 });
}
