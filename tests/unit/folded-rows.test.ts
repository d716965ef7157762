/**
 * Text folded at a fixed width (antiword sets a Word file's text 76 columns wide, its table rows as cells a few spaces
 * apart): a long row of 表三 loses its last values to a line of their own, and a group's label stands on its first
 * item's line (（三）不予公开   1.属于国家秘密   0 0 …). lib/grid/folded-rows.ts puts the values back on their row;
 * lib/grid/text-layouts.ts labelCells reads the two labels apart.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, foldWidth, unfoldRows } from '../../lib/grid/folded-rows';
import { spacedValues } from '../../lib/grid/text-layouts';
import { auditText } from '../../lib/pipeline/audit';
import { textLines } from '../../lib/text/lines';
import { reportText } from '../helpers/report-text';
import { mulberry32, randomFilled } from '../helpers/template-data';

const WIDTH = 76;

/** A line folded as antiword folds it: prose where it reaches the width, a row at its last space before it. */
function fold(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (displayWidth(rest) > WIDTH) {
    let cut = 0;
    let w = 0;
    for (const ch of rest) {
      w += displayWidth(ch);
      if (w > WIDTH) break;
      cut += ch.length;
    }
    const space = rest.lastIndexOf(' ', cut);
    if (rest.includes('   ') && space > 0) cut = space;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...out, rest];
}

/** A generated report as antiword sets it: table cells three spaces apart, every line folded at 76 columns. */
const antiword = (text: string) =>
  text
    .split('\n')
    .map((l) => l.split('\t').join('   '))
    .flatMap(fold)
    .join('\n');

const serious = (text: string) =>
  auditText(text, 'r.txt').result.findings.filter((f) => !f.needsReview && f.severity !== 'notice').map((f) => `${f.rule} ${f.cell?.row}/${f.cell?.col}`);

const PROSE = Array.from({ length: 8 }, () => '本机关坚持以公开为常态、不公开为例外，围绕中心工作和群众关切，及时发布信息。');
/** A paragraph of prose, some 300 characters on one line. */
const PARAGRAPH = '本机关深入贯彻落实《中华人民共和国政府信息公开条例》和上级关于全面推进政务公开工作的部署要求，坚持以人民为中心，不断完善政府信息公开工作机制，'.repeat(4);
const ROW = '（四）无法提供   1.本机关不掌握相关政府信息  1    0     0    0      0      1';
const lines = (xs: string[]) => textLines(xs.join('\n'));

describe('rows folded at a fixed width', () => {
  it('the width most long lines end at, where enough do', () => {
    expect(displayWidth(PROSE[0]!)).toBe(WIDTH);
    expect(displayWidth(ROW)).toBe(WIDTH);
    expect(foldWidth(lines(PROSE))).toBe(WIDTH);
    expect(foldWidth(lines(PROSE.slice(0, 7)))).toBe(null);
    expect(foldWidth(lines(PROSE.map((p, i) => p.slice(0, 30 + i))))).toBe(null);
  });

  it('a 表三 row that reached it, short of values: the values under it are its end', () => {
    expect(unfoldRows(lines([...PROSE, ROW, '2', '2.没有现成信息需要另行制作  6 9 9 0 0 0 24'])).map((l) => l.text).slice(8)).toEqual([
      `${ROW}  2`,
      '2.没有现成信息需要另行制作  6 9 9 0 0 0 24',
    ]);
    expect(unfoldRows(lines([...PROSE, '（四）无法提供   1.本机关不掌握相关政府信息  1     0     0           0', '0  2'])).map((l) => l.text).slice(8)).toEqual([
      '（四）无法提供   1.本机关不掌握相关政府信息  1     0     0           0  0  2',
    ]);
  });

  it('not a row that stopped short of the width, has its seven values, is no 表三 row; not in a text not folded', () => {
    const same = (xs: string[]) => expect(unfoldRows(lines(xs)).map((l) => l.text)).toEqual(xs);
    same([...PROSE, '（四）无法提供   1.本机关不掌握相关政府信息  1 0 0 0 0 1', '2']);
    same([...PROSE, '1.本机关不掌握相关政府信息相关政府信息  1    0     0    0      0      1  2', '3']);
    same([...PROSE, '行政事业性收费（本年收费金额，单位：万元，本年度共计收取）      12    0  3', '4']);
    same([...PROSE.map((p, i) => p.slice(0, 30 + i)), ROW, '2']);
  });

  it('a group’s label and its first item’s on one line, a few spaces apart: two labels before the values', () => {
    const cells = (text: string) => spacedValues({ text, src: {} }).map((c) => c.text);
    expect(cells('（三）不予公开 1.属于国家秘密 0 0 0 0 0 5 5')).toEqual(['（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '5', '5']);
    expect(cells('三、本年度办理结果 （一）予以公开 0 0 6 0 9 0 15')).toEqual(['三、本年度办理结果', '（一）予以公开', '0', '0', '6', '0', '9', '0', '15']);
    // a label broken by a space is one label; so is a label with text that is no label of the template
    expect(cells('一、本年新收政府 信息公开申请数量 1 2 3')).toEqual(['一、本年新收政府 信息公开申请数量', '1', '2', '3']);
    expect(cells('（三）不予公开 合计 1 2 3')).toEqual(['（三）不予公开 合计', '1', '2', '3']);
  });

  it.each([3, 4, 5])('generated report (seed %i) folded as antiword folds it: read as its text', (seed) => {
    const f = randomFilled(mulberry32(seed), '2021', '测试街道办事处');
    if (seed === 4) f.values.set('requests/result.unavailable.1/natural', f.values.get('requests/result.unavailable.1/natural')! + 3);
    // a report's prose runs to paragraphs: the lines folded at the width are most of its long lines
    const text = reportText(f, {}).replace('一、总体情况\n', `一、总体情况\n${PARAGRAPH}\n${PARAGRAPH}\n`);
    const folded = antiword(text);
    // rows of 表三 folded onto a line of values
    expect(folded.split('\n').some((l) => /^\d+(?: {2,}\d+){0,2}$/.test(l.trim()))).toBe(true);
    expect(serious(folded)).toEqual(serious(text));
    if (seed === 4) expect(serious(text).length).toBeGreaterThan(0);
  });
});
