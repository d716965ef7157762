// usage: node run.mjs OUTDIR img1.png img2.png ...   (one core: taskset -c 1; onnx threads = 1)
import Ocr from '@gutenye/ocr-node';
import { writeFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
const [out, ...imgs] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
let t = performance.now();
const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' } });
console.log(`load ${((performance.now() - t) / 1000).toFixed(2)} s`);
for (const img of imgs) {
  t = performance.now();
  const lines = await ocr.detect(img);            // [{ text, mean, box: [[x,y] x4] }]
  const s = (performance.now() - t) / 1000;
  writeFileSync(`${out}/${basename(img, '.png')}.json`, JSON.stringify({ seconds: s, lines }));
  console.log(`${basename(img)} ${s.toFixed(2)} s ${lines.length} lines; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
