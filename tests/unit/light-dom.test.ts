/**
 * The light tree the engine reads in Node (lib/page/light-dom.ts) against a full DOM
 * (linkedom) of the same pages: the same elements, attributes and text, and the same
 * audit, finding for finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseFullHtml, parseHtml } from '../../lib/node';
import { auditDocument } from '../../lib/pipeline/audit';
import { elementsOf } from '../../lib/page/dom-text';
import { LightDocument } from '../../lib/page/light-dom';
import { parseLight } from '../../lib/page/light-parse';
import type { PageDocument } from '../../lib/model';

const dir = new URL('../fixtures/pages/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

/** parseHtml's document: the light tree. */
const lightOf = (html: string): LightDocument => {
  const doc = parseHtml(html);
  if (!(doc instanceof LightDocument)) throw new Error('parseHtml gave something other than the light tree');
  return doc;
};

/** Elements (elementsOf: the root and all below it) by tag and attributes. */
const shape = (els: { tagName: string; attributes: ArrayLike<{ name: string; value: string }> }[]) =>
  els.map((e) => `${e.tagName.toLowerCase()}[${Array.from(e.attributes, (a) => `${a.name}=${a.value}`).sort().join(',')}]`);

describe('light tree', () => {
  it.each(pages)('%s: the same elements, attributes and text as a full DOM', (name) => {
    const html = readFileSync(new URL(name, dir), 'utf8');
    const light = lightOf(html);
    const full = parseFullHtml(html);
    expect(shape(elementsOf(light.documentElement!))).toEqual(shape(elementsOf(full.documentElement)));
    expect(light.body!.textContent).toBe(full.body.textContent);
    // every element's text, the empty ones and those of one text node (read without a list) among them
    expect(elementsOf(light.documentElement!).map((e) => e.textContent)).toEqual(elementsOf(full.documentElement).map((e) => e.textContent));
    expect(light.title).toBe(full.title);
  });

  it.each(pages)('%s: audited the same, finding for finding', (name) => {
    const html = readFileSync(new URL(name, dir), 'utf8');
    const a = auditDocument(parseHtml(html), name).result;
    const b = auditDocument(parseFullHtml(html), name).result;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('entities decoded, void and implied ends closed, attributes lower-cased', () => {
    const doc = parseLight('<html><body><P CLASS="a b">x&nbsp;&amp;&lt;y<br>z<p>second</p><table><tr><td colspan=2>1<td>2</table></body></html>');
    const ps = doc.getElementsByTagName('p');
    expect(ps).toHaveLength(2);
    expect(ps[0]!.getAttribute('class')).toBe('a b');
    expect(ps[0]!.textContent).toBe('x\u00a0&<yz');
    expect(ps[0]!.children.map((c) => c.tagName)).toEqual(['BR']);
    const tds = doc.getElementsByTagName('td');
    expect(tds.map((t) => t.textContent)).toEqual(['1', '2']);
    expect(tds[0]!.getAttribute('COLSPAN')).toBe('2');
    expect(doc.body!.contains(tds[1])).toBe(true);
    expect(tds[1]!.parentElement!.tagName).toBe('TR');
  });

  it('a selector it cannot answer is an error, not a silent empty list', () => {
    expect(() => parseLight('<p>x</p>').querySelectorAll('p.a')).toThrow(/unsupported selector/);
  });

  it('cloneNode gives a full DOM with the same elements in the same order (for Readability)', () => {
    const html = readFileSync(new URL('news.html', dir), 'utf8');
    const light = lightOf(html);
    const clone = light.cloneNode();
    expect(shape(elementsOf(clone.documentElement))).toEqual(shape(elementsOf(light.documentElement!)));
    expect(typeof clone.createElement).toBe('function');
  });

  it('cloneNode without lib/node (which provides the full DOM) says so, in words', async () => {
    vi.resetModules();
    const alone = await import('../../lib/page/light-parse');
    expect(() => alone.parseLight('<p>x</p>').cloneNode()).toThrow('没有完整 DOM 的解析器');
    vi.resetModules();
  });

  it('is read through the engine\'s narrow DOM (model/dom.ts), with no cast, as a full DOM is', () => {
    const html = `<html><head><title>2023年政府信息公开工作年度报告</title></head><body><div id="zoom">
      <p>一、总体情况</p><p>本年新收政府信息公开申请数量如下。</p>
      <table><tr><th colspan="3">本年新收政府信息公开申请数量</th></tr>
        <tr><td rowspan="2">自然人</td><td>当面</td><td>4</td></tr><tr><td>网上</td><td>7</td></tr></table>
    </div></body></html>`;
    // the light tree is a PageDocument (it implements the interface): this line is the compile-time check
    const doc: PageDocument = parseLight(html);
    const a = auditDocument(doc, 'narrow');
    const b = auditDocument(parseFullHtml(html), 'narrow');
    const cells = (x: typeof a) => x.input!.blocks.flatMap((blk) => (blk.kind === 'table' ? [blk.size, blk.rows.map((r) => r.cells.map((c) => c.text))] : []));
    expect(cells(a)).toEqual([{ rows: 3, cols: 3 }, [['本年新收政府信息公开申请数量'], ['自然人', '当面', '4'], ['网上', '7']]]);
    expect(cells(a)).toEqual(cells(b));
    expect(a.root?.getAttribute('id')).toBe('zoom');
    expect(JSON.stringify(a.result)).toBe(JSON.stringify(b.result));
  });
});

describe('light tree bounds', () => {
  it('stops building past its node bound, says where, and keeps what it built well formed', () => {
    const doc = parseLight(`<html><body><p>a</p>${'<div><b>x</b></div>'.repeat(100)}<p>end</p></body></html>`, 50);
    expect(doc.cutAt).toBeGreaterThan(0);
    expect(doc.body!.textContent.startsWith('ax')).toBe(true);
    expect(doc.body!.textContent).not.toContain('end');
    expect(doc.getElementsByTagName('*').length).toBeLessThanOrEqual(50);
    expect(parseLight('<p>a</p>').cutAt).toBeNull();
  });
});
