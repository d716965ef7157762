// Times the text reader over a folder of .txt files (default tests/fixtures/real/fujian): tsx tests/tools/dev/tb-time.ts DIR
import { readFileSync, readdirSync } from 'node:fs';
import { textLines } from '../../../lib/text/lines';
import { withTextTables } from '../../../lib/grid/text-layouts';
import { looksLikeMarkdown } from '../../../lib/text/markdown';
import { joinLabelHeads } from '../../../lib/grid/label-heads';
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
time('old withTextTables(textLines)', (t) => withTextTables(textLines(t)));
time('textBlocks', (t) => textBlocks(t));
time('looksLikeMarkdown', (t) => looksLikeMarkdown(t));
time('joinLabelHeads', (t) => joinLabelHeads(textLines(t)));
time('textLines', (t) => textLines(t));
time('auditText', (t) => auditText(t));
