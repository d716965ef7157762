/**
 * A 总计 column left blank beside printed parts (lib/rules/narrative.ts `tableValue`, lib/analysis/group.ts
 * `blankLines`): the text's figures are weighed against what the rows print, not against the blanks read as 0; a
 * printed total the blank column's fills give is that column's fact, said once; and a list of 表三's results after the
 * sentence that names the requests is read (lib/text/claims.ts). On a real page: 上海市人民政府办公厅 2019, its 总计
 * column blank in every result row, its text 「予以公开及部分公开258件…；不予公开35件…；因本机关不掌握等原因无法提供265件…；
 * 不予处理158件…」.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { findClaims } from '../../lib/text/claims';
import { formatMessage } from '../../lib/result/wording';

const PAGE = readFileSync(join(__dirname, '../fixtures/real/jiangsu-shanghai/901_shanghai-bgt-2019.html'), 'utf8');
const LIST = '予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。';

const audit = (html: string) => auditHtml(html, 'sh.html').result;
const serious = (html: string) => audit(html).findings.filter((f) => f.severity !== 'notice').map((f) => `${f.id} ${f.message}`);
/** The page with one piece of its text or tables replaced (each replaced piece is asserted to be there). */
function edited(from: string, to: string): string {
  expect(PAGE.split(from).length - 1, from).toBe(1);
  return PAGE.replace(from, to);
}

describe('a list of 表三 results read as about requests', () => {
  it('reads each result of a list that names 无法提供 or 不予处理 after another result', () => {
    expect(LIST.split(/(?<=；)/).map((s) => findClaims(s, LIST))).toEqual([
      [{ kind: 'disclosed-or-partial', value: 258 }],
      [{ kind: 'withheld', value: 35 }],
      [{ kind: 'unavailable', value: 265 }],
      [{ kind: 'not-processed', value: 158 }],
      [{ kind: 'other-handling', value: 0 }],
    ]);
  });

  it('not a list of information kinds, nor results named without 无法提供 or 不予处理 after them', () => {
    expect(findClaims('予以公开及部分公开258件，占33.9%；', '予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%。')).toEqual([]);
    expect(findClaims('无法提供265件；', '无法提供265件；予以公开258件。')).toEqual([]);
    expect(findClaims('主动公开信息120条；', '主动公开信息120条；不予公开3条；无法提供2条。')).toEqual([]);
  });
});

describe('the text against a blank 总计 column', () => {
  it('the real page: the blank column once, the one figure the rows contradict once, nothing for the figures they give', () => {
    const r = audit(PAGE);
    // (and 「…均获维持」 against 表四's 尚未审结: tests/unit/narrative-upheld.test.ts)
    expect(r.findings.filter((f) => f.severity !== 'notice').map((f) => f.id)).toEqual(['row-total:requests:*:total', 'narrative:requests:result.disclosed:total', 'narrative:appeals:counts:review.pending']);
    const n = r.findings.find((f) => f.rule === 'narrative:disclosed-or-partial')!;
    expect(n.message).toBe('正文称予以公开及部分公开 258，表三“予以公开”与“部分公开”按各行已填数字合计为 275（总计空白处按该行各项计）');
    expect(formatMessage(n, 'en')).toBe(
      'The text states requests disclosed in whole or in part 258; in Table 3, “disclosed” and “partly disclosed” add up to 275 from what each row prints (a blank total read as its row’s parts)',
    );
    expect(n.related).toEqual([{ row: 'result.partial', col: 'total' }]);
    // the printed （七）总计 805, whose parts are the blank column, is that column's fact: covered, not said again
    expect(r.findings.find((f) => f.id === 'row-total:requests:*:total')!.covers).toContain('column-total:requests:result.total:total');
  });

  it('a figure the rows do not give is said against what they give', () => {
    expect(serious(edited('不予公开35件', '不予公开40件'))).toContain(
      'narrative:requests:result.withheld.1:total 正文称不予公开 40，表三“不予公开”各项按各行已填数字合计为 35（总计空白处按该行各项计）',
    );
    // 无法提供 with the item it names: 265 is that item's row (252|12|1); 300 is neither it nor the group's 337
    expect(serious(edited('无法提供265件', '无法提供300件'))).toContain(
      'narrative:requests:result.unavailable.1:total 正文称无法提供 300，表三“无法提供”各项按各行已填数字合计为 337（总计空白处按该行各项计）',
    );
    expect(serious(edited('无法提供265件', '无法提供337件')).filter((s) => s.startsWith('narrative:requests'))).toEqual(['narrative:requests:result.disclosed:total 正文称予以公开及部分公开 258，表三“予以公开”与“部分公开”按各行已填数字合计为 275（总计空白处按该行各项计）']);
  });

  it('one blank total of a single cell: the row’s parts, said as such', () => {
    // （七）总计's 805 left blank too: the text's 答复805 agrees with its row (767+35+2+1); 800 does not
    const blank = edited('<p align="center">805</p>', '<p align="center">&nbsp;</p>');
    expect(serious(blank).filter((s) => s.startsWith('narrative:requests:result.total'))).toEqual([]);
    const said = blank.replace('答复政府信息公开申请805件', '答复政府信息公开申请800件');
    expect(serious(said)).toContain('narrative:requests:result.total:total 正文称办结（答复）申请 800，表三「办理结果总计·总计」空白，该行已填各项合计为 805');
  });

  it('the requests received with those carried in, the carried-in total blank beside its row', () => {
    // 上年结转's 总计 blank (its 自然人 18 printed): 「受理…877件（含上年结转18件）」 is 859 new + the row's 18
    const page = edited('<p align="center">18</p></td></tr>', '<p align="center">&nbsp;</p></td></tr>').replace(
      '共受理政府信息公开申请859件，', '共受理政府信息公开申请877件（含上年结转18件），',
    );
    expect(serious(page).filter((s) => s.startsWith('narrative:requests'))).toEqual([
      'narrative:requests:result.disclosed:total 正文称予以公开及部分公开 258，表三“予以公开”与“部分公开”按各行已填数字合计为 275（总计空白处按该行各项计）',
    ]);
  });

  it('表四: a total left blank beside its printed parts, the text against them', () => {
    // 行政复议 5|–|–|2 总计 7 → 总计 blank: 「行政复议7件」 is what the row gives; 8 is not
    const blank = edited('<td style="width:43px;"><p>7</p></td>', '<td style="width:43px;">&nbsp;</td>');
    expect(serious(blank).filter((s) => s.startsWith('narrative:appeals:counts:review.total'))).toEqual([]);
    expect(serious(blank.replace('行政复议7件', '行政复议8件'))).toContain('narrative:appeals:counts:review.total 正文称行政复议案件 8，表四「案件数·行政复议·总计」空白，该行已填各项合计为 7');
  });

  it('a printed total the fills do not give stays its own finding', () => {
    // （七）总计 800: its parts are the blank column, whose fills give 805 — not the column's fact; it stands with its row
    // and the balance, which fail too
    const r = audit(edited('<p align="center">805</p>', '<p align="center">800</p>'));
    const line = r.findings.find((f) => f.id === 'row-total:requests:*:total')!;
    expect(line.covers).not.toContain('column-total:requests:result.total:total');
    expect(r.findings.filter((f) => f.covers.includes('column-total:requests:result.total:total')).map((f) => f.id)).toEqual(['row-total:requests:result.total:total']);
  });
});
