/**
 * The core highlight test on Debian's Firefox ESR (the MV2 build, installed as a
 * temporary add-on over WebDriver BiDi): the flagged cells carry their finding
 * ids, a page that is not a report gets no mark.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, serve } from './harness';
import { Bidi, FIREFOX } from './bidi';

const BUILD = join(ROOT, '.output/firefox-mv2');
let ff: Bidi;
let s: Awaited<ReturnType<typeof serve>>;
let ctx: string;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} not found: bash scripts/install-browser.sh installs Debian's firefox-esr`);
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('build the Firefox extension first: wxt build -b firefox');
  s = await serve();
  ff = await Bidi.launch();
  await ff.send('webExtension.install', { extensionData: { type: 'path', path: BUILD } });
  ctx = await ff.context();
});
afterAll(async () => {
  await ff?.close();
  await s?.close();
});

const IDS = `Array.from(document.querySelectorAll('[data-nianbao-finding]')).flatMap((e) => e.getAttribute('data-nianbao-finding').split(' '))`;

describe('Firefox ESR', () => {
  it('marks exactly the flagged cells of the sample report with their finding ids', async () => {
    await ff.navigate(ctx, s.url('/sample-report.html'));
    const ids = await ff.poll<string[]>(ctx, IDS, (v) => v.length > 100);
    expect([...new Set(ids.filter((i) => !i.startsWith('blank-cell')))].sort()).toEqual([
      'balance:requests:result.total:total',
      'narrative:requests:new:total',
      'row-total:requests:new:total',
      'row-total:requests:result.disclosed:total',
      'row-total:requests:result.total:total',
    ]);
    expect(ids.filter((i) => i === 'blank-cell:requests:*:*')).toHaveLength(131);
    const outline = await ff.evaluate<string>(ctx, `getComputedStyle(document.querySelector('[data-nianbao-finding~="row-total:requests:new:total"]')).outlineColor`);
    expect(outline).toBe('rgb(217, 48, 37)');
  });

  it('a page that is not a report gets no mark and no panel', async () => {
    await ff.navigate(ctx, s.url('/plain.html'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ff.evaluate<number>(ctx, `document.querySelectorAll('[data-nianbao-finding], nianbao-audit-ui').length`)).toBe(0);
  });
});
