/**
 * 「…均获维持」 against 表四 (lib/rules/narrative-upheld.ts): on a real page (上海市人民政府办公厅 2019: 「信息公开类行政复议7件，
 * 诉讼9件，均获维持」, 表四 复议 5|–|–|2, 直接起诉 8|–|–|1), and the same page altered: the kinds the statement names,
 * the concluded cases only, a table of upheld cases, one finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../../lib/node';
import { formatMessage } from '../../lib/result/wording';

const PAGE = readFileSync(join(__dirname, '../fixtures/real/jiangsu-shanghai/901_shanghai-bgt-2019.html'), 'utf8');
const SAID = '信息公开类行政复议7件，诉讼9件，均获维持';
const upheld = (html: string) => auditHtml(html, 'sh.html').result.findings.filter((f) => f.rule === 'narrative:upheld');
const say = (words: string) => {
  expect(PAGE.split(SAID).length).toBe(2);
  return PAGE.replace(SAID, words);
};
/** 表四's row with other cells: the page's 复议 5|–|–|2|7 and 直接起诉 8|–|–|1|9 cells replaced in order. */
const appeals = (from: string[], to: string[]) => from.reduce((h, f, i) => h.replace(f, to[i]!), PAGE);

describe('narrative:upheld', () => {
  it('the real page: one warning on the first case not upheld, the others related, the count of them', () => {
    const [f, ...more] = upheld(PAGE);
    expect(more).toEqual([]);
    expect([f!.id, f!.severity, f!.related, f!.actual]).toEqual(['narrative:appeals:counts:review.pending', 'warning', [{ row: 'counts', col: 'suit_direct.pending' }], 2]);
    expect(f!.message).toBe('正文称均获维持（「信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。」），表四中有 3 件的结果不是维持（结果纠正、其他结果或尚未审结）');
    expect(formatMessage(f!, 'en')).toBe(
      'The text says every case was upheld (“信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。”); table 4 has 3 with another result (corrected, other, or pending)',
    );
  });

  it('only the kinds the statement names: reviews alone, lawsuits alone', () => {
    expect(upheld(say('信息公开类行政复议7件，均获维持')).map((f) => [f.cell, f.related, f.args?.n])).toEqual([[{ row: 'counts', col: 'review.pending' }, [], 2]]);
    expect(upheld(say('信息公开类行政诉讼9件，均被法院判决维持')).map((f) => [f.cell, f.related, f.args?.n])).toEqual([[{ row: 'counts', col: 'suit_direct.pending' }, [], 1]]);
    expect(upheld(say('信息公开类案件16件，均获维持'))).toEqual([]);
  });

  it('not the concluded cases only, nor a statement that says no such thing', () => {
    expect(upheld(say('信息公开类行政复议7件，诉讼9件，已审结的均获维持'))).toEqual([]);
    expect(upheld(say('信息公开类行政复议7件，诉讼9件，审结案件均维持原行政行为'))).toEqual([]);
    expect(upheld(say('信息公开类行政复议7件，诉讼9件，多数获维持'))).toEqual([]);
  });

  it('nothing where 表四 prints every case upheld', () => {
    // 尚未审结 2 → blank and 总计 7 → 5; 尚未审结 1 → blank and 总计 9 → 8
    const all = appeals(['<td style="width:40px;"><p>2</p></td>', '<td style="width:43px;"><p>7</p></td>', '<td style="width:40px;"><p>1</p></td>', '<td style="width:40px;"><p>9</p></td>'], ['<td style="width:40px;">&nbsp;</td>', '<td style="width:43px;"><p>5</p></td>', '<td style="width:40px;">&nbsp;</td>', '<td style="width:40px;"><p>8</p></td>']);
    // (the table altered: the text's 7 reviews now against its 5)
    expect(auditHtml(all, 'sh.html').result.findings.filter((f) => f.table === 'appeals' && f.severity !== 'notice').map((f) => f.id)).toEqual(['narrative:appeals:counts:review.total']);
    expect(upheld(all)).toEqual([]);
    expect(upheld(say('信息公开类行政复议7件，诉讼9件，均获维持'.replace('均获维持', '均为维持')))).toHaveLength(1);
  });
});
