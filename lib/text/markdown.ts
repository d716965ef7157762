/**
 * A report saved as Markdown — what crawlers that hand pages to language models write (headings as `#` or
 * `**一、总体情况**`, links as `[text](url)`, tables as `| a | b |` rows under a `| --- |` line) — read as the
 * text it shows: the marks dropped, line for line, so every line keeps its number. A table row keeps its cells,
 * split by tabs as a copied table's are (one row a line).
 */

/**
 * A table's header rule: `| --- | :---: |` (or without the outer bars); two cells of dashes at least, then cells empty or
 * not (node-html-markdown leaves the columns a header row lacks empty: `| ---- | -- |  |  |`).
 */
const RULE = /^\s*\|?\s*:?-+:?\s*\|\s*:?-+:?\s*(?:\|\s*(?::?-+:?\s*)?)*\|?\s*$/;
/** A heading (`## 二、…`), or a line made bold whole (`**二、…**`). */
const HEADING = /^\s{0,3}#{1,6}\s+\S/;
const BOLD_LINE = /^\s*(\*\*|__)(\S(?:.*?\S)?)\1\s*$/;

/** A heading's underline (`=====` under a title, `-----` under a section), or a rule across the page. */
const UNDERLINE = /^\s{0,3}(?:={3,}|-{3,})\s*$/;
/** Markdown's escapes of its own marks in running text (`…年度报告\_某某区政府`). */
const ESCAPE = /\\[_*[\]#]/;

/** What every mark looked for below contains: a table's bar, an underline's dashes or equals, bold, a heading, an escape. */
const MARKS = ['|', '--', '==', '**', '__', '#', '\\'];

/** Whether the text is Markdown: a table's header rule, or two of Markdown's marks (headings, underlines, escapes). */
export function looksLikeMarkdown(text: string): boolean {
  // none of its marks anywhere: no line to look at (most texts)
  if (!MARKS.some((m) => text.includes(m))) return false;
  let marks = 0;
  let prev = '';
  for (const line of text.split(/\r\n|\r|\n/, 5000)) {
    if (RULE.test(line)) return true;
    const mark = HEADING.test(line) || BOLD_LINE.test(line) || (UNDERLINE.test(line) && prev.trim() !== '') || ESCAPE.test(line);
    if (mark && ++marks >= 2) return true;
    prev = line;
  }
  return false;
}

/** A table row `| a | b |` → its cells split by tabs; other lines as they read. */
function tableRow(line: string): string | null {
  const t = line.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null;
  // a bar written inside a cell is escaped (`\|`): not a split, and inline() unescapes it
  const cells = t.slice(1, -1).split(/(?<!\\)\|/).map((c) => inline(c.trim()));
  return cells.join('\t');
}

/** Inline marks: images dropped, links to their text, emphasis and code to their words, escapes to the character. */
function inline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?\S)\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1');
}

/** The text a Markdown file shows, one line for each of its lines. */
export function markdownText(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      if (RULE.test(part) || UNDERLINE.test(part)) return '';
      const row = tableRow(part);
      if (row !== null) return row;
      return inline(part.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s{0,3}>\s?/, '').replace(/^\s{0,3}[*+-]\s+(?=\S)/, ''));
    })
    .join('');
}
