/** Extra pages the browser tests serve beside the fixture pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from './harness';
import { PAGES } from './harness';

const html = (res: Parameters<Route>[1], body: string, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
};

/** A page that fills its report in by script, 1.5 s after load. */
export const lateRoute: Route = (req, res) => {
  if (req.url !== '/late.html') return false;
  html(res, `<!doctype html><html><head><meta charset="utf-8"><title>加载中</title></head><body><div id="app">正在加载……</div>
<script>
setTimeout(async () => {
  const text = await (await fetch('/sample-report.html')).text();
  const doc = new DOMParser().parseFromString(text, 'text/html');
  document.title = doc.title;
  document.getElementById('app').innerHTML = doc.body.innerHTML;
}, 1500);
</script></body></html>`);
  return true;
};

/** The sample report behind a strict Content-Security-Policy. */
export const cspRoute: Route = (req, res) => {
  if (req.url !== '/csp-report.html') return false;
  html(res, readFileSync(join(PAGES, 'sample-report.html'), 'utf8'), {
    'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
  });
  return true;
};

/**
 * The sample report on a cross-origin-isolated page (COEP require-corp, COOP same-origin), which refuses
 * resources of other origins that do not allow it: the content script still loads the audit from the
 * extension's files (scripts/content-loader.ts).
 */
export const isolatedRoute: Route = (req, res) => {
  if (req.url !== '/isolated-report.html') return false;
  html(res, readFileSync(join(PAGES, 'sample-report.html'), 'utf8'), {
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'content-security-policy': "default-src 'self'",
  });
  return true;
};

/** The sample report with text that looks like markup in its title, a row label and a heading. */
export const hostileRoute: Route = (req, res) => {
  if (req.url !== '/hostile.html') return false;
  let page = readFileSync(join(PAGES, 'sample-report.html'), 'utf8');
  const evil = '&lt;img src=x onerror="window.__xss=1;alert(1)"&gt;';
  page = page
    .replace(/<title>[^<]*<\/title>/, `<title>2020年${evil}街道政府信息公开工作年度报告</title>`)
    .replace(/(<span[^>]*>)2020年上塘街道政府信息公开工作年度报告(<\/span>)/, `$1${evil}2020年上塘街道政府信息公开工作年度报告$2`)
    // an extra row in 表二 (before the 第二十条第（五）项 group) whose label is markup-like text, with a broken stock
    .replace(/<tr(?=[^>]*>(?:(?!<\/tr>)[\s\S])*?（五）项)/, `<tr><td>${evil}其他文件</td><td>5</td><td>5</td><td>1</td></tr><tr`)
    // a second 二、 heading holding markup-like text
    .replace('六、其他需要报告的事项', `二、&lt;b&gt;主动公开&lt;/b&gt;政府信息情况&lt;script&gt;alert(2)&lt;/script&gt;</span></b></p><p class=MsoNormal><b><span>六、其他需要报告的事项`);
  html(res, page);
  return true;
};

/** The sample report on a page whose style sheet restyles everything it can. */
export const restyleRoute: Route = (req, res) => {
  if (req.url !== '/restyled.html') return false;
  const page = readFileSync(join(PAGES, 'sample-report.html'), 'utf8').replace(
    '</head>',
    '<style>*:not(html):not(body){display:none!important;font-size:80px!important;color:red!important;position:absolute!important;z-index:-1!important} *{all:unset!important}</style></head>',
  );
  html(res, page);
  return true;
};
