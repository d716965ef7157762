import { readFileSync, readdirSync } from 'node:fs';
import { textBlocks } from '../../../lib/readers/text';
import { auditText } from '../../../lib/pipeline/audit';
const dir = '/tmp/txtbench/';
const texts = readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'));
const time = (name: string, f: (t: string) => unknown) => {
  for (let k = 0; k < 2; k++) for (const t of texts) f(t);
  const s = performance.now();
  for (let k = 0; k < 5; k++) for (const t of texts) f(t);
  console.log(name, ((performance.now() - s) / 5).toFixed(1), 'ms per corpus');
};
time('blocks', (t) => textBlocks(t));
time('auditText', (t) => auditText(t));
