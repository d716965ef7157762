/** The report files a page links (its report as PDF or Word): each opens in the viewer, which reads and audits it. */
import { tr } from './i18n';
import { fileNameOf } from '@/lib/text/address';

export interface PageFile {
  url: string;
  text: string;
}

/** A file's name for people: the link's words, else the last part of its address. */
export function fileLabel(f: PageFile): string {
  return f.text.trim() || fileNameOf(f.url);
}

export function FileList(p: { files: PageFile[]; onOpen(url: string): void }) {
  return (
    <ul class="nb-list" data-testid="files">
      {p.files.map((f) => (
        <li key={f.url} class="nb-row" data-testid="file">
          <span class="nb-grow nb-file-name" title={f.url}>{fileLabel(f)}</span>
          <button class="nb-primary" data-testid="file-audit" onClick={() => p.onOpen(f.url)}>{tr('ui_audit_file')}</button>
        </li>
      ))}
    </ul>
  );
}
