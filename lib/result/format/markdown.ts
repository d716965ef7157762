/** Markdown export: a readable report per page, and what each rule cited checks. Page text is escaped so it stays text. */
import type { Lang } from '../../model';
import type { ReportResult } from '../schema';
import { colLabel, tableShort } from '../../template/layout';
import { codeText, culpritText, formatMessage, rowName, t } from '../wording';
import { severityLabel, verdictLabel } from './labels';

/**
 * Escape everything Markdown or HTML would interpret, and keep addresses from
 * becoming links: Markdown viewers link bare http://… and www.… (a zero-width
 * space after the scheme or www stops them; the text reads the same).
 */
export function mdText(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s)
    .replace(/\b(https?|ftp|mailto|javascript|data)(:)/gi, '$1\u200b$2')
    .replace(/\bwww\./gi, 'www\u200b.')
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

export function toMarkdown(reports: ReportResult[], lang: Lang = 'zh'): string {
  const w = (k: string) => t(`x_${k}`, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const gap = lang === 'zh' ? '　' : '  ';
  const unknown = '—';
  const out: string[] = [`# ${w('md_title')}`, ''];
  const cited = new Set<string>();
  for (const r of reports) {
    out.push(`## ${mdText(r.title ?? r.source)}`, '');
    out.push(`- ${w('page')}${colon}${mdText(r.source)}`);
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
    if (review.length < r.findings.length) out.push(`| ${w('sev')} | ${w('where')} | ${w('printed')} | ${w('expected')} | ${w('message')} | ${w('culprit')} | ${w('status')} |`, '|---|---|---|---|---|---|---|');
    for (const f of r.findings) {
      cited.add(f.rule);
      if (f.needsReview) continue;
      const where = f.cell ? `${tableShort(f.table, lang)} ${rowName(f, f.cell.row, lang)}·${colLabel(f.table, f.cell.col, lang)}` : (f.where ?? '');
      const msg = lang === 'zh' ? f.message : formatMessage(f, lang);
      const printed = f.blank ? t('printed_blank', lang) : f.actual;
      const review = [t(`ui_status_${f.review?.status ?? 'open'}`, lang), f.review?.note].filter(Boolean).join(lang === 'zh' ? '：' : ': ');
      out.push(`| ${severityLabel(f.severity, lang)} | ${mdText(where)} | ${mdText(printed)} | ${mdText(f.expected)} | ${mdText(msg)} | ${mdText(culpritText(f, lang) ?? '')} | ${mdText(review)} |`);
    }
    out.push('');
    // findings that rest on a doubtful reading: apart, each with the row as read and why
    if (review.length) {
      out.push(`### ${t('ui_review_group', lang)}`, '', mdText(t('ui_review_explain', lang)), '');
      for (const f of review) {
        const status = t(`ui_status_${f.review?.status ?? 'open'}`, lang);
        const shown = lang === 'zh' ? `（${status}）` : ` (${status})`;
        out.push(`- ${mdText(lang === 'zh' ? f.message : formatMessage(f, lang))}${mdText(shown)}`, `  - ${t('ui_review_why', lang)}${colon}${mdText(codeText(f.rule, lang))}`);
      }
      out.push('');
    }
    // copied prose: the shared sentences side by side, after the table
    for (const f of r.findings) {
      if (!f.shared?.length) continue;
      out.push(`**${mdText(lang === 'zh' ? f.message : formatMessage(f, lang))}**`, '', `| ${w('shared_ours')} | ${w('shared_theirs')} |`, '|---|---|');
      for (const p of f.shared) out.push(`| ${mdText(p.ours)} | ${mdText(p.theirs)} |`);
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
