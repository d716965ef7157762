/**
 * A report's title wrapped mid-word onto a short line of its own, as a PDF's text gives it (…工作年度报 / 告,
 * tests/fixtures/real/office-text/): read whole, with its organ and year; a line that names a report already, or a
 * next line too long to be the title's end, is left as it was (lib/page/metadata.ts findTitle).
 */
import { describe, expect, it } from 'vitest';
import type { PageMeta, TextBlock } from '../../lib/model';
import { findTitle } from '../../lib/page/metadata';

const lines = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ kind: 'text', text, src: { line: i + 1 } }));
const META = {} as PageMeta;
const title = (...texts: string[]) => findTitle(lines(...texts), [], META)?.value ?? null;

describe('a title wrapped mid-word', () => {
  it('joins its short last line', () => {
    expect(title('莆田市林业局 2024 年政府信息公开工作年度报', '告', '发布时间：2025-01-14')).toBe('莆田市林业局 2024 年政府信息公开工作年度报告');
    expect(title('莆田市城市管理局 2023 年度政府信息公开工作', '年度报告', '正文。')).toBe('莆田市城市管理局 2023 年度政府信息公开工作年度报告');
    // six characters at most
    expect(title('某某局2023年政府信息公开工作年度', '报告（送审稿）')).toBeNull();
    expect(title('某某局2023年政府信息公开工作年度', '报告（送审）')).toBe('某某局2023年政府信息公开工作年度报告（送审）');
  });

  it('leaves a line that names a report as it is, and joins nothing that would not name one', () => {
    expect(title('某某局2023年政府信息公开工作年度报告', '（全文）')).toBe('某某局2023年政府信息公开工作年度报告');
    expect(title('某某局2023年工作总结', '告')).toBeNull();
    expect(title('某某局2023年年报', '目录')).toBe('某某局2023年年报');
    // a short line is no title's start: a site's columns (政府信息 / 公开年报) stay apart, the second a bare 年报
    expect(title('政府信息', '公开年报')).toBe('公开年报');
    expect(title('某某局2024年政府信息', '公开年报')).toBe('某某局2024年政府信息公开年报');
    expect(title('某局2024年政府信息', '公开年报')).toBe('公开年报');
  });
});
