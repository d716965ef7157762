/** Text lines as the text reader's blocks, the rows of the tables read from them, and what a text's audit says. */
import type { Block, TableBlock, TextBlock } from '../../lib/model';
import { auditText } from '../../lib/node';

/** Each text a line of its own, numbered from 1. */
export const textLines = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));

/** Every row of the blocks' tables, as the texts of its cells. */
export const tableRows = (blocks: Block[]): string[][] =>
  blocks.filter((b): b is TableBlock => b.kind === 'table').flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

/** A text's errors and warnings, and every finding in review, by id (those in review marked so). */
export const saidOfText = (text: string, source = 'text.txt'): string[] =>
  auditText(text, source)
    .result.findings.filter((f) => f.severity !== 'notice' || f.needsReview)
    .map((f) => `${f.id}${f.needsReview ? ' review' : ''}`);
