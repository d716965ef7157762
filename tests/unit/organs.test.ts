/**
 * The dashboard's history, from summaries alone (lib/store/organs.ts): an organ's years side by
 * side with its rivals, and each pair of reports a copied-prose finding names, once, at its
 * larger share, the sentences on the side of the pair's first report.
 */
import { describe, expect, it } from 'vitest';
import { copyPairs, organTimelines, type HistoryItem } from '../../lib/store/organs';
import type { Copy } from '../../lib/store/summary';

const F = { new: 5, carried_in: 1, answered: 4, carried_out: 2, in_force: null };
function item(href: string, organ: string | null, year: number | null, extra: Partial<HistoryItem> = {}): HistoryItem {
  return { href, organ, year, isReport: true, title: `${organ}${year}年报告`, figures: F, crossYear: 0, copies: [], ...extra };
}

describe('organTimelines', () => {
  it('organs of two years or more, their years in order (address order within one), rivals counted, the figures null where missing', () => {
    const list = [
      item('https://b/2021', '北街道', 2021, { figures: { new: 3 }, crossYear: 2 }),
      item('https://b/2020b', '北街道', 2020),
      item('https://b/2020a', '北街道', 2020),
      item('https://a/2022', '安镇', 2022),
      item('https://a/2021', '安镇', 2021),
      item('https://c/2021', '城局', 2021),
      item('https://c/2021b', '城局', 2021),
      item('https://d/x', '东局', 2020, { isReport: false }),
      item('https://d/y', '东局', null),
      item('https://d/z', null, 2021),
      item('https://d/w', '东局', 2021),
    ];
    const got = organTimelines(list);
    expect(got.map((t) => t.organ)).toEqual(['安镇', '北街道']);
    expect(got[1]).toEqual({
      organ: '北街道',
      years: [
        { year: 2020, href: 'https://b/2020a', title: '北街道2020年报告', figures: F, crossYear: 0, rivals: 1 },
        { year: 2020, href: 'https://b/2020b', title: '北街道2020年报告', figures: F, crossYear: 0, rivals: 1 },
        { year: 2021, href: 'https://b/2021', title: '北街道2021年报告', figures: { new: 3, carried_in: null, answered: null, carried_out: null, in_force: null }, crossYear: 2, rivals: 0 },
      ],
    });
    expect(got[0]!.years.map((y) => [y.year, y.rivals])).toEqual([[2021, 0], [2022, 0]]);
  });

  it('one organ however its name is spaced or its radicals coded', () => {
    const got = organTimelines([item('https://x/1', '南门街道', 2020), item('https://x/2', '南 门街道', 2021)]);
    expect(got.map((t) => t.years.length)).toEqual([2]);
  });
});

describe('copyPairs', () => {
  const copy = (otherSource: string, share: number, extra: Partial<Copy> = {}): Copy => ({ rule: 'copied-text:other-organ', otherSource, other: '他人报告', otherYear: 2020, share, shared: [{ ours: '我句', theirs: '他句' }], ...extra });

  it('a pair named from both sides is one, at the larger share, its sentences as the first report prints them', () => {
    const a = item('https://a/1', '安镇', 2021, { copies: [copy('https://b/1', 60, { shared: [{ ours: 'A的', theirs: 'B的' }] })] });
    const b = item('https://b/1', '北街道', 2021, { copies: [copy('https://a/1', 70, { shared: [{ ours: 'B的', theirs: 'A的' }] })] });
    const side = (x: HistoryItem) => ({ href: x.href, title: x.title, organ: x.organ, year: x.year });
    const want = { a: side(a), b: side(b), kind: 'other-organ', share: 70, shared: [{ ours: 'A的', theirs: 'B的' }] };
    expect(copyPairs([a, b])).toEqual([want]);
    expect(copyPairs([b, a])).toEqual([want]);
    // an equal share from the other side changes nothing: the first one found stays
    const b60 = { ...b, copies: [copy('https://a/1', 60, { shared: [{ ours: '另', theirs: '另' }] })] };
    expect(copyPairs([a, b60])[0]!.shared).toEqual([{ ours: 'A的', theirs: 'B的' }]);
    expect(copyPairs([b60, a])[0]!.shared).toEqual([{ ours: '另', theirs: '另' }]);
  });

  it('a report not stored is named as the finding names it; pairs by share, largest first; the previous year said', () => {
    const a = item('https://a/2', '安镇', 2022, {
      copies: [copy('https://gone/1', 40), copy('https://gone/2', 80, { rule: 'copied-text:previous-year', other: '安镇2021', otherYear: 2021 })],
    });
    const c = item('https://c/1', '城局', 2022, { copies: [copy('https://gone/1', 55)] });
    expect(copyPairs([a, c])).toEqual([
      { a: { href: 'https://a/2', title: '安镇2022年报告', organ: '安镇', year: 2022 }, b: { href: 'https://gone/2', title: '安镇2021', organ: null, year: 2021 }, kind: 'previous-year', share: 80, shared: [{ ours: '我句', theirs: '他句' }] },
      { a: { href: 'https://c/1', title: '城局2022年报告', organ: '城局', year: 2022 }, b: { href: 'https://gone/1', title: '他人报告', organ: null, year: 2020 }, kind: 'other-organ', share: 55, shared: [{ ours: '我句', theirs: '他句' }] },
      { a: { href: 'https://a/2', title: '安镇2022年报告', organ: '安镇', year: 2022 }, b: { href: 'https://gone/1', title: '他人报告', organ: null, year: 2020 }, kind: 'other-organ', share: 40, shared: [{ ours: '我句', theirs: '他句' }] },
    ]);
  });
});
