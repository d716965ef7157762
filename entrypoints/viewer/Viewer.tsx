/**
 * The viewer of a report published as a file: the file itself cannot be marked,
 * so its tables are rebuilt here from what the audit read, with the same marks,
 * tooltips, panel and culprits as a web page. The file is read in this page
 * (pdf.js with its worker), after the auditor allows its site where needed; the
 * audit is stored under the file's address like any page.
 */
import { fileNameOf } from '@/lib/text/address';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditOptions, Block, Lang, Mapping, TableBlock, TableId } from '@/lib/model';
import { auditBlocks, type Audit } from '@/lib/pipeline/audit';
import { blocksOf, type Snapshot } from '@/lib/pipeline/snapshot';
import { askToRead, canRead, readableHost } from '@/lib/ext/browser';
import { readAndAudit } from '@/lib/ext/reader';
import { historyOf, readAuditDone } from '@/lib/ext/history-slice';
import { parseContext } from '@/lib/ext/to-content';
import { auditOptions } from '@/lib/store/settings';
import type { PageRecord } from '@/lib/store/schema';
import type { Reviews } from '@/lib/result/review';
import { AuditView, type ViewSettings } from '@/components/page/audit-view';
import { ask, request } from '@/components/useBackground';
import { getLang, tr } from '@/components/i18n';
import { drawTemplateTable, tablesOfBlocks } from '@/components/viewer/grid';
import { drawPages, type PageMark } from '@/components/viewer/pages';
import { fetchPage } from '@/lib/batch/fetch-page';
import { BROWSER_FILES } from '@/lib/ext/files';

type Stage = { kind: 'loading' } | { kind: 'permission'; host: string } | { kind: 'reading'; ocr?: { n: number; of: number } } | { kind: 'shown' } | { kind: 'error'; message: string };

/**
 * The blocks drawn as a document: a paragraph per text block; each template table the audit
 * mapped as the template's grid (components/viewer/grid.ts), where its first block stood; any
 * other table as it was read. Each cell's source gets its element, where the audit marks it.
 */
export function drawBlocks(root: HTMLElement, blocks: Block[], mapping: Mapping | null, lang: Lang) {
  root.replaceChildren();
  const doc = root.ownerDocument;
  const fed = mapping ? tablesOfBlocks(blocks, mapping) : new Map<TableBlock, TableId[]>();
  const drawn = new Set<TableId>();
  let page = 0;
  for (const b of blocks) {
    if (b.src.page && b.src.page !== page) {
      page = b.src.page;
      const marker = doc.createElement('p');
      marker.className = 'nb-doc-page';
      marker.dataset.testid = 'viewer-page';
      marker.textContent = tr('ui_page_n', { n: page });
      root.append(marker);
    }
    if (b.kind === 'text') {
      if (!b.text.trim()) continue;
      const p = doc.createElement('p');
      p.textContent = b.text;
      root.append(p);
      b.src.el = p;
      continue;
    }
    const tables = fed.get(b);
    if (tables && mapping) {
      for (const t of tables.filter((x) => !drawn.has(x))) {
        drawn.add(t);
        root.append(drawTemplateTable(doc, mapping.tables[t], mapping.version ?? '2021', lang));
      }
      continue;
    }
    const table = doc.createElement('table');
    // a row whose label the file spread over rows (a group's rowspan) has fewer cells: its first cell widens, so
    // that the figures stand under their columns, right-aligned as printed
    const width = b.rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
    for (const row of b.rows) {
      const tr = doc.createElement('tr');
      for (const [i, c] of row.cells.entries()) {
        const td = doc.createElement('td');
        if (i === 0 && row.cells.length < width) td.colSpan = width - row.cells.length + 1;
        td.textContent = c.text;
        tr.append(td);
        c.src.el = td;
      }
      table.append(tr);
    }
    root.append(table);
    b.src.el = table;
  }
}

/** Every block and cell its own source (a snapshot shares one among a table's cells): each gets its own element. */
function ownSources(blocks: Block[]): Block[] {
  for (const b of blocks) {
    b.src = { ...b.src };
    if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) c.src = { ...c.src };
  }
  return blocks;
}

/** The findings whose cell has a place on a PDF page, for the page images. */
function pageMarks(a: Audit): PageMark[] {
  return a.result.findings.flatMap((f) => {
    const src = a.sources.get(f.id)?.cell;
    return src?.page && src.box ? [{ id: f.id, severity: f.severity, src }] : [];
  });
}

