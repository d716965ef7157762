// usage: node run.cjs OUTDIR img...   tesseract.js with a local langPath (no network)
const { createWorker } = require('tesseract.js');
const fs = require('fs'); const path = require('path');
(async () => {
  const [out, ...imgs] = process.argv.slice(2);
  fs.mkdirSync(out, { recursive: true });
  let t = performance.now();
  const worker = await createWorker('chi_sim', 1 /* OEM LSTM */, {
    langPath: '/tmp/ocr-eval/lang', gzip: false, cacheMethod: 'none',
  });
  await worker.setParameters({ tessedit_pageseg_mode: process.env.PSM || '6' });
  console.log(`load ${((performance.now() - t) / 1000).toFixed(2)} s`);
  for (const img of imgs) {
    t = performance.now();
    const { data } = await worker.recognize(img, {}, { tsv: true, text: true });
    const s = (performance.now() - t) / 1000;
    fs.writeFileSync(path.join(out, path.basename(img, '.png') + '.tsv'), data.tsv);
    console.log(`${path.basename(img)} ${s.toFixed(2)} s; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  }
  await worker.terminate();
})();
