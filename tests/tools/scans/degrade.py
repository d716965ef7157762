#!/usr/bin/env python3
"""Turn a text PDF into a generated "scan": an image-only PDF, grey (or RGB) JPEG pages.

Steps per page: pdftoppm at DPI (grey, or RGB for --mode rgb) -> red round stamp (印章) composited
over one table cell on one page -> rotation by --angle degrees (PIL, counter-clockwise, about the
page centre, same canvas, white fill) -> light noise (low-frequency mottling + fine grain + sparse
dark specks) -> progressive JPEG at --quality -> img2pdf (page size from the JPEG's DPI, so it
equals the source's page size).

Prints one JSON object (the manifest entry's scan facts) on stdout. Deterministic: numpy seed.
Needs: poppler-utils (pdftoppm, pdftotext), img2pdf, python3 with pillow and numpy,
a CJK font for the stamp's text (fonts-noto-cjk or fonts-droid-fallback).
"""
import argparse
import glob
import html
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = [
    ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 2),  # Noto Sans CJK SC Bold
    ('/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', 0),
]
NUM = re.compile(r'^-?\d+(\.\d+)?$')
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def words(pdf, page):
    """Words of one page (1-based) with boxes in PDF points, text NFKC-normalised."""
    out = subprocess.run(['pdftotext', '-bbox-layout', '-f', str(page), '-l', str(page), pdf, '-'],
                         check=True, capture_output=True, text=True).stdout
    return [dict(x0=float(a), y0=float(b), x1=float(c), y1=float(d), text=nfkc(html.unescape(t)))
            for a, b, c, d, t in WORD.findall(out)]


def find_cell(pdf, page, label, column):
    """The numeric word in the row whose label contains `label`, `column`-th number from the left (0-based)."""
    ws = words(pdf, page)
    lab = [w for w in ws if label in w['text']]
    if not lab:
        sys.exit(f'stamp: no word with {label!r} on page {page} of {pdf}')
    lw = lab[0]
    yc = (lw['y0'] + lw['y1']) / 2
    row = sorted((w for w in ws if NUM.match(w['text']) and abs((w['y0'] + w['y1']) / 2 - yc) < 6 and w['x0'] > lw['x0']),
                 key=lambda w: w['x0'])
    if column >= len(row):
        sys.exit(f'stamp: row {label!r} has {len(row)} numbers, wanted column {column}')
    return row[column], lw, ws


def font(size):
    for path, index in FONTS:
        if os.path.exists(path):
            return ImageFont.truetype(path, size, index=index)
    sys.exit('no CJK font for the stamp (apt-get install fonts-noto-cjk)')


