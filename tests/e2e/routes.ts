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
