/**
 * `npm start`: build the extension, serve the bundled sample report from
 * localhost and open Chromium with the extension loaded on it. On a machine
 * without a display it runs headless instead: it saves a screenshot of the
 * highlighted page and the page's exports into ./out/ and prints the summary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT, launch, openPopup, serve, waitForMarks } from './browser';
import { PageRecord } from '../lib/store/schema';
import { culpritText } from '../lib/result/wording';

const OUT = join(ROOT, 'out');
const SAMPLE = '/sample-report.html';

if (!existsSync(CHROMIUM)) {
  console.error(`未找到 Chromium（${CHROMIUM}）。请先运行：bash scripts/install-browser.sh`);
  process.exit(2);
}

console.log('构建扩展 Building the extension…');
execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serve();
const url = server.url(SAMPLE);
const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');

if (headed) {
  const b = await launch({ headless: false });
  const page = await b.context.newPage();
  await page.goto(url);
  console.log(`已在 Chromium 中打开示例年报 Opened ${url} — close the browser window to stop.`);
  await new Promise<void>((done) => b.context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

const b = await launch();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await b.context.newPage();
  await page.goto(url);
  await waitForMarks(page);
  // the panel stepped to a finding, and a tooltip, at the window sizes auditors use
  const shots: string[] = [];
  const shot = async (p: typeof page, name: string) => {
    const path = join(OUT, name);
    await p.screenshot({ path });
    shots.push(path);
  };
  await page.click('[data-testid=panel-pill]');
  for (const [w, h] of [[1280, 720], [800, 600]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.click('[data-testid=panel-next]');
    await page.waitForTimeout(300);
    await shot(page, `panel-${w}x${h}.png`);
    const cell = page.locator('[data-nianbao-sev=error]').first();
    await cell.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await cell.hover();
    await page.waitForTimeout(300);
    await shot(page, `tooltip-${w}x${h}.png`);
    // the panel's list of every finding by rule, where each is reviewed and each rule's marks hidden or shown
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await page.locator('[data-testid=panel-body]').evaluate((b) => {
      const list = b.querySelector<HTMLElement>('[data-testid=panel-list]');
      if (list) b.scrollTop = list.offsetTop - (b as HTMLElement).offsetTop;
    });
    await page.waitForTimeout(300);
    await shot(page, `panel-list-${w}x${h}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, 'sample-report.png');

  const popup = await openPopup(b, await b.tabId(page));
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.waitForSelector('[data-testid=verdict]');
  await shot(popup, 'popup.png');
  const dash = await b.context.newPage();
  await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  await dash.waitForSelector('[data-testid=record]');
  for (const [w, h] of [[1280, 720], [800, 600]] as const) {
    await dash.setViewportSize({ width: w, height: h });
    await shot(dash, `dashboard-${w}x${h}.png`);
  }
  await dash.close();
  const files: string[] = [];
  for (const f of ['csv', 'json', 'md']) {
    const [d] = await Promise.all([popup.waitForEvent('download'), popup.click(`[data-testid=export-${f}]`)]);
    const path = join(OUT, `sample-report.${f}`);
    await d.saveAs(path);
    files.push(path);
  }

  const key = Object.keys(await b.storage()).find((k) => k.startsWith('page:') && k.endsWith(SAMPLE))!;
  const rec = PageRecord.parse((await b.storage())[key]);
  const r = rec.result;
  const lines = [
    `年报审计 Nianbao Audit — ${r.title}`,
    `机关 ${r.organ} · 年度 ${r.year} · 模板 ${r.template} 年版 · 结论 ${r.verdict} · 得分 ${r.score}`,
    `错误 ${r.counts.error} · 警告 ${r.counts.warning} · 提示 ${r.counts.notice}`,
    ...r.findings.filter((f) => f.severity !== 'notice').map((f) => `  [${f.severity}] ${f.message}`),
    ...[...new Set(r.findings.map((f) => culpritText(f)).filter((x): x is string => !!x))].slice(0, 1).map((c) => `  → ${c}`),
    '',
    `截图 Screenshots: ${shots.join(', ')}`,
    `导出 Exports: ${files.join(', ')}`,
  ];
  writeFileSync(join(OUT, 'summary.txt'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
} finally {
  await b.close();
  await server.close();
}
