/**
 * A table none of whose rows could be read (shape:unmapped-table): where numbers stood in it that no row label names, the
 * reading failed as much as the table may have (a PDF's text made a column at a time, labels worded another way), so the
 * finding needs review; a table printed with its header and no number at all is said as an error, as before.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from '../../lib/pipeline/audit';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const text = reportText(randomFilled(mulberry32(7), '2021', '测试乡'), {});
/** 表二’s row labels (2021: six) worded so that none is recognised. */
const LABELS = /^(?:规章|行政规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费)(?=\t)/gm;

const unmapped = (t: string) =>
  auditText(t, 't.txt').result.findings.filter((f) => f.rule === 'shape:unmapped-table').map((f) => ({ table: f.table, severity: f.severity, review: !!f.needsReview, reasonKey: f.reasonKey ?? null }));

describe('表二 whose rows are not read', () => {
  it('numbers printed under labels not recognised: unread, needs review', () => {
    expect(text.match(LABELS)).toHaveLength(6);
    expect(unmapped(text.replace(LABELS, '某项工作'))).toEqual([{ table: 'active', severity: 'error', review: true, reasonKey: 'review_unmapped_values' }]);
  });

  it('its header and no number at all: an error', () => {
    const bare = text.replace(/^(?:规章|行政规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费)\t.*$/gm, '');
    expect(unmapped(bare)).toEqual([{ table: 'active', severity: 'error', review: false, reasonKey: null }]);
  });

  it('read as printed: nothing said', () => {
    expect(unmapped(text)).toEqual([]);
  });
});