def stamp_layer(diameter, text, color=(205, 25, 30), alpha=150):
    """A round official seal: ring, five-pointed star, organ name along the upper arc."""
    d = diameter
    im = Image.new('RGBA', (d, d), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    rgba = color + (alpha,)
    ring = max(3, d // 32)
    dr.ellipse([ring // 2, ring // 2, d - 1 - ring // 2, d - 1 - ring // 2], outline=rgba, width=ring)
    c = d / 2
    rs = d * 0.16
    pts = []
    for k in range(10):
        r = rs if k % 2 == 0 else rs * 0.38
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    dr.polygon(pts, fill=rgba)
    fs = int(d * 0.13)
    f = font(fs)
    n = len(text)
    span = math.radians(min(240, 24 * n))
    rt = d / 2 - ring - fs * 0.75
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n  # angle from +x, clockwise in image coords
        glyph = Image.new('RGBA', (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fs, fs), ch, font=f, fill=rgba, anchor='mm')
        glyph = glyph.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        x = c + rt * math.cos(a)
        y = c + rt * math.sin(a)
        im.alpha_composite(glyph, (int(x - fs), int(y - fs)))
    return im


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src')
    ap.add_argument('out')
    ap.add_argument('--dpi', type=int, required=True)
    ap.add_argument('--angle', type=float, default=0.7)
    ap.add_argument('--noise', type=float, default=4.0, help='sigma of low-frequency mottling (4x4 px cells), grey levels')
    ap.add_argument('--grain', type=float, default=1.5, help='sigma of per-pixel Gaussian grain, grey levels')
    ap.add_argument('--specks', type=float, default=0.0002, help='share of pixels turned into dark specks')
    ap.add_argument('--quality', type=int, default=75)
    ap.add_argument('--mode', choices=['grey', 'rgb'], default='grey')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--first', type=int, help='first source page to keep (pdftoppm -f)')
    ap.add_argument('--last', type=int, help='last source page to keep (pdftoppm -l)')
    ap.add_argument('--stamp-page', type=int, required=True)
    ap.add_argument('--stamp-label', required=True, help='text in the row label (NFKC)')
    ap.add_argument('--stamp-column', type=int, required=True, help='0-based index of the number in that row')
    ap.add_argument('--stamp-text', required=True)
    ap.add_argument('--stamp-mm', type=float, default=38.0)
    ap.add_argument('--keep-pages', help='also keep the degraded page JPEGs in this folder')
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    cell, label_word, _ = find_cell(a.src, a.stamp_page, a.stamp_label, a.stamp_column)
    scale = a.dpi / 72.0
    cx_pt, cy_pt = (cell['x0'] + cell['x1']) / 2, (cell['y0'] + cell['y1']) / 2
    diameter_pt = a.stamp_mm / 25.4 * 72
    covered = []
    for w in words(a.src, a.stamp_page):
        if NUM.match(w['text']):
            wx, wy = (w['x0'] + w['x1']) / 2, (w['y0'] + w['y1']) / 2
            if math.hypot(wx - cx_pt, wy - cy_pt) < diameter_pt / 2:
                covered.append({'text': w['text'], 'bbox_pt': [round(w['x0'], 1), round(w['y0'], 1), round(w['x1'], 1), round(w['y1'], 1)]})

    with tempfile.TemporaryDirectory() as tmp:
        args = ['pdftoppm', '-r', str(a.dpi), '-png']
        if a.mode == 'grey':
            args.append('-gray')
        if a.first:
            args += ['-f', str(a.first)]
        if a.last:
            args += ['-l', str(a.last)]
        subprocess.run(args + [a.src, os.path.join(tmp, 'p')], check=True)
        pages = sorted(glob.glob(os.path.join(tmp, 'p-*.png')))
        jpgs = []
        size = None
        first = a.first or 1
        for i, path in enumerate(pages, start=first):
            im = Image.open(path).convert('RGB')
            size = im.size
            if i == a.stamp_page:
                d = int(round(diameter_pt * scale))
                st = stamp_layer(d, a.stamp_text)
                st = st.rotate(float(rng.uniform(-20, 20)), resample=Image.BICUBIC)
                base = im.convert('RGBA')
                base.alpha_composite(st, (int(cx_pt * scale - d / 2), int(cy_pt * scale - d / 2)))
                im = base.convert('RGB')
            im = im.rotate(a.angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
            arr = np.asarray(im if a.mode == 'rgb' else im.convert('L'), dtype=np.float32)
            arr = arr * 0.96 + 4  # paper is not pure white; black is not pure black
            h, w = arr.shape[:2]
            mottle = rng.normal(0, a.noise, (h // 4 + 1, w // 4 + 1)).astype(np.float32)
            noise = np.asarray(Image.fromarray(mottle, mode='F').resize((w, h), Image.BILINEAR))
            noise = noise + rng.normal(0, a.grain, (h, w)).astype(np.float32)
            arr += noise[..., None] if arr.ndim == 3 else noise
            specks = rng.random(arr.shape[:2]) < a.specks
            arr[specks] = rng.uniform(40, 140, int(specks.sum()))[:, None] if arr.ndim == 3 else rng.uniform(40, 140, int(specks.sum()))
            out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
            jpg = os.path.join(tmp, f'page-{i}.jpg')
            out.save(jpg, quality=a.quality, dpi=(a.dpi, a.dpi), optimize=True, progressive=True)
            jpgs.append(jpg)
        subprocess.run(['img2pdf', '-o', a.out] + jpgs, check=True)
        if a.keep_pages:
            os.makedirs(a.keep_pages, exist_ok=True)
            for j in jpgs:
                os.replace(j, os.path.join(a.keep_pages, os.path.basename(j)))

    json.dump({
        'dpi': a.dpi, 'mode': a.mode, 'jpegQuality': a.quality, 'pages': len(pages),
        'sourcePages': list(range(first, first + len(pages))),
        'pixelSize': list(size),
        'rotation': {'degrees': a.angle, 'direction': 'counter-clockwise (PIL Image.rotate), about the page centre, canvas kept'},
        'noise': {'mottleSigma': a.noise, 'mottleCellPx': 4, 'grainSigma': a.grain, 'darkSpecks': a.specks, 'levels': 'v*0.96+4 (paper 249, ink ~4)', 'seed': a.seed},
        'stamp': {
            'page': a.stamp_page, 'row': label_word['text'], 'column': a.stamp_column, 'value': cell['text'],
            'centerPt': [round(cx_pt, 1), round(cy_pt, 1)], 'diameterMm': a.stamp_mm,
            'colour': 'red (205,25,30), alpha 150/255' + (', then greyscaled' if a.mode == 'grey' else ''),
            'text': a.stamp_text, 'numbersUnderStamp': covered,
        },
    }, sys.stdout, ensure_ascii=False)
    print()


if __name__ == '__main__':
    main()
