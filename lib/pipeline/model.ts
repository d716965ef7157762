/** The report model, built once per report from its blocks: everything the rules look at. */
import type { AuditOptions, Block, PageMeta, ReportModel, TableBlock, TextBlock } from '../model';
import { mapTables } from '../template/map';
import { findHeadings } from '../template/sections';
import {
  findPublished, findSignatureDate, findTitle, findYear, organFromMeta, organFromText, organFromTitle, signatureOrgan,
} from '../page/metadata';
import { recognise } from '../page/recognise';

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
