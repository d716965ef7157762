/**
 * Markdown export: a readable report per page, and what each rule cited checks. Page text stays text: only
 * what Markdown or HTML would read as markup is escaped, where it would be read so (no invisible characters).
 */
import type { Lang } from '../../model';
import type { ReportResult } from '../schema';
import { colLabel, tableShort } from '../../template/layout';
import { codeText, culpritText, evidenceText, formatMessage, reasonOf, rowName, t } from '../wording';
import { aboutOneValue, severityLabel, verdictLabel } from './labels';

/** Bare addresses a Markdown viewer would make links of (GFM's autolinks: up to white space or `<`), and e-mail addresses. */
const ADDRESS = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<]*|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;

/** A code span holding `s` as it is: a fence longer than any run of backticks inside. */
function codeSpan(s: string): string {
  const longest = (s.match(/`+/g) ?? []).reduce((m, run) => Math.max(m, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return fence + pad + s + pad + fence;
}

/** Text that Markdown reads as it is: what would start markup is escaped, nothing else. */
function escapeInline(s: string): string {
  return (
    s
      // a backslash that would escape what follows it
      .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
      // an entity (&amp; &#58;) would be decoded; a tag or autolink would be HTML or a link
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      // emphasis, strike-through, code
      .replace(/[*~`]/g, '\\$&')
      // _ emphasises only at a word's edge (snake_case and 000_dccf stay as they are)
      .replace(/_/g, (m, i: number, str: string) => (/[\p{L}\p{N}]/u.test(str[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(str[i + 1] ?? '') ? m : '\\_'))
      // a link or footnote needs [ … ]: a [ with a ] after it is escaped
      .replace(/\[(?=[^]*\])/g, '\\[')
  );
}

export interface MdTextOptions {
  /** Inside a table cell: `|` would end the cell. */
  cell?: boolean;
  /** At the start of a line: a leading #, >, -, +, = or 1. would start a block. */
  block?: boolean;
  /** A heading's text: a trailing run of # would be read as its closing sequence. */
  heading?: boolean;
}

/**
 * Page or locale text as Markdown text: on one line, escaped only where Markdown or HTML would read markup, and
 * addresses in code spans (page text never becomes a link, and the address reads exactly as printed).
 */
export function mdText(s: string | number | null | undefined, o: MdTextOptions = {}): string {
  if (s === null || s === undefined) return '';
  const line = String(s).replace(/\r?\n|\r/g, ' ');
  let out = '';
  let at = 0;
  for (const m of line.matchAll(ADDRESS)) {
    out += escapeInline(line.slice(at, m.index)) + codeSpan(m[0]);
    at = m.index + m[0].length;
  }
  out += escapeInline(line.slice(at));
  if (o.cell) out = out.replace(/\|/g, '\\|');
  if (o.block) out = out.replace(/^(\s*)([#>+=-]|\d+[.)])/, '$1\\$2');
  if (o.heading) out = out.replace(/(\s)(#+)\s*$/, '$1\\$2');
  return out;
}

const cell = (s: string | number | null | undefined) => mdText(s, { cell: true });

/** A link destination: escaped where Markdown would end or misread it (the address itself unchanged). */
function mdUrl(url: string): string {
  return url.replace(/[\\()]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;').replace(/ /g, '%20').replace(/</g, '%3C').replace(/>/g, '%3E');
}

/** The page: a link when it is a web address, else its path as text. */
function pageLink(source: string): string {
  // in a link's text no autolink is made: the address is escaped as text, ] too (it would end the text)
  return /^https?:\/\/\S+$/i.test(source) ? `[${escapeInline(source).replace(/\]/g, '\\]')}](${mdUrl(source)})` : mdText(source);
}

export function toMarkdown(reports: ReportResult[], lang: Lang = 'zh'): string {
  const w = (k: string) => t(`x_${k}`, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const gap = lang === 'zh' ? '　' : '  ';
  const unknown = '—';
  const out: string[] = [`# ${w('md_title')}`, ''];
  const cited = new Set<string>();
  for (const r of reports) {
    out.push(`## ${mdText(r.title ?? r.source, { heading: true })}`, '');
    out.push(`- ${w('page')}${colon}${pageLink(r.source)}`);
    if (r.error) {
      out.push(`- ${w('error')}${colon}${mdText(r.error)}`, '');
      continue;
    }
    if (!r.isReport) {
      out.push('', w('not_report'), '');
      continue;
    }
    const sev = (s: 'error' | 'warning' | 'notice') => `${severityLabel(s, lang)} ${r.counts[s]}`;
    out.push(
      `- ${w('organ')}${colon}${mdText(r.organ ?? unknown)}`,
      `- ${w('year')}${colon}${r.year ?? unknown}${gap}${w('template')}${colon}${r.template ?? unknown}`,
      `- ${w('dated')}${colon}${r.datedOn ?? unknown}${gap}${w('published')}${colon}${r.publishedOn ?? unknown}`,
      `- ${w('verdict')}${colon}**${verdictLabel(r.verdict, lang)}**${gap}${w('score')}${colon}${r.score ?? unknown}`,
      `- ${w('counts')}${colon}${[sev('error'), sev('warning'), sev('notice'), ...(r.counts.review ? [`${t('ui_review_group', lang)} ${r.counts.review}`] : [])].join(lang === 'zh' ? '，' : ', ')}`,
      '',
    );
    if (!r.findings.length) {
      out.push(w('none'), '');
      continue;
    }
    if (r.counts.dismissed) out.push(`- ${t('ui_dismissed_n', lang, { n: r.counts.dismissed })}`, '');
    const review = r.findings.filter((f) => f.needsReview);
    if (review.length < r.findings.length) {
      out.push(`| ${w('sev')} | ${w('where')} | ${w('printed')} | ${w('expected')} | ${w('message')} | ${w('culprit')} | ${w('status')} | ${w('evidence')} |`, '|---|---|---|---|---|---|---|---|');
    }
    for (const f of r.findings) {
      cited.add(f.rule);
      if (f.needsReview) continue;
      const where = f.cell ? `${tableShort(f.table, lang)} ${rowName(f, f.cell.row, lang)}·${colLabel(f.table, f.cell.col, lang)}` : (f.where ?? '');
      const msg = lang === 'zh' ? f.message : formatMessage(f, lang);
      // a shape finding's counts are no cell's value: its message says them
      const one = aboutOneValue(f);
      const printed = !one ? '' : f.blank ? t('printed_blank', lang) : f.actual;
      const review = [t(`ui_status_${f.review?.status ?? 'open'}`, lang), f.review?.note].filter(Boolean).join(colon);
      out.push(`| ${severityLabel(f.severity, lang)} | ${cell(where)} | ${cell(printed)} | ${cell(one ? f.expected : '')} | ${cell(msg)} | ${cell(culpritText(f, lang) ?? '')} | ${cell(review)} | ${cell(evidenceText(f, lang))} |`);
    }
    out.push('');
    // findings that rest on a doubtful reading: apart, each with the row as read and why
    if (review.length) {
      out.push(`### ${t('ui_review_group', lang)}`, '', mdText(t('ui_review_explain', lang), { block: true }), '');
      for (const f of review) {
        const status = t(`ui_status_${f.review?.status ?? 'open'}`, lang);
        const shown = lang === 'zh' ? `（${status}）` : ` (${status})`;
        const evidence = evidenceText(f, lang);
        out.push(`- ${mdText(lang === 'zh' ? f.message : formatMessage(f, lang))}${mdText(shown)}`, `  - ${t('ui_review_why', lang)}${colon}${mdText(reasonOf(f, lang))}`);
        if (evidence) out.push(`  - ${w('evidence')}${colon}${mdText(evidence)}`);
      }
      out.push('');
    }
    // copied prose: the shared sentences side by side, after the table
    for (const f of r.findings) {
      if (!f.shared?.length) continue;
      out.push(`**${mdText(lang === 'zh' ? f.message : formatMessage(f, lang))}**`, '', `| ${w('shared_ours')} | ${w('shared_theirs')} |`, '|---|---|');
      for (const p of f.shared) out.push(`| ${cell(p.ours)} | ${cell(p.theirs)} |`);
      out.push('');
    }
  }
  if (cited.size) {
    out.push(`## ${w('codes')}`, '');
    for (const code of [...cited].sort()) out.push(`- \`${code}\`${colon}${mdText(codeText(code, lang))}`);
    out.push('');
  }
  return out.join('\n');
}