export function Viewer(p: { url: string; from: string | null; doc: HTMLElement; pages: HTMLElement }) {
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [record, setRecord] = useState<PageRecord | null>(null);
  const view = useRef<AuditView | null>(null);
  // an address past what a record keeps is refused here, in words, rather than shown and silently not stored
  const tooLong = p.url.length > 4000;
  const valid = /^https?:\/\//.test(p.url) && !tooLong;

  const context = async () => parseContext(await ask({ type: 'audit:context', href: p.url }).catch(() => null));

  async function keepView(v: ViewSettings) {
    const ctx = await context();
    await ask({ type: 'settings:set', settings: { ...ctx.settings, marks: v.marks, dock: v.dock } }).catch(() => null);
  }

  async function options(withHistory = false): Promise<AuditOptions> {
    const ctx = await context();
    // the organ's other years and other reports' prose, as the background keeps them
    const slice = withHistory ? readAuditDone({ history: await ask({ type: 'history:slice', href: p.url }).catch(() => null) }).history : null;
    return { ...auditOptions(ctx.settings), ...(ctx.identity ? { identity: ctx.identity } : {}), ...(slice ? { history: historyOf(slice) } : {}) };
  }

  /** Draw a snapshot's blocks and show their audit on them; a PDF's pages beside them. */
  async function show(snapshot: Snapshot, reviews: Reviews, bytes?: Uint8Array) {
    const { blocks, meta } = blocksOf(snapshot);
    const a: Audit = auditBlocks(ownSources(blocks), meta, p.url, await options(true));
    drawBlocks(p.doc, blocks, a.model?.mapping ?? null, getLang());
    if (snapshot.file?.kind === 'pdf') void showPages(a, bytes);
    view.current?.remove();
    // the auditor's marks and panel side are the same settings as on web pages
    const { settings } = await context();
    view.current = new AuditView(document, (v) => void keepView(v));
    view.current.setView({ marks: settings.marks, dock: settings.dock, openUi: settings.openUi });
    view.current.expanded = true;
    // confirmed or dismissed in the panel, as on a web page: the file's record keeps it, the badge and counts follow
    const shown = view.current;
    shown.onReview = async (id, status, note) => {
      const rec = await request({ type: 'finding:review', href: p.url, id, status, note });
      if (rec) shown.setReviews(rec.reviews);
    };
    view.current.show(a, reviews);
    view.current.redraw();
    setStage({ kind: 'shown' });
  }

  /** Scroll the pages (and only them) to a finding's cell, a third down from their top: clear of the panel. */
  function showOnPage(id: string) {
    const mark = p.pages.querySelector<HTMLElement>(`[data-nianbao-page-finding="${CSS.escape(id)}"]`);
    const frame = mark?.parentElement;
    if (!mark || !frame) return;
    p.pages.scrollTop = Math.max(0, frame.offsetTop + mark.offsetTop - p.pages.clientHeight / 3);
    p.pages.querySelectorAll('.nb-page-mark-current').forEach((m) => m.classList.remove('nb-page-mark-current'));
    mark.classList.add('nb-page-mark-current');
  }

  /** The PDF's pages beside the rebuilt report, each finding's cell outlined on its page. */
  async function showPages(a: Audit, bytes?: Uint8Array) {
    try {
      const data = bytes ?? (await fetchPage(p.url, 60_000)).bytes;
      p.pages.hidden = false;
      await drawPages(p.pages, data, (await BROWSER_FILES.pdfjs()) as unknown as Parameters<typeof drawPages>[2], pageMarks(a), (n) => tr('ui_page_n', { n }));
      p.pages.dataset.drawn = 'true';
      // the first error's cell on its page in view; a click on a marked cell of the rebuilt tables shows it on its page
      const first = a.result.findings.find((f) => f.severity === 'error' && p.pages.querySelector(`[data-nianbao-page-finding="${CSS.escape(f.id)}"]`));
      if (first) showOnPage(first.id);
      p.doc.onclick = (e) => {
        const ids = (e.target as Element | null)?.closest?.('[data-nianbao-finding]')?.getAttribute('data-nianbao-finding')?.split(' ') ?? [];
        const id = ids.find((x) => p.pages.querySelector(`[data-nianbao-page-finding="${CSS.escape(x)}"]`));
        if (id) showOnPage(id);
      };
    } catch {
      // the file cannot be read again (offline, moved): the rebuilt tables stand alone
      p.pages.hidden = true;
    }
  }

  /** Read the file here and audit it; store the audit like a visited page's. */
  async function read() {
    setStage({ kind: 'reading' });
    const { result, snapshot, unreachable, bytes } = await readAndAudit(p.url, await options(), (n, of) => setStage({ kind: 'reading', ocr: { n, of } }));
    // the site answered nothing: where the extension may not read it yet, ask the auditor (a click is needed)
    if (unreachable && !(await canRead(p.url))) return setStage({ kind: 'permission', host: readableHost(p.url) });
    if (result.error || !snapshot) return setStage({ kind: 'error', message: result.error ?? tr('ui_file_unreadable') });
    const reply = readAuditDone(await ask({ type: 'audit:done', href: p.url, result, snapshot }).catch(() => null));
    // with a history, the stored audit is the one drawn: audited again beside it, and stored
    if (reply.history) {
      const again = auditBlocks(blocksOf(snapshot).blocks, blocksOf(snapshot).meta, p.url, { ...(await options()), history: historyOf(reply.history) });
      await ask({ type: 'audit:done', href: p.url, result: { ...again.result, ...(result.file ? { file: result.file } : {}) }, snapshot }).catch(() => null);
    }
    const rec = await request({ type: 'record:get', href: p.url }).catch(() => null);
    setRecord(rec);
    await show(snapshot, reply.reviews ?? {}, bytes);
  }

  async function allowAndRead() {
    if (await askToRead(p.url)) await read();
    else setStage({ kind: 'error', message: tr('ui_permission_denied') });
  }

  useEffect(() => {
    if (!valid) return setStage({ kind: 'error', message: tooLong ? tr('ui_file_url_too_long', { n: p.url.length }) : tr('ui_file_bad_url') });
    void (async () => {
      const rec = await request({ type: 'record:get', href: p.url }).catch(() => null);
      setRecord(rec);
      if (rec?.snapshot) return show(rec.snapshot, rec.reviews);
      return read();
    })();
  }, []);

  const name = valid ? fileNameOf(p.url) : p.url;
  return (
    <div class="nb">
      <div class="nb-viewer-bar">
        <h1>{tr('ui_title')} · {tr('ui_viewer')}</h1>
        <span class="nb-grow nb-muted" data-testid="viewer-file">{name}</span>
        {valid && <a href={p.url} target="_blank" rel="noopener noreferrer">{tr('ui_open_file')}</a>}
        {p.from && /^https?:\/\//.test(p.from) && <a href={p.from} target="_blank" rel="noopener noreferrer">{tr('ui_open_page')}</a>}
        {valid && stage.kind !== 'permission' && (
          <button data-testid="viewer-reread" disabled={stage.kind === 'reading' || stage.kind === 'loading'} onClick={() => void read()}>
            {tr('ui_reread')}
          </button>
        )}
      </div>
      <div class="nb-viewer-note" role="status" data-testid="viewer-status" data-stage={stage.kind}>
        {stage.kind === 'loading' && <span class="nb-muted">…</span>}
        {stage.kind === 'reading' && (
          <span class="nb-muted" data-testid="viewer-reading">
            {stage.ocr ? tr('ui_file_ocr_page', { n: Math.min(stage.ocr.n + 1, stage.ocr.of), of: stage.ocr.of }) : tr('ui_file_auditing')}
          </span>
        )}
        {stage.kind === 'error' && <span class="nb-warnbox">{stage.message}</span>}
        {stage.kind === 'permission' && (
          <span class="nb-row">
            <span>{tr('ui_permission_ask', { host: stage.host })}</span>
            <button class="nb-primary" data-testid="viewer-allow" onClick={() => void allowAndRead()}>{tr('ui_permission_allow')}</button>
          </span>
        )}
        {stage.kind === 'shown' && record?.result.file && (
          <span class="nb-muted" data-testid="viewer-file-kind">{tr('ui_file_kind', { kind: record.result.file.kind.toUpperCase(), pages: record.result.file.pages ?? '—' })}</span>
        )}
      </div>
    </div>
  );
}
