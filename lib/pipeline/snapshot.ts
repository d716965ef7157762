/**
 * A report's input as text: its blocks (prose lines and table rows, in order) and
 * its page's metadata, without the page. Stored with a record, it lets the audit
 * run again — with the auditor's corrections of organ, level and year, or with a
 * newer engine — where the page is not open, and gives the same result the page
 * gave (the pipeline from blocks on is pure).
 */
import { lazily, z } from '../zod';
import type { AuditOptions, Block, PageMeta, Source } from '../model';
import { auditBlocks, failed, type Audit } from './audit';

function build() {
  const Where = { line: z.number().int().positive().optional(), page: z.number().int().positive().optional(), para: z.number().int().positive().optional() };
  return z.object({
    v: z.literal(1),
    blocks: z
      .array(
        z.union([
          z.object({ k: z.literal('t'), text: z.string().max(20_000), ...Where }),
          z.object({
            k: z.literal('g'),
            layout: z.enum(['html', 'per-line', 'pipe', 'tab', 'bare', 'pdf', 'merged', 'word-cells']),
            rows: z.array(z.array(z.string().max(2_000)).max(400)).max(5_000),
            /** Each cell's line in a text input (or on a PDF page), where the cells stand on lines of their own. */
            lines: z.array(z.array(z.number().int().nonnegative()).max(400)).max(5_000).optional(),
            /** A PDF table's cells: each one's page and where it stands on it ([page, x0, y0, x1, y1]; [] where unknown). */
            boxes: z.array(z.array(z.array(z.number().finite()).max(5)).max(400)).max(5_000).optional(),
            /** The table's rows before the cut (MAX_TABLE_ROWS). */
            cut: z.number().int().positive().optional(),
            /** The table stood past its page's edge (TableBlock.clipped). */
            clipped: z.literal(true).optional(),
            ...Where,
          }),
        ]),
      )
      .max(20_000),
    meta: z.object({
      titles: z.array(z.string().max(500)).max(20),
      metaTags: z.record(z.string().max(100), z.string().max(500)),
      publishedTime: z.string().max(100).nullable(),
      url: z.string().max(4000).nullable(),
      links: z.array(z.object({ text: z.string().max(200), href: z.string().max(2000) })).max(500),
      cut: z.object({ what: z.enum(['lines', 'page']), kept: z.number().int().positive() }).optional(),
      /** A scan: its pages, and where OCR read it, the digits it was unsure of (what rests on them needs review when audited again). */
      scan: z.object({ pages: z.number().int().nonnegative() }).optional(),
      /** A PDF's text layer with characters no font maps to Unicode (what rests on it needs review when audited again). */
      damaged: z.object({ unmapped: z.number().int().nonnegative(), chars: z.number().int().nonnegative() }).optional(),
      ocr: z
        .object({
          engine: z.string().max(100),
          pages: z.number().int().nonnegative(),
          doubts: z
            .array(
              z.object({
                page: z.number().int().positive(),
                box: z.tuple([z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite()]),
                text: z.string().max(MAX_DOUBT_TEXT),
                conf: z.number().finite(),
                image: z.string().max(MAX_DOUBT_IMAGE).regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/).optional(),
              }),
            )
            .max(MAX_DOUBTS),
        })
        .optional(),
    }),
    /** A report read from a file: its kind and pages. */
    file: z.object({ kind: z.enum(['pdf', 'docx', 'doc']), pages: z.number().int().nonnegative().nullable() }).optional(),
  }).refine((s) => snapshotChars(s.blocks) <= 2 * MAX_SNAPSHOT_CHARS, { message: `快照文字超过 ${(2 * MAX_SNAPSHOT_CHARS) / 10_000} 万字（一份年报不过几万字）` });
}

/** The text a snapshot holds: what bounds an imported one (a snapshot is made only up to MAX_SNAPSHOT_CHARS). */
function snapshotChars(blocks: { k: string; text?: string; rows?: string[][] }[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.text) n += b.text.length;
    if (b.rows) for (const r of b.rows) for (const c of r) n += c.length + 1;
    if (n > 2 * MAX_SNAPSHOT_CHARS) return n;
  }
  return n;
}

/** A scan's doubts kept in a snapshot at most, each word's text and its image's data URL at most this long. */
const MAX_DOUBTS = 5_000;
const MAX_DOUBT_TEXT = 200;
const MAX_DOUBT_IMAGE = 200_000;

/** The snapshot's schema, built on first use (the content script makes snapshots on report pages only). */
export const snapshotSchema = lazily(build);
export type Snapshot = z.infer<ReturnType<typeof build>>;

/** Beyond this much text a snapshot is not kept (the page must be visited to audit it again). */
export const MAX_SNAPSHOT_CHARS = 600_000;

const where = (src: Source) => ({ ...(src.line ? { line: src.line } : {}), ...(src.page ? { page: src.page } : {}), ...(src.para ? { para: src.para } : {}) });

