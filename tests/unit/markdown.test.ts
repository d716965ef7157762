/**
 * Reports saved as Markdown (what crawlers that feed language models write) and text that kept a page's HTML tables:
 * read as the text they show, line for line, their tables as tables.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownText } from '../../lib/text/markdown';
import { textBlocks } from '../../lib/readers/text';
import type { TableBlock } from '../../lib/model';

const lines = (...t: string[]) => t.join('\n');

describe('looksLikeMarkdown', () => {
  it('a table’s header rule, however narrow its cells (| - | -- |)', () => {
    expect(looksLikeMarkdown(lines('| 规章 | 0 |', '| --- | --- |'))).toBe(true);
    expect(looksLikeMarkdown(lines('| 行政复议 | 行政诉讼 |', '| - | -- |'))).toBe(true);
    expect(looksLikeMarkdown(lines('规章 | 0', ':---|---:'))).toBe(true);
  });

  it('two of its marks: headings, lines made bold, a title’s underline, escapes', () => {
    expect(looksLikeMarkdown(lines('# 某局2023年政府信息公开工作年度报告', '## 一、总体情况'))).toBe(true);
    expect(looksLikeMarkdown(lines('**一、总体情况**', '正文。', '**二、主动公开政府信息情况**'))).toBe(true);
    expect(looksLikeMarkdown(lines('某局2023年报告\\_某局门户网站', '', '某局2023年报告', '=========='))).toBe(true);
    // one mark alone is not enough
    expect(looksLikeMarkdown(lines('**一、总体情况**', '正文。'))).toBe(false);
  });

  it('plain text is not Markdown: a crawl’s bars at the end of cells, a rule of dashes alone, bold stars in a sentence', () => {
    expect(looksLikeMarkdown(lines('规章 |', '0 |', '||'))).toBe(false);
    expect(looksLikeMarkdown(lines('正文。', '', '----------', '某局'))).toBe(false);
    expect(looksLikeMarkdown(lines('正文。', '', '----------', '', '==========', '某局'))).toBe(false);
    expect(looksLikeMarkdown(lines('共受理**件**申请。'))).toBe(false);
  });
});

describe('markdownText', () => {
  it('keeps every line where it was', () => {
    const md = lines('# 标题', '', '| a | b |', '| --- | --- |', '| 规章 | 0 |', '', '**二、主动公开政府信息情况**', '------');
    expect(markdownText(md).split('\n')).toHaveLength(md.split('\n').length);
    expect(markdownText('a\r\n**b**\r\nc')).toBe('a\r\nb\r\nc');
  });

  it('a table row’s cells split by tabs; its rule and a heading’s underline left blank', () => {
    expect(markdownText(lines('| 规章 | 0 | 0 |', '| :--- | -: | - |', '| 行政复议 |  |  |')).split('\n')).toEqual(['规章\t0\t0', '', '行政复议\t\t']);
    expect(markdownText(lines('| 1\\|2 | x |'))).toBe('1|2\tx');
    expect(markdownText(lines('标题', '====', '一、总体情况', '---'))).toBe(lines('标题', '', '一、总体情况', ''));
  });

  it('marks dropped: headings, bold, links to their words, images, escapes, list and quote marks, <br>', () => {
    expect(markdownText('## 一、总体情况')).toBe('一、总体情况');
    expect(markdownText('**二、主动公开政府信息情况**')).toBe('二、主动公开政府信息情况');
    expect(markdownText('* [首页](/) > [政务公开](/zwgk/ "t")')).toBe('首页 > 政务公开');
    expect(markdownText('![](/logo.png)某局')).toBe('某局');
    expect(markdownText('年度报告\\_某局门户网站 \\*注')).toBe('年度报告_某局门户网站 *注');
    expect(markdownText('> 引文')).toBe('引文');
    expect(markdownText('`第二十条`')).toBe('第二十条');
    expect(markdownText('| 本年新<br>制作数量 | 0 |')).toBe('本年新 制作数量\t0');
    // single stars inside a word or a count are left alone
    expect(markdownText('3*4=12')).toBe('3*4=12');
  });
});

describe('textBlocks: a text that kept HTML tables', () => {
  const text = lines('# 某局2023年政府信息公开工作年度报告', '', '## 一、总体情况', '', '正文。',
    '<table><tr><td>信息内容</td><td>本年制发件数</td></tr>', '<tr><td>规章</td><td>&nbsp;3&nbsp;</td></tr></table>', '', '## 二、其他', '末行');
  const blocks = textBlocks(text);
  const table = blocks.find((b): b is TableBlock => b.kind === 'table')!;

  it('reads the table as a page’s, its cells on the line where it starts', () => {
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['信息内容', '本年制发件数'], ['规章', '3']]);
    expect(table.rows[1]!.cells[1]!.src).toEqual({ line: 6 });
    expect(table.rows[1]!.cells[1]!.src.el).toBeUndefined();
  });

  it('the lines around it keep their numbers, Markdown’s marks dropped', () => {
    const text = (n: number) => blocks.find((b) => b.kind === 'text' && b.src.line === n);
    expect(text(3)).toMatchObject({ text: '一、总体情况' });
    expect(text(9)).toMatchObject({ text: '二、其他' });
    expect(text(10)).toMatchObject({ text: '末行' });
  });

  it('a table never closed stays text, and text without tables is its lines', () => {
    expect(textBlocks('正文\n<table><tr><td>规章</td><td>0</td></tr>').every((b) => b.kind === 'text')).toBe(true);
    expect(textBlocks('a\nb').map((b) => b.kind === 'text' && b.text)).toEqual(['a', 'b']);
  });
});
