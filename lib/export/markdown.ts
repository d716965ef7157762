/** Markdown export: a readable report per page. Page text is escaped so it stays text. */
import type { ReportResult } from '../result/schema';
import { colLabel, tableShort, type Lang } from '../template/layout';
import { culpritText, formatMessage, rowName } from '../result/messages';
import { severityLabel, verdictLabel } from './labels';

/** Escape everything Markdown or HTML would interpret. */
export function mdText(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s)
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

const T = {
  zh: { title: '政府信息公开工作年度报告审计结果', page: '页面', organ: '机关', year: '年度', template: '模板', verdict: '结论', score: '得分', counts: '问题', dated: '落款日期', published: '发布日期', none: '未发现问题。', notReport: '此页面不是政府信息公开工作年度报告。', cell: '位置', printed: '填报', expected: '应为', message: '说明', sev: '级别', culprit: '可能有误', unknown: '—', error: '无法审计' },
  en: { title: 'Information-disclosure annual report audit', page: 'Page', organ: 'Organ', year: 'Year', template: 'Template', verdict: 'Verdict', score: 'Score', counts: 'Findings', dated: 'Signed', published: 'Published', none: 'No findings.', notReport: 'This page is not an information-disclosure annual report.', cell: 'Where', printed: 'Printed', expected: 'Expected', message: 'Message', sev: 'Severity', culprit: 'Likely culprit', unknown: '—', error: 'Could not audit' },
};

export function toMarkdown(reports: ReportResult[], lang: Lang = 'zh'): string {
  const t = T[lang];
  const out: string[] = [`# ${t.title}`, ''];
  for (const r of reports) {
    out.push(`## ${mdText(r.title ?? r.source)}`, '');
    out.push(`- ${t.page}：${mdText(r.source)}`);
    if (r.error) {
      out.push(`- ${t.error}：${mdText(r.error)}`, '');
      continue;
    }
    if (!r.isReport) {
      out.push('', t.notReport, '');
      continue;
    }
    out.push(
      `- ${t.organ}：${mdText(r.organ ?? t.unknown)}`,
      `- ${t.year}：${r.year ?? t.unknown}　${t.template}：${r.template ?? t.unknown}`,
      `- ${t.dated}：${r.datedOn ?? t.unknown}　${t.published}：${r.publishedOn ?? t.unknown}`,
      `- ${t.verdict}：**${verdictLabel(r.verdict, lang)}**　${t.score}：${r.score ?? t.unknown}`,
      `- ${t.counts}：${severityLabel('error', lang)} ${r.counts.error}，${severityLabel('warning', lang)} ${r.counts.warning}，${severityLabel('notice', lang)} ${r.counts.notice}`,
      '',
    );
    if (!r.findings.length) {
      out.push(t.none, '');
      continue;
    }
    out.push(`| ${t.sev} | ${t.cell} | ${t.printed} | ${t.expected} | ${t.message} | ${t.culprit} |`, '|---|---|---|---|---|---|');
    for (const f of r.findings) {
      const where = f.cell ? `${tableShort(f.table, lang)} ${rowName(f, f.cell.row, lang)}·${colLabel(f.table, f.cell.col, lang)}` : (f.where ?? '');
      const culprit = culpritText(f, lang) ?? '';
      const msg = lang === 'zh' ? f.message : formatMessage(f, lang);
      out.push(`| ${severityLabel(f.severity, lang)} | ${mdText(where)} | ${mdText(f.actual)} | ${mdText(f.expected)} | ${mdText(msg)} | ${mdText(culprit)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
