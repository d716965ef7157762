/**
 * 表三's rows whose labels a text in the page's reading order put after their values (lib/grid/bare-order): each row
 * of values goes back after its label, and only where the labels without values are as many as the rows.
 */
import { describe, expect, it } from 'vitest';
import { valuesBeforeLabels } from '../../lib/grid/bare-order';
import type { Cell } from '../../lib/model';

const cells = (texts: string[]): Cell[] => texts.map((text, i) => ({ text, src: { line: i + 1 } }));
const order = (texts: string[]) => valuesBeforeLabels(cells(texts)).map((c) => c.text);
const row = (n: number) => Array.from({ length: 7 }, (_, k) => String(n + k));
/** Three rows of 表三 read as they should be, so that seven values is the width most rows have. */
const before = ['1.属于国家秘密', ...row(1), '2.其他法律行政法规禁止公开', ...row(2), '3.危及“三安全一稳定”', ...row(3)];

describe('valuesBeforeLabels', () => {
  it('a label with two rows of values and the next row’s label without: the second row goes after its label', () => {
    expect(order([...before, '（七）总计', ...row(10), ...row(20), '理', '四、结转下年度继续办理', '总计'])).toEqual([
      ...before, '（七）总计', ...row(10), '理', '四、结转下年度继续办理', ...row(20), '总计',
    ]);
  });
  it('a header followed by two rows of values, their labels after: each row after its label, in order', () => {
    expect(order([...before, '其他', ...row(10), ...row(20), '（七）总计', '四、结转下年度继续办理', '总计'])).toEqual([
      ...before, '其他', '（七）总计', ...row(10), '四、结转下年度继续办理', ...row(20), '总计',
    ]);
  });
  it('the label before may end in a piece of its own; groups’ labels between are passed over', () => {
    const between = ['三、', '本年', '度办', '（三）', '不予公', '开'];
    expect(order([...before, '5.要求行政机关确认或重新出具', '已获取信息', ...row(10), ...row(20), ...between, '（六）其他处理', '法人或其他组织'])).toEqual([
      ...before, '5.要求行政机关确认或重新出具', '已获取信息', ...row(10), ...between, '（六）其他处理', ...row(20), '法人或其他组织',
    ]);
  });
  it('left as it is: labels not as many as the rows, a label with values of its own, rows not seven wide, too few rows', () => {
    const kept = (texts: string[]) => expect(order(texts)).toEqual(texts);
    kept([...before, '（七）总计', ...row(10), ...row(20), '理', '总计']);
    kept([...before, '其他', ...row(10), ...row(20), '（七）总计', '总计']);
    kept([...before, '（七）总计', ...row(10), ...row(20), '四、结转下年度继续办理', ...row(30)]);
    // more labels without values than rows: which row is which is not known
    kept([...before, '其他', ...row(10), ...row(20), '（六）其他处理', '（七）总计', '四、结转下年度继续办理']);
    // rows three wide (a table cut to its first columns): not 表三's rows as printed
    const three = ['1.属于国家秘密', '1', '2', '3', '2.其他法律行政法规禁止公开', '1', '2', '3', '3.危及“三安全一稳定”', '1', '2', '3'];
    kept([...three, '（七）总计', '1', '2', '3', '4', '5', '6', '四、结转下年度继续办理']);
    kept(['1.属于国家秘密', ...row(1), '（七）总计', ...row(10), ...row(20), '四、结转下年度继续办理']);
  });
  it('a text that dropped repeated values (rows of every width) is left as it is', () => {
    const ragged = ['1.属于国家秘密', '1', '2', '3', '2.其他法律行政法规禁止公开', '1', '2', '3', '4', '5', '6', '7', '3.危及“三安全一稳定”', '1', '2'];
    const texts = [...ragged, ...before, '（七）总计', ...row(10), ...row(20), '四、结转下年度继续办理', '总计'];
    expect(order([...ragged, '4.保护第三方合法权益', '1', '2', '3', '5.属于三类内部事务信息', '1', '2', '3', ...texts.slice(ragged.length)])).toEqual([
      ...ragged, '4.保护第三方合法权益', '1', '2', '3', '5.属于三类内部事务信息', '1', '2', '3', ...texts.slice(ragged.length),
    ]);
  });
});
