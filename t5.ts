import { parseHtml } from './lib/html';
import { contentRoot, pageMeta } from './lib/page/content-root';
import { domBlocks } from './lib/page/dom-blocks';
let t = Date.now();
const deep = `<html><body>${'<div>'.repeat(20000)}x${'</div>'.repeat(20000)}</body></html>`;
const d = parseHtml(deep); console.log('parse deep', Date.now() - t); t = Date.now();
const c = contentRoot(d); console.log('root', c.via, Date.now() - t); t = Date.now();
pageMeta(d, c.root, c, null); console.log('meta', Date.now() - t); t = Date.now();
domBlocks(c.root); console.log('blocks', Date.now() - t); t = Date.now();
