// Times textBlocks and auditText over a folder of .txt files: tsx tests/tools/dev/tb-time0.ts DIR
import { readFileSync, readdirSync } from 'node:fs';
import { textBlocks } from '../../../lib/readers/text';
import { auditText } from '../../../lib/pipeline/audit';
const dir = `${process.argv[2] ?? 'tests/fixtures/real/fujian'}/`;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + f, 'utf8'));
const time = (name: string, f: (t: string) => unknown) => {
  for (let k = 0; k < 2; k++) for (const t of texts) f(t);
  const s = performance.now();
  for (let k = 0; k < 5; k++) for (const t of texts) f(t);
  console.log(name, ((performance.now() - s) / 5).toFixed(1), 'ms per corpus');
};
time('blocks', (t) => textBlocks(t));
time('auditText', (t) => auditText(t));
