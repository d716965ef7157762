/**
 * The template version told from a report's labels and year (lib/template/version.ts) where the labels do not
 * decide, and two reports' key figures compared (lib/template/figures.ts) whatever order they were kept in.
 */
import { describe, expect, it } from 'vitest';
import { detectVersion, versionForYear } from '../../lib/template/version';
import { sameFigures } from '../../lib/template/figures';

describe('detectVersion where the labels do not decide', () => {
  const version = (labels: string[], year: number | null) => detectVersion(labels, year).version;

  it('no marker: the year decides, 2021 itself the first of the new template; no year, no version', () => {
    expect(version(['总计', '自然人'], 2020)).toBe('2019');
    expect(version(['总计', '自然人'], 2021)).toBe('2021');
    expect(version(['总计', '自然人'], 2024)).toBe('2021');
    expect(version(['总计', '自然人'], null)).toBeNull();
    expect(version([], null)).toBeNull();
  });

  it('as many markers of each: the year decides, and without one the older template', () => {
    const tie = ['本年新制作数量', '本年制发件数'];
    expect(version(tie, 2022)).toBe('2021');
    expect(version(tie, 2020)).toBe('2019');
    expect(version(tie, null)).toBe('2019');
  });

  it('more markers of one version than the other: that version, whatever the year', () => {
    expect(version(['本年新制作数量', '本年新公开数量', '本年制发件数'], 2023)).toBe('2019');
    expect(version(['本年新制作数量', '本年制发件数', '现行有效件数'], 2020)).toBe('2021');
  });

  it('mixed only with two markers or more of each', () => {
    expect(detectVersion(['本年新制作数量', '本年新公开数量', '本年制发件数'], null).mixed).toBe(false);
    expect(detectVersion(['本年新制作数量', '本年新公开数量', '本年制发件数', '现行有效件数'], null).mixed).toBe(true);
  });

  it('versionForYear: 2021 on', () => {
    expect([2019, 2020, 2021, 2025].map(versionForYear)).toEqual(['2019', '2019', '2021', '2021']);
  });
});

describe('sameFigures', () => {
  it('the same figures kept in another order are the same; one figure apart, or blank against 0, are not', () => {
    const a = { 'requests/new/total': 3, 'requests/carried_in/total': 1, 'appeals/counts/review.total': null };
    const b = { 'appeals/counts/review.total': null, 'requests/carried_in/total': 1, 'requests/new/total': 3 };
    expect(sameFigures(a, b)).toBe(true);
    expect(sameFigures(a, { ...b, 'requests/new/total': 4 })).toBe(false);
    expect(sameFigures(a, { ...b, 'appeals/counts/review.total': 0 })).toBe(false);
    expect(sameFigures(a, { 'requests/new/total': 3, 'requests/carried_in/total': 1 })).toBe(false);
  });
});
