/** Prose → sentences, each remembering where it stands. */
import type { Source, TextBlock } from '../model';
import { cleanText } from './normalize';

export interface Sentence {
  text: string;
  src: Source;
}

/** A piece of text up to and including its stop (。；！？), or the rest after the last stop. */
const PIECE = /[^。；;！!？?]*[。；;！!？?]|[^。；;！!？?]+/g;

/**
 * Text cut after each 。；！？ (the comma stays inside a sentence): what `split` at a look-behind gives,
 * in one pass rather than a match tried at every character.
 */
export function splitSentences(t: string): string[] {
  return t.match(PIECE) ?? [];
}

/** A statement up to its full stop (。！？): a list of parts runs on across ；. */
const STATEMENT = /[^。！!？?]*[。！!？?]|[^。！!？?]+/g;

/** Prose → its statements, cut at 。！？ only (「共156条，其中……12条；……45条」 stays whole). */
export function statements(prose: readonly TextBlock[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of prose) {
    for (const part of cleanText(b.text).match(STATEMENT) ?? []) {
      const s = part.trim();
      if (s) out.push({ text: s, src: b.src });
    }
  }
  return out;
}

/** Sentences of a report's prose: drawn once per prose, as several rules read them. */
const drawn = new WeakMap<readonly TextBlock[], readonly Sentence[]>();

/** Split every prose line at 。；！？ (the comma stays inside a sentence). The same array for the same prose: do not change it. */
export function sentences(prose: readonly TextBlock[]): readonly Sentence[] {
  const known = drawn.get(prose);
  if (known) return known;
  const out: Sentence[] = [];
  for (const b of prose) {
    const t = cleanText(b.text);
    if (!t) continue;
    for (const part of splitSentences(t)) {
      const s = part.trim();
      if (s) out.push({ text: s, src: b.src });
    }
  }
  drawn.set(prose, out);
  return out;
}
