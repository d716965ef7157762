/** A batch in the extension fetches from the listing's own origin: links to sibling hosts of the same site are left out there, kept in the CLI. */
import { describe, expect, it } from 'vitest';
import { reportLinks } from '../../lib/batch/links';
import { parseHtml } from '../../lib/node';

const page = parseHtml(`<html><body><ul>
<li><a href="/nb/2022.html">示例区2022年政府信息公开工作年度报告</a></li>
<li><a href="http://zwgk.shili.gov.cn/nb/2021.html">示例区2021年政府信息公开工作年度报告</a></li>
<li><a href="https://www.shili.gov.cn/nb/2020.html">示例区2020年政府信息公开工作年度报告</a></li>
<li><a href="http://www.other.gov.cn/nb/2019.html">别处2019年政府信息公开工作年度报告</a></li>
</ul></body></html>`);

describe('sibling hosts', () => {
  it('a same-origin batch keeps only the listing’s origin (scheme, host, port)', () => {
    expect(reportLinks(page, 'http://www.shili.gov.cn/nb/', 500, true).map((l) => l.url)).toEqual(['http://www.shili.gov.cn/nb/2022.html']);
  });

  it('a same-site batch (the CLI) keeps the site’s other hosts, never another site', () => {
    const urls = reportLinks(page, 'http://www.shili.gov.cn/nb/', 500, false).map((l) => l.url);
    expect(urls).toContain('http://www.shili.gov.cn/nb/2022.html');
    expect(urls).not.toContain('http://www.other.gov.cn/nb/2019.html');
  });
});
