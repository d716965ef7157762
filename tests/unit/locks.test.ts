import { describe, expect, it } from 'vitest';
import { KeyLocks } from '../../lib/store/locks';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('KeyLocks', () => {
  it('runs writes to one key one after another, a failed one not stopping the next', async () => {
    const locks = new KeyLocks();
    const order: string[] = [];
    const a = locks.run(['k'], async () => {
      await tick();
      order.push('a');
      throw new Error('a failed');
    });
    const b = locks.run(['k'], async () => {
      order.push('b');
      return 2;
    });
    await expect(a).rejects.toThrow('a failed');
    expect(await b).toBe(2);
    expect(order).toEqual(['a', 'b']);
  });

  it('waits for every key a write holds, and not for other keys', async () => {
    const locks = new KeyLocks();
    const order: string[] = [];
    let release!: () => void;
    const slow = locks.run(['x'], () => new Promise<void>((r) => (release = r)).then(() => void order.push('x')));
    const both = locks.run(['x', 'y', 'x'], async () => void order.push('xy'));
    const other = locks.run(['z'], async () => void order.push('z'));
    await other;
    expect(order).toEqual(['z']);
    release();
    await Promise.all([slow, both]);
    expect(order).toEqual(['z', 'x', 'xy']);
  });

  it('leaves no key behind once its writes are done', async () => {
    const locks = new KeyLocks();
    await Promise.all([locks.run(['a', 'b'], async () => 1), locks.run(['b'], async () => 2)]);
    await tick();
    expect(locks.size).toBe(0);
  });
});
