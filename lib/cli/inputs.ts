/** Reading the CLI's inputs: files, folders (walked, loops and junk reported), URLs. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { MAX_INPUT_BYTES } from '../text/decode';

export interface Loaded {
  source: string;
  bytes?: Uint8Array;
  /** What the file's name says it is, for a page or a text (a report file is told by its bytes). */
  hint?: 'html' | 'text';
  error?: string;
}

/** Pages, and pages saved whole as one file (MHTML: a browser's 「网页，单个文件」, Word's .mht). */
const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php', '.mhtml', '.mht']);
const TEXT_EXT = new Set(['.txt', '.text']);
/** Report files: PDF and Word. */
const FILE_EXT = new Set(['.pdf', '.docx', '.doc']);

function hintOf(path: string): Loaded['hint'] {
  const ext = extname(path).toLowerCase();
  return HTML_EXT.has(ext) ? 'html' : TEXT_EXT.has(ext) ? 'text' : undefined;
}

const auditable = (p: string) => {
  const ext = extname(p).toLowerCase();
  return HTML_EXT.has(ext) || TEXT_EXT.has(ext) || FILE_EXT.has(ext);
};

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Every auditable file below a path: pages, texts, PDF and Word files; loops and unreadable entries come back as errors. */
export async function expand(path: string): Promise<{ files: string[]; errors: Loaded[] }> {
  const files: string[] = [];
  const errors: Loaded[] = [];
  const seen = new Set<string>();
  const walk = async (p: string, top: boolean): Promise<void> => {
    let real: string;
    let st;
    try {
      real = await realpath(p);
      st = await stat(p);
    } catch (e) {
      errors.push({ source: p, error: `无法读取：${code(e)}` });
      return;
    }
    if (!st.isDirectory()) {
      if (top || auditable(p)) files.push(p);
      return;
    }
    if (seen.has(real)) {
      errors.push({ source: p, error: '目录循环（链接指向已读过的目录），已跳过' });
      return;
    }
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(p)).sort();
    } catch (e) {
      errors.push({ source: p, error: `无法读取目录：${code(e)}` });
      return;
    }
    for (const n of names) await walk(join(p, n), false);
  };
  await walk(path, true);
  return { files, errors };
}

function code(e: unknown): string {
  const c = (e as NodeJS.ErrnoException)?.code;
  return c === 'ENOENT' ? '文件不存在' : c === 'EACCES' || c === 'EPERM' ? '没有读取权限' : c === 'ELOOP' ? '链接循环' : (c ?? String(e));
}

export async function loadFile(path: string): Promise<Loaded> {
  // read at once: a report is small, and a round trip to the thread pool per file costs more than the read
  try {
    const st = statSync(path);
    if (st.size > MAX_INPUT_BYTES) return { source: path, error: `文件过大（${st.size} 字节）` };
    // a socket, a pipe or a device: reading could block for ever
    if (!st.isFile()) return { source: path, error: '无法读取：不是普通文件' };
    const buf = readFileSync(path);
    // a view, not a copy: a 50 MB file is held once
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    if (bytes.length === 0) return { source: path, error: '空文件' };
    return { source: path, bytes, hint: hintOf(path) };
  } catch (e) {
    return { source: path, error: `无法读取：${code(e)}` };
  }
}
