/**
 * The report files a page links to, as its panel offers them: each opens in the viewer; the one
 * a page holds alone is audited by itself when it is on the page's own site, and offered to the
 * auditor's click (naming the site) when it is on another.
 */
import type { ReportResult } from '@/lib/result/schema';
import { reportFiles } from '@/lib/batch/links';
import { readableHost, sameOrigin } from '@/lib/ext/browser';
import type { Reply } from '@/lib/ext/messages';

/** The content script's way to the background (as the session sends). */
type Send = (msg: unknown) => Promise<Reply | undefined>;

export type FileResult = { url: string; result: ReportResult | null; error: string | null };

export class PageFiles {
  /** The page's report files. */
  list: { url: string; text: string }[] = [];
  /** The audit of the file the page holds alone: under way (result and error null), done, or failed. */
  private result: FileResult | undefined;
  /** A report file on another site, offered to the auditor rather than fetched. */
  private offer: { url: string; host: string } | undefined;

  constructor(
    private doc: Document,
    private href: () => string,
    private send: Send,
    /** Redraw what the panel shows of the files; `open`: and open the panel. */
    private changed: (open: boolean) => void,
  ) {}

  /** Look for the page's report files again (what the panel offers besides the audit). */
  find() {
    this.list = reportFiles(this.doc, this.href());
  }

  /** The page holds nothing but its report file: audit it, or offer it when it is on another site. Once per page. */
  auditAlone() {
    if (!this.list.length || this.result || this.offer) return;
    const file = this.list[0]!.url;
    if (sameOrigin(file, this.href())) void this.audit(file, false);
    else {
      this.offer = { url: file, host: readableHost(file) };
      this.changed(true);
    }
  }

  private async audit(url: string, clicked: boolean) {
    this.result = { url, result: null, error: null };
    this.changed(true);
    const reply = await this.send({ type: 'file:audit', url, from: this.href(), clicked }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    this.result = reply?.ok ? { url, result: reply.data as ReportResult, error: null } : { url, result: null, error: reply && !reply.ok ? reply.error : '附件审计失败' };
    this.changed(false);
  }

  /** What the panel shows of them. */
  extras() {
    return {
      files: this.list,
      onFile: (url: string) => void this.send({ type: 'file:open', url, from: this.href() }),
      fileResult: this.result,
      fileOffer: this.offer,
      onAuditFile: (url: string) => void this.audit(url, true),
    };
  }
}
