/** Plain text (a .txt extraction) → numbered line blocks. */
import type { TextBlock } from '../model';

export function textLines(text: string): TextBlock[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ kind: 'text', text: t, src: { line: i + 1 } }));
}
