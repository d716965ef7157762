/** The longest text a result's field holds (lib/result/schema.ts: messages, places, arguments, reasons). */
export const MAX_TEXT = 2000;

/** A text within MAX_TEXT, its end marked where it was cut: a rule's words never make a result that fails its schema. */
export function bounded(s: string, max = MAX_TEXT): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