/** The blocks and metadata an audit read, as a snapshot; null when too large to keep. */
export function snapshotOf(blocks: Block[], meta: PageMeta, file?: Snapshot['file']): Snapshot | null {
  let chars = 0;
  const out: Snapshot['blocks'] = [];
  for (const b of blocks) {
    if (b.kind === 'text') {
      chars += b.text.length;
      out.push({ k: 't', text: b.text.slice(0, 20_000), ...where(b.src) });
    } else {
      const rows = b.rows.map((r) => r.cells.map((c) => c.text.slice(0, 2_000)));
      for (const r of rows) for (const c of r) chars += c.length + 1;
      const lined = b.rows.some((r) => r.cells.some((c) => c.src.line));
      const lines = lined ? b.rows.map((r) => r.cells.map((c) => c.src.line ?? 0)) : undefined;
      const placed = b.rows.some((r) => r.cells.some((c) => c.src.box));
      const boxes = placed ? b.rows.map((r) => r.cells.map((c) => (c.src.box && c.src.page ? [c.src.page, ...c.src.box] : []))) : undefined;
      out.push({ k: 'g', layout: b.layout, rows, ...(lines ? { lines } : {}), ...(boxes ? { boxes } : {}), ...(b.cut ? { cut: b.cut } : {}), ...(b.clipped ? { clipped: true as const } : {}), ...where(b.src) });
    }
    if (chars > MAX_SNAPSHOT_CHARS || out.length > 20_000) return null;
  }
  const tags: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta.metaTags ?? {}).slice(0, 60)) tags[k.slice(0, 100)] = v.slice(0, 500);
  return {
    v: 1,
    ...(file ? { file } : {}),
    blocks: out,
    meta: {
      titles: (meta.titles ?? []).slice(0, 20).map((t) => t.slice(0, 500)),
      metaTags: tags,
      publishedTime: meta.publishedTime?.slice(0, 100) ?? null,
      url: meta.url?.slice(0, 4000) ?? null,
      links: (meta.links ?? []).slice(0, 500).map((l) => ({ text: l.text.slice(0, 200), href: l.href.slice(0, 2000) })),
      ...(meta.cut ? { cut: meta.cut } : {}),
      ...(meta.scan ? { scan: { pages: meta.scan.pages } } : {}),
      ...(meta.damaged ? { damaged: { unmapped: meta.damaged.unmapped, chars: meta.damaged.chars } } : {}),
      // a scan's reading: without its doubts an audit from the snapshot (history, the viewer) would say for certain what needs review
      ...(meta.ocr
        ? {
            ocr: {
              engine: meta.ocr.engine.slice(0, 100),
              pages: meta.ocr.pages,
              doubts: meta.ocr.doubts.slice(0, MAX_DOUBTS).map((d) => ({
                page: d.page,
                box: d.box,
                text: d.text.slice(0, MAX_DOUBT_TEXT),
                conf: d.conf,
                ...(d.image && d.image.length <= MAX_DOUBT_IMAGE ? { image: d.image } : {}),
              })),
            },
          }
        : {}),
    },
  };
}

/** A cell's place from a snapshot: its line; on a PDF page, its page and box (a table runs over pages). */
function cellSource(block: Source, line: number | undefined, box: number[] | undefined): Source {
  const at = box?.length === 5 ? { page: box[0]!, box: box.slice(1) as [number, number, number, number] } : {};
  return line || at.page ? { ...block, ...(line ? { line } : {}), ...at } : block;
}

/** Blocks again from a snapshot: each cell and line keeps its line and page, not its element. */
export function blocksOf(s: Snapshot): { blocks: Block[]; meta: PageMeta } {
  const blocks: Block[] = s.blocks.map((b) => {
    const src: Source = where(b);
    if (b.k === 't') return { kind: 'text', text: b.text, src };
    return {
      kind: 'table',
      layout: b.layout,
      rows: b.rows.map((cells, i) => ({ cells: cells.map((text, j) => ({ text, src: cellSource(src, b.lines?.[i]?.[j], b.boxes?.[i]?.[j]) })) })),
      size: { rows: b.rows.length, cols: b.rows.reduce((m, r) => Math.max(m, r.length), 0) },
      src,
      ...(b.cut ? { cut: b.cut } : {}),
      ...(b.clipped ? { clipped: true as const } : {}),
    };
  });
  return { blocks, meta: { ...s.meta } };
}

/** The audit of a stored snapshot, with the options of now (settings, the auditor's corrections). */
export function auditSnapshot(s: Snapshot, source: string, options: AuditOptions = {}): Audit {
  try {
    const { blocks, meta } = blocksOf(s);
    const a = auditBlocks(blocks, meta, source, options);
    return s.file ? { ...a, result: { ...a.result, file: s.file } } : a;
  } catch (e) {
    return failed(source, e);
  }
}
