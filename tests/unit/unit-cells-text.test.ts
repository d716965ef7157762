/**
 * Every cell printed with its unit (821件, 0件), in the text crawlers make of such a page: a textContent runs the
 * cells together (一、本年新收…数量821件35件2件1件859件) and html-to-text pads them (821件   35件 …). Before: the
 * tables not found (three false errors each) — a number with its unit was taken for prose's. Now two or more counts in
 * 件 run together are a row's cells, a row's padded values may carry 件, and a count in 件 right before the amount is
 * its own cell (政府集中采购6件251000元). Real texts: 901's (tests/fixtures/crawled/), its cells given their unit as the
 * page so printed would give them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unflattenLine } from '../../lib/grid/flattened';
import { runTogetherTables } from '../../lib/grid/run-together';
import { parseFullHtml } from '../../lib/node';
import { saidOfText, tableRows, textLines } from '../helpers/text-blocks';

const P901 = readFileSync(new URL('../fixtures/real/jiangsu-shanghai/901_shanghai-bgt-2019.html', import.meta.url), 'utf8');
const said = (text: string) => saidOfText(text, '901.txt');

/** The page's textContent, every integer cell of its tables given 件. */
function countedTextContent(html: string): string {
  const doc = parseFullHtml(html);
  for (const td of Array.from(doc.querySelectorAll('td'))) {
    const walk = (n: Node) => {
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType === 3 && /^\s*\d+\s*$/.test((c as Text).data)) (c as Text).data = `${(c as Text).data.trim()}件`;
        else walk(c);
      }
    };
    walk(td);
  }
  return doc.body.textContent ?? '';
}

describe('cells printed with their unit, in crawled text', () => {
  it('a textContent whose cells carry 件 reads as the one whose cells do not', () => {
    const plain = parseFullHtml(P901).body.textContent ?? '';
    const counted = countedTextContent(P901);
    expect(counted).toContain('一、本年新收政府信息公开申请数量821件35件');
    // no error or warning the plain text lacks; its units even tell 表二's cells apart, which the plain digits run
    // together could not (its undecided row read)
    const counted_ = said(counted);
    expect(counted_.filter((f) => !f.endsWith(' review'))).toEqual(said(plain).filter((f) => !f.endsWith(' review')));
    expect(said(plain)).toContain('shape:run-together-undecided:active review');
    expect(counted_).not.toContain('shape:run-together-undecided:active review');
  });

  it('unflattenLine: two counts in 件 or more run together are cells; one in prose is prose', () => {
    const prose = '全年共受理政府信息公开申请859件，均在法定期限内予以答复。'.repeat(12);
    const out = unflattenLine(`${prose}一、本年新收政府信息公开申请数量821件35件2件1件859件二、上年结转政府信息公开申请数量18件18件三、本年度办理结果（一）予以公开258件12件1件1件272件`);
    expect(out).toContain('一、本年新收政府信息公开申请数量821\u00a035\u00a02\u00a01\u00a0859');
    expect(out.some((l) => l.includes('申请859件，均在'))).toBe(true);
  });

  it('padded values may carry 件; a count in 件 before an amount ends its cell', () => {
    const lines = ['一、本年新收政府信息公开申请数量   821件   35件   0件   0件   2件   1件   859件', '二、上年结转政府信息公开申请数量   18件   0件   0件   0件   0件   0件   18件', '四、结转下年度继续办理   72件   0件   0件   0件   0件   0件   72件', '政府集中采购6件251000元'];
    const rows = tableRows(runTogetherTables(textLines(...lines)));
    // a count's unit before the next count is its end (as 个 and 项 were)
    expect(rows[0]).toEqual(['一、本年新收政府信息公开申请数量', '821', '35', '0', '0', '2', '1', '859件']);
    expect(rows.at(-1)).toEqual(['政府集中采购', '6', '251000']);
  });
});
