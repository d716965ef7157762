/**
 * Host access as the README says it: a report file on another site than the page that links it
 * is read only at the auditor's click; the permission the viewer asks for names the site exactly
 * as it shows it (its port kept).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage, originPattern, readableHost, sameOrigin } from '../../lib/ext/browser';
import { RecordStore } from '../../lib/store/record-store';
import { auditText } from '../../lib/pipeline/audit';
import { testBackground } from '../helpers/background';

beforeEach(() => fakeBrowser.reset());

describe('a file on another site', () => {
  const setup = () => {
    const reads: string[] = [];
    const result = auditText('示例', 'x').result;
    const bg = testBackground(new RecordStore(storage), { readFile: async (url: string) => (reads.push(url), { result, snapshot: null }) });
    return { ...bg, reads };
  };

  it('is not fetched for a page without the auditor’s click', async () => {
    const { handle, reads } = setup();
    const r = await handle({ type: 'file:audit', url: 'http://127.0.0.1:8080/internal/report.pdf', from: 'https://www.shili.gov.cn/a.html' }, { tabId: 1 });
    expect(r).toEqual({ ok: false, error: '附件在另一网站，须由审计人员点击后读取' });
    expect(reads).toEqual([]);
  });

  it('is fetched at the click, and a file on the page’s own site without one', async () => {
    const { handle, reads } = setup();
    await handle({ type: 'file:audit', url: 'http://127.0.0.1:8080/internal/report.pdf', from: 'https://www.shili.gov.cn/a.html', clicked: true }, { tabId: 1 });
    await handle({ type: 'file:audit', url: 'https://www.shili.gov.cn/P0201.pdf', from: 'https://www.shili.gov.cn/a.html' }, { tabId: 1 });
    expect(reads).toEqual(['http://127.0.0.1:8080/internal/report.pdf', 'https://www.shili.gov.cn/P0201.pdf']);
  });
});

describe('the site a permission names', () => {
  it('keeps the port it shows (Chrome’s patterns take one); one site is scheme, host and port', () => {
    expect(readableHost('http://localhost:8080/internal/report.pdf')).toBe('localhost:8080');
    expect(originPattern('http://localhost:8080/internal/report.pdf')).toBe('http://localhost:8080/*');
    expect(originPattern('https://www.shili.gov.cn/a/b.pdf')).toBe('https://www.shili.gov.cn/*');
    expect(sameOrigin('http://a.gov.cn/x', 'http://a.gov.cn:80/y')).toBe(true);
    expect(sameOrigin('http://a.gov.cn/x', 'https://a.gov.cn/y')).toBe(false);
    expect(sameOrigin('http://a.gov.cn:8080/x', 'http://a.gov.cn/y')).toBe(false);
  });
});
