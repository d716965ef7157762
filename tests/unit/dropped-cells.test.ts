/**
 * A table whose empty cells the converter dropped (lib/grid/dropped-cells.ts): node-html-markdown writes an empty
 * `<td></td>` as nothing and pads each row to the widest. Real: 沭阳县发改局 2023 (904), whose 表三 fills only 自然人 and
 * 总计, its page minified (blank cells `<td></td>`) and turned into Markdown so — every row read short of columns, 25
 * false errors 「只有 4 个数值，模板有 7 列」. Its blanks are lost: which column each value stood in is doubtful, said so.
 */
import { describe, expect, it } from 'vitest';
import { withoutDroppedCells } from '../../lib/grid/dropped-cells';
import { textBlocks } from '../../lib/readers/text';
import type { Row, TableBlock } from '../../lib/model';
import { saidOfText } from '../helpers/text-blocks';

// real: 904's 表三 in node-html-markdown's Markdown of its minified page (padding spaces collapsed)
const NHM = [
  '三、收到和处理政府信息公开申请情况',
  '',
  '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | |',
  '| ------------------------------------- | --------------------------------- | ------ | ------ | -- |',
  '| 自然人 | 法人或其他组织 | 总计 | | |',
  '| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |',
  '| 一、本年新收政府信息公开申请数量 | 26 | 26 | | |',
  '| 二、上年结转政府信息公开申请数量 | 0 | 0 | | |',
  '| 三、本年度办理结果 | （一）予以公开 | 26 | 26 | |',
  '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | | |',
  '| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | |',
  '| 2.其他法律行政法规禁止公开 | 0 | 0 | | |',
  '| 3.危及“三安全一稳定” | 0 | 0 | | |',
  '| 4.保护第三方合法权益 | 0 | 0 | | |',
  '| 5.属于三类内部事务信息 | 0 | 0 | | |',
  '| 6.属于四类过程性信息 | 0 | 0 | | |',
  '| 7.属于行政执法案卷 | 0 | 0 | | |',
  '| 8.属于行政查询事项 | 0 | 0 | | |',
  '| （四）无法提供 | 1.本机关不掌握相关政府信息 | 0 | 0 | |',
  '| 2.没有现成信息需要另行制作 | 0 | 0 | | |',
  '| 3.补正后申请内容仍不明确 | 0 | 0 | | |',
  '| （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | |',
  '| 2.重复申请 | 0 | 0 | | |',
  '| 3.要求提供公开出版物 | 0 | 0 | | |',
  '| 4.无正当理由大量反复申请 | 0 | 0 | | |',
  '| 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | | |',
  '| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | |',
  '| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | | |',
  '| 3.其他 | 0 | 0 | | |',
  '| （七）总计 | 26 | 26 | | |',
  '| 四、结转下年度继续办理 | 0 | 0 | | |',
];
const TEXT = ['沭阳县发展和改革局2023年政府信息公开工作年度报告', '', ...NHM, '', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及整改措施'].join('\n');

const src = { line: 1 };
const row = (...cells: string[]): Row => ({ cells: cells.map((text) => ({ text, src })) });
const R = (label: string, ...v: string[]) => row(label, ...v);

describe('a table that dropped its empty cells', () => {
  it('is read as text that keeps no blank cells: rows said unread, none said short', () => {
    const table = textBlocks(TEXT).find((b): b is TableBlock => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text.includes('本年新收'))))!;
    expect(table.layout).toBe('pipe');
    expect(table.rows.find((r) => r.cells[0]!.text.startsWith('一、'))!.cells.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '26', '26']);
    const said = saidOfText(TEXT);
    expect(said.filter((s) => s.startsWith('shape:requests:') && !s.startsWith('shape:requests:*'))).toEqual([]);
    expect(said).toContain('shape:unreadable-rows:requests review');
  });

  const PACKED = [R('一、本年新收政府信息公开申请数量', '26', '26', '', ''), R('二、上年结转政府信息公开申请数量', '0', '0', '', ''), R('（七）总计', '26', '26', '', '')];

  it('its rows without their padding', () => {
    expect(withoutDroppedCells(PACKED)?.map((r) => r.cells.length)).toEqual([3, 3, 3]);
  });

  it('not where an empty cell stands between two values (blanks kept), nor a row as wide as 表三 (a blank 总计 column)', () => {
    expect(withoutDroppedCells([...PACKED.slice(0, 2), R('（七）总计', '26', '', '26', '')])).toBeNull();
    expect(withoutDroppedCells([...PACKED, R('四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '')])).toBeNull();
  });

  it('not with fewer than three of 表三’s rows, none padded, or rows of another table', () => {
    expect(withoutDroppedCells(PACKED.slice(0, 2))).toBeNull();
    expect(withoutDroppedCells(PACKED.map((r) => row(...r.cells.slice(0, 3).map((c) => c.text))))).toBeNull();
    expect(withoutDroppedCells([R('规章', '1', '', ''), R('规范性文件', '2', '', ''), R('行政许可', '3', '', '')])).toBeNull();
  });
});
