/** Prose → sentences, each remembering where it stands. */
import type { Source, TextBlock } from '../model';
import { cleanText } from './normalize';
import { wrapWidth } from './width';

export interface Sentence {
  text: string;
  src: Source;
  /** The statement (up to its 。！？) a sentence stands in. */
  statement?: string;
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

/** Lines of text that go on with the line before: it opens with punctuation or a unit, or either is a bare number. */
const OPENS_ON = /^[，,。、；;：:）)”’%％件条个项份次宗起部名人家万元亿]/;
const BARE_NUMBER = /^\d[\d.,，]*$/;
const ENDS_STOP = /[。！!？?；;：:]$/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/;

/**
 * A text that kept one fragment per line (a crawler's node walk, a PDF viewer's copy) breaks sentences and
 * even numbers over lines (办结 / 403 / 件，按时办结率100%; 1 / 62): a line goes on with the one before
 * where the one before ends without a stop and either is a bare number or the line opens with punctuation
 * or a unit. In a text wrapped a printed line a line (wrapWidth), every line without its stop goes on with the next
 * but for a heading. Other lines stand as they are; a joined paragraph keeps its first line's place.
 */
const drawnParagraphs = new WeakMap<readonly TextBlock[], readonly TextBlock[]>();

export function paragraphs(prose: readonly TextBlock[]): readonly TextBlock[] {
  const known = drawnParagraphs.get(prose);
  if (known) return known;
  const out: TextBlock[] = [];
  let prev = '';
  // a text wrapped a printed line a line (a PDF's text, pdftotext's or a viewer's copy): a line without its stop goes
  // on with the next unless that is a heading (…区政府办代表区政府受理政府 / 信息公开申请 17 件，…; -raw breaks lines
  // at a change of font too, short of the wrap width)
  const wrapped = wrapWidth(prose.map((b) => b.text)) !== null;
  for (const b of prose) {
    const t = cleanText(b.text);
    if (!t) {
      prev = '';
      continue;
    }
    const last = out[out.length - 1];
    const wrap = wrapped && !HEADING.test(t);
    // a short line opening with a heading's number is a heading, but in a wrapped text where a sentence ended on it (its
    // paragraph's first line: （二）依申请公开情况。根据《条例》和上级部门关于依申)
    const heading = HEADING.test(prev) && prev.length <= 30 && !OPENS_ON.test(t) && !(wrapped && /[。；]/.test(prev));
    const goesOn = !!last && !!prev && !ENDS_STOP.test(prev) && !heading && (wrap || OPENS_ON.test(t) || /^\d/.test(t) || BARE_NUMBER.test(prev) || /\d$/.test(prev));
    if (goesOn) out[out.length - 1] = { ...last, text: last.text + t };
    else out.push({ kind: 'text', text: t, src: b.src });
    prev = t;
  }
  drawnParagraphs.set(prose, out);
  return out;
}

/** A statement up to its full stop (。！？): a list of parts runs on across ；. */
const STATEMENT = /[^。！!？?]*[。！!？?]|[^。！!？?]+/g;

const drawnStatements = new WeakMap<readonly TextBlock[], readonly Sentence[]>();

/** Prose → its statements, cut at 。！？ only (「共156条，其中……12条；……45条」 stays whole). Drawn once per prose: do not change it. */
export function statements(prose: readonly TextBlock[]): readonly Sentence[] {
  const known = drawnStatements.get(prose);
  if (known) return known;
  const out: Sentence[] = [];
  for (const b of paragraphs(prose)) {
    for (const part of b.text.match(STATEMENT) ?? []) {
      const s = part.trim();
      if (s) out.push({ text: s, src: b.src });
    }
  }
  drawnStatements.set(prose, out);
  return out;
}

/** Sentences of a report's prose: drawn once per prose, as several rules read them. */
const drawn = new WeakMap<readonly TextBlock[], readonly Sentence[]>();

/**
 * Each statement cut at 。；！？ (the comma stays inside a sentence), each sentence with the statement it stands in
 * (what a clause after ； is about). The same array for the same prose: do not change it.
 */
export function sentences(prose: readonly TextBlock[]): readonly Sentence[] {
  const known = drawn.get(prose);
  if (known) return known;
  const out: Sentence[] = [];
  for (const st of statements(prose)) {
    for (const part of splitSentences(st.text)) {
      const s = part.trim();
      if (s) out.push({ text: s, src: st.src, statement: st.text });
    }
  }
  drawn.set(prose, out);
  return out;
}
