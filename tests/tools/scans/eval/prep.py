#!/usr/bin/env python3
"""Preprocess a scan page for OCR: deskew (projection profile) + remove ruling lines.
usage: prep.py IN.png OUT.png  -> prints the angle found. Keeps the image's size; rotates about the centre.
"""
import sys, time
import cv2, numpy as np

t = time.time()
im = cv2.imread(sys.argv[1], cv2.IMREAD_GRAYSCALE)
h, w = im.shape
small = cv2.resize(im, (w // 4, h // 4), interpolation=cv2.INTER_AREA)
bw = (small < 128).astype(np.float32)
best = (0, -1)
for a10 in range(-20, 21):
    a = a10 / 10
    M = cv2.getRotationMatrix2D((bw.shape[1] / 2, bw.shape[0] / 2), a, 1)
    r = cv2.warpAffine(bw, M, (bw.shape[1], bw.shape[0]))
    score = float(np.var(r.sum(axis=1)))
    if score > best[1]:
        best = (a, score)
angle = best[0]
# cv2 positive angle = counter-clockwise; the skew found is the rotation that straightens the page
M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1)
im = cv2.warpAffine(im, M, (w, h), flags=cv2.INTER_CUBIC, borderValue=255)
bin_ = cv2.adaptiveThreshold(im, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
L = max(40, w // 20)
hor = cv2.morphologyEx(bin_, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (L, 1)))
ver = cv2.morphologyEx(bin_, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, L)))
lines = cv2.dilate(hor | ver, np.ones((3, 3), np.uint8))
out = im.copy()
out[lines > 0] = 255
cv2.imwrite(sys.argv[2], out)
print(f'{angle} {time.time() - t:.2f}')
