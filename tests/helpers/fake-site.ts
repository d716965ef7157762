/**
 * A government site on localhost for batch tests: a 政府信息公开年报 listing of
 * 30 report links in several markups, some served as GBK, one that never answers
 * in time, one 404. It counts requests at once, to check politeness.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gbk } from './gbk';
import { MARKUPS, renderReport } from './report-html';
import { mulberry32, randomFilled } from './template-data';

export interface FakeSite {
  url: (path: string) => string;
  listing: string;
  /** Report pages that answer (28), the one that times out, the 404. */
  reports: string[];
  slow: string;
  missing: string;
  maxInFlight: () => number;
  hits: (path: string) => number;
  close: () => Promise<void>;
}

const ORGANS = ['上塘街道', '八泉街道', '龙门街道', '澄月街道', '东通化街道', '西湖街道'];

export async function fakeSite(o: { slowMs?: number } = {}): Promise<FakeSite> {
  const pages = new Map<string, { body: Buffer; type: string }>();
  const links: { path: string; title: string }[] = [];
  for (let i = 1; i <= 28; i++) {
    const organ = `${ORGANS[i % ORGANS.length]}${i}`;
    const version = i % 3 === 0 ? '2021' : '2019';
    const f = randomFilled(mulberry32(100 + i), version, organ);
    if (i % 4 === 0) f.values.set('requests/new/total', f.values.get('requests/new/total')! + 1); // some with errors
    const markup = MARKUPS[i % MARKUPS.length]!;
    let html = renderReport(f, markup, mulberry32(200 + i));
    const path = `/art/2022/1/${(i % 28) + 1}/art_1_${i}.html`;
    const title = `${organ}${f.year}年政府信息公开工作年度报告`;
    if (i % 5 === 0) {
      html = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
      pages.set(path, { body: gbk(html), type: 'text/html; charset=GBK' });
    } else if (i % 7 === 0) {
      // GBK declared only inside the page
      html = html.replace('<meta charset="utf-8">', '<meta charset="gbk">');
      pages.set(path, { body: gbk(html), type: 'text/html' });
    } else pages.set(path, { body: Buffer.from(html), type: 'text/html; charset=utf-8' });
    links.push({ path, title });
  }
  const slow = '/art/2022/1/29/art_1_slow.html';
  const missing = '/art/2022/1/30/art_1_missing.html';
  links.splice(10, 0, { path: slow, title: '某某镇2021年政府信息公开工作年度报告' });
  links.splice(20, 0, { path: missing, title: '某某乡2021年政府信息公开工作年度报告' });
  const listing = `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报_某某区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="https://other.example.com/x.html">友情链接</a></div>
<h1>政府信息公开年报</h1><ul class="list">${links.map((l) => `<li><a href="${l.path}" title="${l.title}">${l.title}</a><span>2022-01-20</span></li>`).join('\n')}</ul>
<a href="/files/report.pdf">2021年年报.pdf</a></body></html>`;
  pages.set('/zfxxgknb/index.html', { body: Buffer.from(listing), type: 'text/html; charset=utf-8' });

  let inFlight = 0;
  let max = 0;
  const hits = new Map<string, number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    inFlight++;
    max = Math.max(max, inFlight);
    const done = () => {
      inFlight--;
    };
    if (path === slow) {
      const t = setTimeout(() => {
        timers.delete(t);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>late</body></html>');
        done();
      }, o.slowMs ?? 60_000);
      timers.add(t);
      req.on('close', () => {
        if (timers.has(t)) {
          clearTimeout(t);
          timers.delete(t);
          done();
        }
      });
      return;
    }
    const page = pages.get(path);
    // a little latency, so that requests overlap as on a real site
    const t = setTimeout(() => {
      timers.delete(t);
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      } else {
        res.writeHead(200, { 'content-type': page.type });
        res.end(page.body);
      }
      done();
    }, 30);
    timers.add(t);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  return {
    url,
    listing: url('/zfxxgknb/index.html'),
    reports: links.filter((l) => l.path !== slow && l.path !== missing).map((l) => url(l.path)),
    slow: url(slow),
    missing: url(missing),
    maxInFlight: () => max,
    hits: (p) => hits.get(p) ?? 0,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
