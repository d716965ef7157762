/** Prose → sentences, each remembering where it stands. */
import type { Source, TextBlock } from '../model';
import { cleanText } from './normalize';

export interface Sentence {
  text: string;
  src: Source;
}

/** Split every prose line at 。；！？ (the comma stays inside a sentence). */
export function sentences(prose: TextBlock[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of prose) {
    const t = cleanText(b.text);
    if (!t) continue;
    for (const part of t.split(/(?<=[。；;！!？?])/)) {
      const s = part.trim();
      if (s) out.push({ text: s, src: b.src });
    }
  }
  return out;
}
