/**
 * lib/text's small readers by value: a cell as a number (each kind with its marker), a text's
 * lines and whether it has more than a limit, and where a report lives (site and host).
 */
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../lib/text/numbers';
import { moreLinesThan, textLines } from '../../lib/text/lines';
import { publishedAt, siteOf } from '../../lib/text/site';

describe('parseValue', () => {
  it('each kind says whether it was a marker; spaces of every width are dropped', () => {
    expect(parseValue('')).toEqual({ kind: 'blank', value: 0, unit: null, marker: false });
    expect(parseValue(' \u00a0\u3000')).toEqual({ kind: 'blank', value: 0, unit: null, marker: false });
    expect(parseValue('—')).toEqual({ kind: 'blank', value: 0, unit: null, marker: true });
    expect(parseValue('1\u3000234')).toEqual({ kind: 'number', value: 1234, unit: null, marker: false });
    expect(parseValue('1\u00a0234件')).toEqual({ kind: 'number', value: 1234, unit: '件', marker: false });
    expect(parseValue('-1,234.5(万元)')).toEqual({ kind: 'number', value: -1234.5, unit: '万元', marker: false });
    expect(parseValue('合计')).toEqual({ kind: 'text', value: NaN, unit: null, marker: false });
  });

  it('forty characters may still be a number; more are text', () => {
    const forty = '1'.repeat(40);
    expect(parseValue(forty)).toMatchObject({ kind: 'number', marker: false });
    expect(parseValue(`${forty}1`)).toEqual({ kind: 'text', value: NaN, unit: null, marker: false });
    expect(parseValue(`-${'-'.repeat(40)}`)).toEqual({ kind: 'text', value: NaN, unit: null, marker: false });
  });
});

describe('textLines and moreLinesThan', () => {
  it('every kind of line break; at most `max` lines', () => {
    expect(textLines('a\r\nb\rc\nd').map((b) => [b.text, b.src.line])).toEqual([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    expect(textLines('a\nb\nc', 2).map((b) => b.text)).toEqual(['a', 'b']);
    expect(textLines('a\nb', 2).map((b) => b.text)).toEqual(['a', 'b']);
    expect(textLines('').map((b) => b.text)).toEqual(['']);
  });

  it('more lines than `max`: a text of max lines has max − 1 breaks', () => {
    expect(moreLinesThan('a\nb\nc', 3)).toBe(false);
    expect(moreLinesThan('a\nb\nc\nd', 3)).toBe(true);
    expect(moreLinesThan('a\r\nb\r\nc', 2)).toBe(true);
    expect(moreLinesThan('abc', 1)).toBe(false);
  });
});

describe('siteOf and publishedAt', () => {
  it('the registrable name; an address, localhost or IPv6 with its port; none for other schemes', () => {
    expect(siteOf('https://zwgk.XX.gov.cn./a')).toBe('xx.gov.cn');
    expect(siteOf('https://www.example.com/a')).toBe('example.com');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1:8080');
    expect(siteOf('http://LOCALHOST:3000/')).toBe('localhost:3000');
    expect(siteOf('http://[::1]:3000/')).toBe('[::1]:3000');
    expect(siteOf('http://mylocalhost.com/')).toBe('mylocalhost.com');
    expect(siteOf('http://a.localhost.cn/')).toBe('localhost.cn');
    expect(siteOf('http://1.example.com/')).toBe('example.com');
    expect(siteOf('ftp://xx.gov.cn/a')).toBeNull();
    expect(siteOf('file:///tmp/a.txt')).toBeNull();
    expect(siteOf('reports/a.txt')).toBeNull();
  });

  it('a web report’s host, a file’s name', () => {
    expect(publishedAt('https://www.xx.gov.cn:8443/a/b.html')).toBe('www.xx.gov.cn:8443');
    expect(publishedAt('http://xx.gov.cn/')).toBe('xx.gov.cn');
    expect(publishedAt('file:///tmp/dir/a.pdf')).toBe('a.pdf');
    expect(publishedAt('C:\\reports\\b.docx')).toBe('b.docx');
    expect(publishedAt('reports/c.txt')).toBe('c.txt');
  });
});
