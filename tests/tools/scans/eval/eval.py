#!/usr/bin/env python3
"""Score OCR outputs against the source text PDFs' own words.

usage: eval.py ENGINE_DIR KIND   KIND = tsv (tesseract / tesseract.js TSV) | gutenye (JSON lines)
Prints per page and totals: numbers right/total (per table row, order-aligned), label hits, CER.
"""
import difflib, glob, html, json, math, os, re, subprocess, sys, unicodedata
from rapidfuzz.distance import Levenshtein
from rapidfuzz import fuzz

MAN = {e['file'][:-4]: e for e in json.load(open('/work/main/tests/fixtures/scans/manifest.json'))}
DOCS = '/work/main/tests/fixtures/'
NUM = re.compile(r'^-?\d+(\.\d+)?$')
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
LABELS = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '属于国家秘密', '其他法律行政法规禁止公开',
          '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项',
          '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确', '信访举报投诉类申请', '重复申请',
          '要求提供公开出版物', '无正当理由大量反复申请', '结转下年度继续办理', '行政复议', '行政诉讼', '行政处罚', '行政许可',
          '行政强制', '行政事业性收费', '规范性文件', '申请人情况', '自然人', '总计']


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


_words = {}
def truth_words(pdf, page):
    k = (pdf, page)
    if k not in _words:
        out = subprocess.run(['pdftotext', '-bbox-layout', '-f', str(page), '-l', str(page), pdf, '-'], check=True, capture_output=True, text=True).stdout
        _words[k] = [dict(x0=float(a), y0=float(b), x1=float(c), y1=float(d), text=nfkc(html.unescape(t))) for a, b, c, d, t in WORD.findall(out)]
    return _words[k]


def rows_of(nums):
    """Cluster numeric truth words into rows by y centre (2.5 pt)."""
    rows = []
    for w in sorted(nums, key=lambda w: (w['y0'] + w['y1']) / 2):
        yc = (w['y0'] + w['y1']) / 2
        if rows and abs(rows[-1]['yc'] - yc) < 2.5:
            rows[-1]['w'].append(w)
        else:
            rows.append({'yc': yc, 'w': [w]})
    for r in rows:
        r['w'].sort(key=lambda w: w['x0'])
    return rows


def load_tokens(path, kind):
    toks = []
    if kind == 'tsv':
        for line in open(path, encoding='utf-8').read().splitlines()[1:]:
            f = line.split('\t')
            if len(f) < 12 or f[0] != '5' or not f[11].strip():
                continue
            l, t, w, h = map(int, f[6:10])
            toks.append(dict(text=f[11], conf=float(f[10]), x0=l, y0=t, x1=l + w, y1=t + h, line=tuple(f[1:5]),
                             poly=[[l, t], [l + w, t], [l + w, t + h], [l, t + h]]))
    else:
        for ln in json.load(open(path))['lines']:
            xs = [p[0] for p in ln['box']]; ys = [p[1] for p in ln['box']]
            toks.append(dict(text=ln['text'], conf=ln['mean'] * 100, x0=min(xs), y0=min(ys), x1=max(xs), y1=max(ys), line=None,
                             poly=ln['box']))
    return toks


CORR = {}
def to_pt(x, y, e, page=None):
    w, h = e['pixelSize']; a = math.radians(e['rotation']['degrees'] + CORR.get(page, 0)); s = e['dpi'] / 72
    dx, dy = x - w / 2, y - h / 2
    ux = dx * math.cos(a) - dy * math.sin(a) + w / 2
    uy = dx * math.sin(a) + dy * math.cos(a) + h / 2
    return ux / s, uy / s


def ocr_text(toks):
    return nfkc(''.join(t['text'] for t in toks)).replace(' ', '')


