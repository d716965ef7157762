/** The CLI following a listing of 5,000 report links: it says how many it found, audits the first 500 and says how many it left out. */
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';

const listing = (n: number) =>
  `<html><head><title>年报目录</title></head><body><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/xxgk/nb/${i}.html">第${i}镇${2020 + (i % 4)}年政府信息公开工作年度报告</a></li>`).join('')}</ul></body></html>`;

describe('--follow on a listing of 5,000 report links', () => {
  it('says 找到 5000, audits 500, and says the other 4500 were not audited', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/xxgk/nb/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(listing(5000));
      else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    let err = '';
    let out = '';
    try {
      await run([`http://127.0.0.1:${port}/xxgk/nb/`, '--follow', '--format', 'json', '--concurrency', '8', '--delay', '0'], { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
    } finally {
      server.close();
    }
    expect(err).toContain(`：找到 5000 篇年报链接，只审计前 500 篇，其余 4500 篇未审计`);
    expect(JSON.parse(out).reports).toHaveLength(500);
  }, 60_000);
});
