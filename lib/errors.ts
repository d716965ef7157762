/**
 * What went wrong, as words: the message of anything thrown (an Error, a DOMException, a string, null, an object
 * without a prototype). Every place that reports a caught exception to a user or a record says it this way.
 */
export function errorMessage(e: unknown): string {
  try {
    const m = e !== null && (typeof e === 'object' || typeof e === 'function') ? (e as { message?: unknown }).message : undefined;
    return m === undefined || m === null ? String(e) : String(m);
  } catch {
    // a thrown object that cannot be turned into text (no prototype, a throwing toString or getter)
    return '未知错误';
  }
}