def score_page(img_base, toks):
    m = re.match(r'(.*)-(\d+)$', img_base)
    scan, k = m.group(1), int(m.group(2))
    e = MAN[scan.replace('-red', '-rgb')]
    page = e['sourcePages'][k - 1]
    pdf = DOCS + e['source']
    tw = truth_words(pdf, page)
    nums = [w for w in tw if NUM.match(w['text'])]
    rows = rows_of(nums)
    # OCR number parts with positions in pt
    parts = []
    for t in toks:
        pieces = t['text'].split()
        n = len(pieces)
        for i, p in enumerate(pieces):
            p = nfkc(p)
            if not NUM.match(p):
                continue
            # x interpolated across the token; y = token centre
            # position along the token's (possibly tilted) box, by character offset
            before = len(' '.join(pieces[:i])) + (1 if i else 0)
            fx = (before + len(p) / 2) / max(1, len(' '.join(pieces)))
            (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = t['poly'][:4]
            x = ((tlx + (trx - tlx) * fx) + (blx + (brx - blx) * fx)) / 2
            y = ((tly + (try_ - tly) * fx) + (bly + (bry - bly) * fx)) / 2
            px, py = to_pt(x, y, e, img_base)
            parts.append(dict(text=p, x=px, y=py, conf=t['conf']))
    right = 0; total = 0; wrong = []
    for r in rows:
        truth = [w['text'] for w in r['w']]
        got = sorted((p for p in parts if abs(p['y'] - r['yc']) < 5), key=lambda p: p['x'])
        sm = difflib.SequenceMatcher(a=truth, b=[p['text'] for p in got], autojunk=False)
        ok = sum(b.size for b in sm.get_matching_blocks())
        right += ok; total += len(truth)
        if ok < len(truth):
            wrong.append((' '.join(truth), ' '.join(p['text'] for p in got)))
    # labels / text
    truth_text = ''.join(w['text'] for w in tw)
    ot = ocr_text(toks)
    labels = [l for l in LABELS if l in truth_text]
    hit = [l for l in labels if l in ot]
    cer = Levenshtein.distance(ot, truth_text) / max(1, len(truth_text))
    title_ok = e['title'] in ot if page == 1 else None
    return dict(page=img_base, dpi=e['dpi'], right=right, total=total, labels=len(labels), label_hits=len(hit),
                missed_labels=[l for l in labels if l not in hit], cer=cer, title=title_ok, wrong=wrong, ntok=len(toks))


def main():
    d, kind = sys.argv[1], sys.argv[2]
    ext = '.tsv' if kind == 'tsv' else '.json'
    res = []
    af = os.path.join(d, 'angles.txt')
    if os.path.exists(af):
        for line in open(af):
            p = line.split(); CORR[p[0]] = float(p[1])
    for f in sorted(glob.glob(os.path.join(d, '*' + ext))):
        res.append(score_page(os.path.basename(f)[:-len(ext)], load_tokens(f, kind)))
    times = {}
    tf = os.path.join(d, 'times.txt')
    if os.path.exists(tf):
        for line in open(tf):
            p = line.split()
            if len(p) >= 3:
                times[p[0]] = (float(p[1]), int(p[2]) / 1024)
    verbose = '-v' in sys.argv
    groups = {}
    for r in res:
        g = r['page'].rsplit('-', 1)[0]
        groups.setdefault(g, []).append(r)
        if verbose:
            print(r['page'], f"{r['right']}/{r['total']}", f"labels {r['label_hits']}/{r['labels']}", f"cer {r['cer']:.3f}", 'title', r['title'], times.get(r['page']))
            for a, b in r['wrong'][:12]:
                print('    truth:', a, '| ocr:', b)
            if r['missed_labels']:
                print('    missed:', r['missed_labels'])
    print(f"{'scan':28} {'digits':>9} {'labels':>7} {'CER':>6} {'s/page':>7} {'maxMB':>6}")
    for g, rs in groups.items():
        rt = sum(r['right'] for r in rs); tt = sum(r['total'] for r in rs)
        lh = sum(r['label_hits'] for r in rs); lt = sum(r['labels'] for r in rs)
        cer = sum(r['cer'] for r in rs) / len(rs)
        ts = [times[r['page']] for r in rs if r['page'] in times]
        sp = sum(t[0] for t in ts) / len(ts) if ts else float('nan')
        mb = max(t[1] for t in ts) if ts else float('nan')
        print(f"{g:28} {rt:4}/{tt:<4} {lh:3}/{lt:<3} {cer:6.3f} {sp:7.2f} {mb:6.0f}")


if __name__ == '__main__':
    main()
