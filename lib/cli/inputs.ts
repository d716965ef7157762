/** Reading the CLI's inputs: files, folders (walked, loops and junk reported), URLs. */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MAX_INPUT_BYTES, decode, looksBinary, looksLikeHtml } from '../text/decode';
import { fetchPage } from '../batch/fetch-page';

export type InputKind = 'html' | 'text';

export interface Loaded {
  source: string;
  kind?: InputKind;
  text?: string;
  url?: string | null;
  error?: string;
}

const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
const TEXT_EXT = new Set(['.txt', '.text']);

export function kindOf(path: string, text?: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext)) return 'html';
  if (TEXT_EXT.has(ext)) return 'text';
  return text && looksLikeHtml(text) ? 'html' : 'text';
}

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Every auditable file below a path: .html/.htm/.txt; loops and unreadable entries come back as errors. */
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
      if (top || HTML_EXT.has(extname(p).toLowerCase()) || TEXT_EXT.has(extname(p).toLowerCase())) files.push(p);
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
  try {
    const st = await stat(path);
    if (st.size > MAX_INPUT_BYTES) return { source: path, error: `文件过大（${st.size} 字节）` };
    const bytes = new Uint8Array(await readFile(path));
    if (bytes.length === 0) return { source: path, error: '空文件' };
    if (looksBinary(bytes)) return { source: path, error: '不是文本或网页文件' };
    const text = decode(bytes);
    return { source: path, kind: kindOf(path, text), text };
  } catch (e) {
    return { source: path, error: `无法读取：${code(e)}` };
  }
}

export async function loadUrl(url: string, timeoutMs = 30_000, signal?: AbortSignal): Promise<Loaded> {
  try {
    const page = await fetchPage(url, timeoutMs, signal);
    return { source: url, kind: page.html ? 'html' : 'text', text: page.text, url: page.url };
  } catch (e) {
    return { source: url, error: (e as Error)?.message ?? String(e) };
  }
}
