/**
 * The links a batch follows (reportLinks) and the report files a page links (reportFiles), case by
 * case: what counts as a report link or file, what is left out (other sites, attachments that are
 * no report, the page itself, schemes other than http), each link once, and the caps.
 */
import { describe, expect, it } from 'vitest';
import { reportFiles, reportLinks, sameHost } from '../../lib/batch/links';
import { parseHtml } from '../../lib/node';

const TITLE = '示例区2022年政府信息公开工作年度报告';
const BASE = 'https://www.shili.gov.cn/nb/';
const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`);
const urls = (links: { url: string }[]) => links.map((l) => l.url);

describe('sameHost', () => {
  it('one host with or without a leading www., never a www. further in', () => {
    const u = (h: string) => new URL(`https://${h}/`);
    expect(sameHost(u('www.x.gov.cn'), u('x.gov.cn'))).toBe(true);
    expect(sameHost(u('x.gov.cn'), u('www.x.gov.cn'))).toBe(true);
    expect(sameHost(u('a.www.x.gov.cn'), u('a.x.gov.cn'))).toBe(false);
    expect(sameHost(u('zwgk.x.gov.cn'), u('www.x.gov.cn'))).toBe(false);
  });
});

describe('reportLinks', () => {
  const listing = page(`
    <a href="/nb/2022.html#top">${TITLE}</a>
    <a href="/nb/2022.html#again">${TITLE}</a>
    <a href="/nb/">${TITLE}</a>
    <a href="/nb/#list">${TITLE}</a>
    <a>${TITLE}</a>
    <a href="mailto:x@shili.gov.cn">${TITLE}</a>
    <a href="git+https://www.shili.gov.cn/nb/g.html">${TITLE}</a>
    <a href="/files/2022.xls">${TITLE}</a>
    <a href="/files/%E7%A4%BA%E4%BE%8B%E5%8C%BA2021%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf">下载</a>
    <a href="/files/notice.pdf">下载</a>
    <a href="/files/%E5%B9%B4.pdf%">下载</a>
    <a href="/art/2021/1/28/art_1_1.html">年报</a>
    <a href="/art/2021/1/28/art_1_2.html">通知</a>
    <a href="/a/b.html">年报</a>
    <a href="https://shili.gov.cn/nb/2019.html">示例区2019年政府信息公开工作年度报告</a>
    <a href="https://other.gov.cn/nb/2018.html">示例区2018年政府信息公开工作年度报告</a>
    <a href="/nb/long.html">${'很长的标题'.repeat(50)}${TITLE}</a>
    <a href="/nb/2017.html" title="示例区2017年政府信息公开工作年度报告">示例区2017年政府信息公开…</a>
    <a href="/nb/2016.html" title="示例区2016年政府信息公开工作年度报告"><img src="/i.png"></a>
    <a href="/nb/2015.html" title="通知">示例区2015年政府信息公开工作年度报告</a>`);

  it('keeps report titles, report files named so, and report addresses that say 报告 or 年报; each once, without its fragment', () => {
    const got = reportLinks(listing, BASE);
    expect(urls(got)).toEqual([
      'https://www.shili.gov.cn/nb/2022.html',
      'https://www.shili.gov.cn/files/%E7%A4%BA%E4%BE%8B%E5%8C%BA2021%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf',
      'https://www.shili.gov.cn/art/2021/1/28/art_1_1.html',
      'https://shili.gov.cn/nb/2019.html',
      'https://www.shili.gov.cn/nb/long.html',
      'https://www.shili.gov.cn/nb/2017.html',
      'https://www.shili.gov.cn/nb/2016.html',
      'https://www.shili.gov.cn/nb/2015.html',
    ]);
    expect(got[0]!.text).toBe(TITLE);
    expect(got[1]!.text).toBe('下载');
    expect(got[4]!.text).toHaveLength(200);
    // a title cut short on the listing, or an image link: the title attribute says it; a shorter one does not
    expect(got.slice(5).map((l) => l.text)).toEqual(['示例区2017年政府信息公开工作年度报告', '示例区2016年政府信息公开工作年度报告', '示例区2015年政府信息公开工作年度报告']);
  });

  it('the same origin only when asked; nothing from an address that is none', () => {
    expect(urls(reportLinks(listing, BASE, 500, true))).not.toContain('https://shili.gov.cn/nb/2019.html');
    expect(urls(reportLinks(listing, BASE, 500, true))).toHaveLength(7);
    expect(reportLinks(listing, 'not a url')).toEqual([]);
  });

  it('at most `max`, and the count of all when asked', () => {
    const counted = { total: 0 };
    expect(urls(reportLinks(listing, BASE, 2, false, counted))).toEqual(urls(reportLinks(listing, BASE)).slice(0, 2));
    expect(counted.total).toBe(8);
    expect(reportLinks(listing, BASE, 2)).toHaveLength(2);
  });
});

describe('reportFiles', () => {
  it('PDF and Word links named as a report or its file, on any host, each once, without the fragment; named by the file when the link says nothing', () => {
    const p = page(`
      <a href="/f/%E5%B9%B4%E6%8A%A5.doc"></a>
      <a href="/f/a.docx#p2">全真版下载</a>
      <a href="/f/a.docx">全真版下载</a>
      <a href="/f/notice.doc">通知</a>
      <a href="/f/%E5%B9%B4.doc%">通知</a>
      <a href="/f/b.doc">${TITLE}</a>
      <a href="/f/c.html">${TITLE}</a>
      <a href="https://files.example.com/x/scan.pdf">扫描件</a>
      <a href="/f/long.doc">${'附件'.repeat(150)}</a>
      <a href="mailto:a@b.doc">附件</a>`);
    const got = reportFiles(p, BASE);
    expect(got).toEqual([
      { url: 'https://www.shili.gov.cn/f/%E5%B9%B4%E6%8A%A5.doc', text: '年报.doc' },
      { url: 'https://www.shili.gov.cn/f/a.docx', text: '全真版下载' },
      { url: 'https://www.shili.gov.cn/f/b.doc', text: TITLE },
      { url: 'https://files.example.com/x/scan.pdf', text: '扫描件' },
      { url: 'https://www.shili.gov.cn/f/long.doc', text: '附件'.repeat(100) },
    ]);
    expect(reportFiles(p, 'nowhere')).toEqual([]);
  });

  it('ten by default, or as many as asked', () => {
    const p = page(Array.from({ length: 12 }, (_, i) => `<a href="/f/${i}.pdf">附件${i}</a>`).join(''));
    expect(urls(reportFiles(p, BASE))).toEqual(Array.from({ length: 10 }, (_, i) => `https://www.shili.gov.cn/f/${i}.pdf`));
    expect(reportFiles(p, BASE, 3)).toHaveLength(3);
  });

  it('reads the first 2,000 links that have an address: anchors without one are not counted', () => {
    const file = `<a href="/f/report.pdf">附件</a>`;
    expect(reportFiles(page('<a href="/x.html">x</a>'.repeat(2000) + file), BASE)).toEqual([]);
    expect(urls(reportFiles(page('<a href="/x.html">x</a>'.repeat(1999) + file), BASE))).toEqual(['https://www.shili.gov.cn/f/report.pdf']);
    expect(urls(reportFiles(page('<a name="n">x</a>'.repeat(2000) + file), BASE))).toEqual(['https://www.shili.gov.cn/f/report.pdf']);
  });
});
