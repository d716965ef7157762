import { describe, expect, it } from 'vitest';
import { detectTextTables } from '../../lib/grid/text-layouts';
import { textLines } from '../../lib/text/lines';
import type { TableBlock } from '../../lib/model';

const tables = (text: string) => detectTextTables(textLines(text)).filter((b): b is TableBlock => b.kind === 'table');
const cells = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('text layouts', () => {
  it('per-line: one cell per tab-led line, rows split by blank lines, wrapped labels joined', () => {
    const [t] = tables('二、主动公开\n\t第二十条第（一）项\n\n\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n\n\t规章\n\t　0\n\t \n\n三、下一节');
    expect(t!.layout).toBe('per-line');
    expect(cells(t!)).toEqual([['第二十条第（一）项'], ['信息内容', '本年新制作数量', '对外公开总数量'], ['规章', '0', '']]);
    expect(t!.rows[2]!.cells[1]!.src.line).toBe(10);
  });

  it('pipe: a cell per line ending in |, bars alone are empty cells, the last bare value is kept', () => {
    const [t] = tables('文字\n规章 |\n0 |\n||\n政府集中采购 |\n5 |\n0\n三、收到和处理');
    expect(t!.layout).toBe('pipe');
    expect(cells(t!)).toEqual([['规章', '0', '', '', '政府集中采购', '5', '0']]);
  });

  it('tab: one row per line, cells split by tabs', () => {
    const [t] = tables('第二十条第（一）项\t\t\t\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n\n正文。');
    expect(t!.layout).toBe('tab');
    expect(cells(t!)).toEqual([['第二十条第（一）项', '', '', ''], ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '0', '0', '0']]);
  });

  it('bare: short lines holding template labels and values, stopping at a section heading', () => {
    const blocks = detectTextTables(textLines('二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n规章\n0\n1\n2\n规范性文件\n3\n三、收到和处理政府信息公开申请情况\n正文。'));
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'table', 'text', 'text']);
    expect((blocks[1] as TableBlock).layout).toBe('bare');
  });

  it('leaves ordinary prose and short non-table lines alone', () => {
    expect(tables('一、总体情况\n今年共公开信息 12 条。\n六、其他需要报告的事项\n无\n\n某某街道办事处\n2021年1月5日')).toEqual([]);
  });
});
