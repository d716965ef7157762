/** Synthetic pages: a government news page of a given size, a report with a long 表二, and the words they are made of. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../browser';

const WORDS = '街道社区开展志愿服务活动组织居民参加环境整治工作推进老旧小区改造提升群众满意度落实防汛责任加强安全生产检查'.split('');
export function phrase(i: number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += WORDS[(i * 7 + k * 13) % WORDS.length];
  return s;
}

/** A government news page of about `size` bytes: nav, article, side lists, footer; not a report. */
export function newsPage(bytes: number): string {
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/col/${i}/">${phrase(i, 4)}</a></li>`).join('');
  const head = `<!doctype html><html><head><meta charset="utf-8"><title>${phrase(1, 12)}_某某区人民政府</title></head><body><div class="header"><ul class="nav">${nav}</ul></div><div class="main"><h1>${phrase(2, 14)}</h1><div class="info">发布时间：2021-06-10 来源：区政府办</div><div class="TRS_Editor">`;
  const tail = `</div></div><div class="side"><ul>${nav}</ul></div><div class="footer">主办单位：某某区人民政府办公室 地址：某某路1号</div></body></html>`;
  let body = '';
  let i = 0;
  const len = (x: string) => Buffer.byteLength(x);
  let total = len(head) + len(tail);
  while (total < bytes) {
    body += i % 9 === 8
      ? `<table border="1"><tr><td>单位</td><td>数量</td></tr><tr><td>${phrase(i, 6)}</td><td>${i}</td></tr></table>`
      : `<p style="text-indent:2em"><span>${phrase(i, 80)}。</span><span>${phrase(i + 1, 60)}，${i}人次参加。</span></p>`;
    total = len(head) + len(body) + len(tail);
    i++;
  }
  return head + body + tail;
}

/** A report whose 表二 carries `n` extra rows (growth of the audit with table size). */
export function bigReport(n: number): string {
  const sample = readFileSync(join(ROOT, 'tests/fixtures/pages/report-2019-split.html'), 'utf8');
  const extra = Array.from({ length: n }, (_, i) => `<tr><td>其他文件${i + 1}</td><td>${i % 7}</td><td>${i % 5}</td><td>${(i % 5) + 3}</td></tr>`).join('');
  return sample.replace(/(<td[^>]*>规范性文件<\/td>(?:<td[^>]*>[^<]*<\/td>){3}<\/tr>)/, `$1${extra}`);
}
