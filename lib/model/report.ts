/**
 * The report model: everything the rules look at, built once per report by the
 * pipeline from its blocks — the mapped template cells, the prose, the title,
 * organ, year and dates, the section headings, and whether it is a report at all.
 */
import type { History } from './history';
import type { Cell, Source, TableBlock, TextBlock } from './blocks';
import type { TableId, Version } from './template';

// ── dates, places, metadata ────────────────────────────────────────────────

export interface FoundDate {
  /** ISO date, YYYY-MM-DD. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** The text as printed. */
  raw: string;
  index: number;
}

/** A value and where it stands in the report. */
export interface Located<T> {
  value: T;
  src: Source | null;
}

/** What a page says about itself besides its body. */
export interface PageMeta {
  /** Title candidates in order: Readability's, meta tags, headings, document.title. */
  titles?: string[];
  /** <meta> name/property → content, lower-cased names. */
  metaTags?: Record<string, string>;
  /** Readability's publishedTime. */
  publishedTime?: string | null;
  links?: { text: string; href: string }[];
  url?: string | null;
  /** A file whose pages are images only (a scan): no text to read. */
  scan?: { pages: number };
  /** A scan read by OCR (lib/readers/ocr.ts): the engine, the pages read, and the digits it was unsure of. */
  ocr?: { engine: string; pages: number; doubts: OcrDoubt[] };
  /**
   * A PDF whose text layer has characters its fonts do not map to Unicode (lib/readers/pdf-read.ts damagedTextLayer):
   * how many, of how many. Read by OCR where an engine is at hand (then `ocr` too); else what may rest on them needs review.
   */
  damaged?: { unmapped: number; chars: number };
  /** The input was larger than any report: only its beginning was read (lines of a text, nodes of a page). */
  cut?: { what: 'lines' | 'page'; kept: number };
}

/** A digit an OCR engine was unsure of: where it stands (page, box in the PDF's units), what it read, how sure it was (0–100), its image. */
export interface OcrDoubt {
  page: number;
  box: [number, number, number, number];
  text: string;
  conf: number;
  image?: string;
}

export interface YearInfo {
  year: number | null;
  from: 'title' | 'period' | 'signature' | 'text' | 'auditor' | null;
}

export type OrganLevel = 'national' | 'provincial' | 'municipal' | 'county' | 'township';

/** Where the organ's name was read: the title, the page's metadata, the signature, the report's own sentences, or the auditor. */
export type OrganFrom = 'title' | 'meta' | 'signature' | 'text' | 'auditor';

/** What the auditor set right about who published a report; the audit runs again with it. */
export interface Identity {
  organ?: string;
  year?: number;
  level?: OrganLevel;
  /** A government's own (本级) report, due 31 March. */
  government?: boolean;
}

/** A section heading found among the prose lines. */
export interface Heading {
  /** The number printed (一 → 1), or null for an unnumbered heading. */
  printed: number | null;
  /** Which of the six template sections it is (1–6), or null when it is none of them. */
  section: number | null;
  text: string;
  block: TextBlock;
  index: number;
}

export interface Recognition {
  isReport: boolean;
  /** Only the attachment is the report: the page has a link and no tables (or the file is a scan). */
  attachmentOnly: boolean;
  /** A file of images only: nothing to read. */
  scan: boolean;
  reasons: string[];
}

// ── the template cells ─────────────────────────────────────────────────────

export interface MappedCell {
  table: TableId;
  row: string;
  col: string;
  /** The number read; 0 for a blank cell. */
  value: number;
  blank: boolean;
  raw: string;
  unit: string | null;
  src: Source;
}

export interface MappedTable {
  table: TableId;
  found: boolean;
  /** Cells by `row/col`. */
  cells: Map<string, MappedCell>;
  /** Row keys in the order the page prints them. */
  rows: string[];
  /** Where each row's label stands (for row findings). */
  rowSrc: Map<string, Source>;
  /** Template columns of the table (requests: as the header orders them). */
  cols: string[];
  /** Group of each active row (`extra.<n>` rows included). */
  groupOf: Map<string, string>;
  /** Printed labels of rows the template does not have (`extra.<n>`). */
  labels: Map<string, string>;
  /** Each row's label as the page prints it (a finding's evidence: the row as printed). */
  printed: Map<string, string>;
  src: Source | null;
}

