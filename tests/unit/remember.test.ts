import { describe, expect, it } from 'vitest';
import { rememberByText } from '../../lib/text/remember';

describe('rememberByText', () => {
  it('answers each text once, null answers included, and forgets past its bound', () => {
    const asked: string[] = [];
    const f = rememberByText((t) => {
      asked.push(t);
      return t.startsWith('x') ? null : t.length;
    }, 3);
    expect([f('ab'), f('ab'), f('x'), f('x')]).toEqual([2, 2, null, null]);
    expect(asked).toEqual(['ab', 'x']);
    for (const t of ['c', 'd', 'e', 'g']) f(t);
    // past the bound everything was forgotten once: 'ab' is asked again
    f('ab');
    expect(asked.filter((t) => t === 'ab')).toHaveLength(2);
  });
});
