/**
 * A function of a text answered once per text: the engine asks the same of a label
 * or a cell many times in an audit, and again in the next. At most `max` answers are
 * kept (then all are forgotten at once), so a hostile page cannot grow it.
 */
export function rememberByText<T>(fn: (text: string) => T, max = 5000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const out = fn(text);
    if (known.size > max) known.clear();
    known.set(text, out);
    return out;
  };
}