/** How the printed tables depart from the template's shape, as the mapping saw it. */
export type ShapeIssue =
  | { kind: 'extra-values'; table: TableId; row: string; expected: number; actual: number; src: Source; extra: Cell[] }
  | { kind: 'missing-values'; table: TableId; row: string; expected: number; actual: number; src: Source }
  | { kind: 'doubled-columns'; table: TableId; rows: number; expected: number; halvesEqual: boolean; src: Source }
  /** The table's last columns are not printed (cut by the page's edge): their headers and every row's values for them. */
  | { kind: 'cut-columns'; table: TableId; cols: string[]; rows: number; src: Source }
  | { kind: 'missing-row'; table: TableId; row: string }
  /** A group the template splits into items printed as one line (its items missing): one departure. */
  | { kind: 'merged-group'; table: TableId; row: string; items: number; src: Source }
  | { kind: 'missing-table'; table: TableId }
  /** `unread`: values stood in the table's stretch that no row label names (its reading failed; the table is not empty). */
  | { kind: 'unmapped-table'; table: TableId; src: Source | null; unread?: boolean }
  | { kind: 'no-data-row'; table: TableId; src: Source | null }
  | { kind: 'cut-header'; table: TableId; group: string; col: string; label: string; src: Source }
  | { kind: 'subtotal-row'; table: TableId; row: string; src: Source }
  | { kind: 'subtotal-column'; table: TableId; src: Source }
  | { kind: 'duplicate-row'; table: TableId; row: string; src: Source }
  | { kind: 'extra-row'; table: TableId; row: string; label: string; src: Source }
  /** Cells that ran together: `told` rows split by the column count and the template's arithmetic, `undecided` rows that could not be. */
  | {
      kind: 'run-together';
      table: TableId;
      told: number;
      /** Rows read back from a text that merged runs of identical lines (1 0 1 for 1 0 0 0 0 0 1). */
      widened: number;
      /** Rows that could not be read back: their cells ran together (`merged`) or are fewer than the template's columns (`collapsed`). */
      undecided: UndecidedRow[];
      src: Source;
    };

/** A row whose cells could not be told apart, as printed (its label and digits). */
export interface UndecidedRow {
  row: string;
  label: string;
  digits: string;
  how: 'merged' | 'collapsed';
  /**
   * The row's own relations (its 总计; 表四's group totals) that fail under every reading of its digits the column
   * count allows: wrong however the row is read (`relations`: each by its family and target cell, `row/col`;
   * `readings`: how many readings were tried; `src`: where the row is printed).
   */
  failsEvery?: { relations: { family: string; target: string }[]; readings: number; src: Source };
  /** 表二's row: its columns in order, for what the text says of a cell to be weighed against every reading of its digits. */
  cols?: string[];
}

export interface VersionEvidence {
  version: Version | null;
  /** Labels seen for each version. */
  markers: Record<Version, string[]>;
  /** Both versions' labels appear in substance. */
  mixed: boolean;
}

export interface Mapping {
  version: Version | null;
  evidence: VersionEvidence;
  tables: Record<TableId, MappedTable>;
  issues: ShapeIssue[];
}

// ── options and the model ──────────────────────────────────────────────────

/** Publication deadlines, MM-DD of the year after the report year, by kind of organ. */
export interface Deadlines {
  department: string;
  government: string;
  township: string;
}

/** Settings an audit honours (the extension and the CLI pass them). */
export interface AuditOptions {
  deadlines?: Partial<Deadlines>;
  /** The auditor's corrections of organ, year and level. */
  identity?: Identity;
  /** Other reports to compare with: the organ's other years, other organs' prose (lib/history). */
  history?: History;
}

export interface ReportModel {
  source: string;
  options: AuditOptions;
  prose: TextBlock[];
  tables: TableBlock[];
  title: Located<string> | null;
  organ: string | null;
  organFrom: OrganFrom | null;
  /** The organ's level, from its own name (or the auditor). */
  level: OrganLevel | null;
  levelFrom: 'name' | 'auditor' | null;
  /** A government's own (本级) report (due 31 March), from the organ's name (or the auditor). */
  government: boolean;
  year: YearInfo;
  signed: Located<FoundDate> | null;
  published: FoundDate | null;
  headings: Heading[];
  mapping: Mapping;
  /** The template version the tables follow (or, with no telling labels, the one of the report year). */
  version: Version | null;
  recognition: Recognition;
  meta: PageMeta;
}
