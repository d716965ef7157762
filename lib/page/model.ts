/** Everything the rules look at, built once per page from its blocks. */
import type { Block, Source, TableBlock, TextBlock } from '../grid/types';
import { detectTextTables } from '../grid/text-layouts';
import { mapTables, type Mapping } from '../template/map';
import type { Version } from '../template/layout';
import type { FoundDate } from '../text/dates';
import { findHeadings, type Heading } from './sections';
import {
  findPublished, findSignatureDate, findTitle, findYear, organFromMeta, organFromText, organFromTitle,
  signatureOrgan, type Located, type PageMeta, type YearInfo,
} from './metadata';
import { recognise, type Recognition } from './recognise';
import type { Deadlines } from '../rules/deadline';

/** Settings an audit honours (the extension and the CLI pass them). */
export interface AuditOptions {
  /** Publication deadlines, MM-DD of the next year, by kind of organ. */
  deadlines?: Partial<Deadlines>;
}

export interface ReportModel {
  source: string;
  options: AuditOptions;
  prose: TextBlock[];
  tables: TableBlock[];
  title: Located<string> | null;
  organ: string | null;
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

/** Runs of text lines may still hold tables whose markup was lost: find them. */
export function withTextTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: TextBlock[] = [];
  const flush = () => {
    if (run.length) out.push(...detectTextTables(run));
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'text') run.push(b);
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out;
}

export function buildModel(blocks: Block[], meta: PageMeta, source: string, options: AuditOptions = {}): ReportModel {
  const prose = blocks.filter((b): b is TextBlock => b.kind === 'text');
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const headings = findHeadings(prose);
  const title = findTitle(prose, headings, meta);
  const signed = findSignatureDate(prose);
  const year = findYear(title?.value ?? null, prose, signed?.value ?? null);
  const mapping = mapTables(tables, year.year);
  const organ =
    (title && organFromTitle(title.value)) ||
    organFromMeta(meta, blocks) ||
    signatureOrgan(prose)?.value ||
    organFromText(prose);
  const proseChars = prose.reduce((n, b) => n + b.text.length, 0);
  const recognition = recognise({ title: title?.value ?? null, headings, mapping, meta, proseChars });
  return {
    source,
    options,
    prose,
    tables,
    title,
    organ: organ || null,
    year,
    signed,
    published: findPublished(meta, blocks),
    headings,
    mapping,
    version: mapping.version,
    recognition,
    meta,
  };
}

/** Where a finding can point: the page element or text line of a source. */
export function describeSource(src: Source | null | undefined): string | null {
  if (!src) return null;
  if (src.line) return `第 ${src.line} 行`;
  return null;
}
