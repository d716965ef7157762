/**
 * Text a Word file gives through catdoc (a crawler's usual tool for .doc): each table row a line of tabbed cells with a
 * blank line after it, lines folded at 72 columns — a long row's last values wrapped onto a line of their own — and,
 * where it decodes a piece of the file wrongly, garbled letters in place of a label (Õl‹_ / ŒN、上年结转…), the row lost.
 * Wrapped values end their row (lib/grid/text-layouts.ts wrappedValues); a table with garbled cells has its rows not
 * found said doubtful, not missing (lib/template/map.ts GARBLED).
 */
import { describe, expect, it } from 'vitest';
import { detectTextTables } from '../../lib/grid/text-layouts';
import type { TableBlock } from '../../lib/model';
import { auditText } from '../../lib/pipeline/audit';
import { textLines } from '../../lib/text/lines';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

/** A generated 2021 report as catdoc sets it: a blank line after each table row. */
const plain = reportText(randomFilled(mulberry32(9), '2021', '测试乡'), {});
const catdoc = plain.replace(/^(.*\t.*)$/gm, '$1\n');
const NEW = '一、本年新收政府信息公开申请数量';
const UNAVAILABLE = '1.本机关不掌握相关政府信息';
const CARRIED_OUT = '四、结转下年度继续办理';

/** The text with the row of `label` folded before its last `n` values. */
function fold(text: string, label: string, n: number, sep = '\t') {
  return text.replace(new RegExp(`^(?:[^\\n]*\\t)?${label.replace(/[.()（）]/g, '\\$&')}\\t[^\\n]*$`, 'm'), (row) => {
    const cells = row.split('\t');
    return `${cells.slice(0, -n).join('\t')}\n${cells.slice(-n).join(sep)}`;
  });
}

const serious = (text: string) =>
  auditText(text, 'r.txt').result.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.cell?.row ?? ''}`);
const review = (text: string) => auditText(text, 'r.txt').result.findings.filter((f) => f.needsReview).map((f) => f.rule);
const tables = (text: string) => detectTextTables(textLines(text)).filter((b): b is TableBlock => b.kind === 'table');
const rowOf = (text: string, label: string) => tables(text).flatMap((t) => t.rows).find((r) => r.cells.some((c) => c.text === label))?.cells.map((c) => c.text);

describe('catdoc’s text of a Word report', () => {
  it('as it is: read as the text it came from, nothing said', () => {
    expect(serious(plain)).toEqual([]);
    expect(serious(catdoc)).toEqual([]);
    expect(review(catdoc)).toEqual([]);
  });

  it('a row’s last value, or last two tabbed, wrapped onto a line of their own: they end the row', () => {
    const one = fold(catdoc, UNAVAILABLE, 1);
    const two = fold(catdoc, NEW, 2);
    expect(one).not.toBe(catdoc);
    expect(two).not.toBe(catdoc);
    expect(rowOf(one, UNAVAILABLE)).toEqual(rowOf(catdoc, UNAVAILABLE));
    expect(rowOf(two, NEW)).toEqual(rowOf(catdoc, NEW));
    expect(serious(one)).toEqual([]);
    expect(serious(fold(two, UNAVAILABLE, 1, ' '))).toEqual([]);
  });

  it('a row broken at an empty cell (catdoc ends the line there and goes on after a blank line): one row, the cell empty', () => {
    const f = randomFilled(mulberry32(9), '2021', '测试乡');
    f.raw = new Map([['requests/result.unavailable.1/research', '']]);
    const page = reportText(f, {});
    const broken = page
      .replace(/^(.*\t.*)$/gm, '$1\n')
      .replace(/^(.*\t)?1\.本机关不掌握相关政府信息\t.*$/m, (row) => row.replace(/\t\t/, '\n\n'));
    expect(broken).toMatch(/1\.本机关不掌握相关政府信息(\t\d+){2}\n\n(\d+\t){3}\d+\n/);
    expect(rowOf(broken, UNAVAILABLE)).toEqual(rowOf(page, UNAVAILABLE));
    expect(serious(broken)).toEqual(serious(page));
  });

  it('rows not set a blank line apart: a line of values after a row is not taken into it', () => {
    const folded = fold(plain, UNAVAILABLE, 1);
    expect(rowOf(folded, UNAVAILABLE)).toHaveLength(rowOf(plain, UNAVAILABLE)!.length - 1);
    // nor where a blank line follows it (the table's last row, before 表四's heading)
    const last = fold(plain, CARRIED_OUT, 1);
    expect(last).toMatch(/\t\d+\n\d+\n\n四、政府信息公开/);
    expect(rowOf(last, CARRIED_OUT)).toHaveLength(rowOf(plain, CARRIED_OUT)!.length - 1);
    expect(rowOf(fold(catdoc, CARRIED_OUT, 1), CARRIED_OUT)).toEqual(rowOf(catdoc, CARRIED_OUT));
  });

  it('a row lost in a garbled stretch: doubtful, not missing; lost without garble it is missing', () => {
    const lost = catdoc.replace(new RegExp(`^${NEW}.*$`, 'm'), '');
    expect(serious(lost)).toContain('shape:missing-row new');
    const garbled = catdoc.replace(new RegExp(`^${NEW}.*$`, 'm'), 'Õl‹_').replace('二、上年结转', 'ŒN、上年结转');
    expect(serious(garbled).filter((f) => f.startsWith('shape:'))).toEqual([]);
    expect(review(garbled)).toContain('shape:unreadable-rows');
  });
});
