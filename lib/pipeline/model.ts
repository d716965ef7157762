/** The report model, built once per report from its blocks: everything the rules look at. */
import type { AuditOptions, Block, PageMeta, ReportModel, TableBlock, TextBlock, YearInfo } from '../model';
import { mapTables } from '../template/map';
import { findHeadings } from '../template/sections';
import { findOrgan, findSignatureDate, findTitle, findYear, publicationDate } from '../page/metadata';
import { isGovernment, organLevel, organName } from '../page/organ-level';
import { recognise } from '../page/recognise';

export function buildModel(blocks: Block[], meta: PageMeta, source: string, options: AuditOptions = {}): ReportModel {
  const prose = blocks.filter((b): b is TextBlock => b.kind === 'text');
  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const headings = findHeadings(prose);
  const title = findTitle(prose, headings, meta);
  const signed = findSignatureDate(prose);
  // the auditor's corrections win over what the report says, and say so
  const id = options.identity ?? {};
  const year: YearInfo = id.year !== undefined ? { year: id.year, from: 'auditor' } : findYear(title?.value ?? null, prose, signed?.value ?? null);
  const mapping = mapTables(tables, year.year);
  const read = findOrgan(title?.value ?? null, meta, blocks, prose);
  const found = id.organ !== undefined ? { value: id.organ || null, from: 'auditor' as const } : { ...read, value: organName(read.value) };
  const level = id.level ?? organLevel(found.value);
  const proseChars = prose.reduce((n, b) => n + b.text.length, 0);
  const recognition = recognise({ title: title?.value ?? null, headings, mapping, meta, proseChars });
  return {
    source,
    options,
    prose,
    tables,
    title,
    organ: found.value,
    organFrom: found.from,
    level,
    levelFrom: id.level ? 'auditor' : level ? 'name' : null,
    government: id.government ?? isGovernment(found.value),
    year,
    signed,
    published: publicationDate(meta, blocks, year.year),
    headings,
    mapping,
    version: mapping.version,
    recognition,
    meta,
  };
}
