/**
 * Is this page a report? Tell it from its look-alikes: a listing of reports, a
 * notice about compiling reports, a blank template, a news page with a table.
 */
import type { Heading, Mapping, PageMeta, Recognition } from '../model';
import { looksLikeReportTitle } from './metadata';
import { foldText } from '../text/normalize';

/** A page with at least this many report links is a listing of reports. */
export const LISTING_MIN = 3;

const NOT_A_REPORT_TITLE = /通知|通告|公告|格式|模板|样表|样式|关于(?:做好|印发|开展|报送|编制)|编制|目录|列表|栏目|汇总表?$|解读|会议|培训/;
/** A link to a document rather than a page: the report as an attachment. */
export const ATTACHMENT = /\.(?:pdf|docx?|wps|xlsx?|ofd|zip|rar)(?:$|[?#])/i;

export function recognise(input: {
  title: string | null;
  headings: Heading[];
  mapping: Mapping;
  meta: PageMeta;
  proseChars: number;
}): Recognition {
  const reasons: string[] = [];
  // a file of images only is taken as the report it was offered as: there is nothing to check in it
  if (input.meta.scan) return { isReport: true, attachmentOnly: true, scan: true, reasons: ['scan'] };
  const title = input.title ? foldText(input.title) : '';
  const titleOk = !!title && looksLikeReportTitle(title);
  const titleNegative = !!title && NOT_A_REPORT_TITLE.test(title.replace(/年度报告|工作报告|年报/g, ''));
  const sections = new Set(input.headings.map((h) => h.section).filter((s) => s !== null)).size;

  let filledTables = 0;
  let numbers = 0;
  let mapped = 0;
  for (const t of Object.values(input.mapping.tables)) {
    if (!t.found) continue;
    mapped++;
    let n = 0;
    for (const c of t.cells.values()) if (!c.blank) n++;
    numbers += n;
    if (n > 0) filledTables++;
  }
  if (titleOk) reasons.push('title');
  if (titleNegative) reasons.push('title-negative');
  reasons.push(`sections:${sections}`, `tables:${filledTables}/${mapped}`);

  const links = input.meta.links ?? [];
  const reportLinks = links.filter((l) => looksLikeReportTitle(l.text)).length;
  const attachments = links.filter((l) => ATTACHMENT.test(l.href)).length;
  if (reportLinks >= LISTING_MIN) reasons.push(`listing:${reportLinks}`);

  // a blank template: the tables are there but hold no number at all — unless an organ's report titled as one, with
  // its sections, printed them blank (a township with nothing to count: blank cells said, as on any report); tables
  // whose rows could not be read are no blank ones
  const unread = input.mapping.issues.some((i) => i.kind === 'run-together' && i.undecided.length > 0);
  const blankReport = titleOk && !titleNegative && sections >= 4 && !unread;
  const blankTemplate = mapped >= 2 && numbers === 0 && !blankReport;
  if (blankTemplate) reasons.push('blank-template');

  let isReport =
    !blankTemplate &&
    ((filledTables >= 1 && (titleOk || sections >= 2 || filledTables >= 2)) || sections >= 4 || (titleOk && sections >= 2));
  if (titleNegative && filledTables < 2) isReport = false;
  if (reportLinks >= 5 && filledTables === 0) isReport = false;

  const attachmentOnly = !isReport && titleOk && !titleNegative && mapped === 0 && attachments >= 1 && reportLinks < LISTING_MIN && input.proseChars < 3000;
  if (attachmentOnly) reasons.push('attachment-only');
  return { isReport: isReport || attachmentOnly, attachmentOnly, scan: false, reasons };
}
