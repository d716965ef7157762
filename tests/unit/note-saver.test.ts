/** A note saved as it is typed: every change sent at once and in order, the latest's state said. */
import { describe, expect, it } from 'vitest';
import { NoteSaver, type SaveState } from '../../components/note-saver';

function deferred() {
  const calls: { note: string; done: () => void; fail: () => void }[] = [];
  const save = (note: string) => new Promise<void>((done, fail) => calls.push({ note, done, fail: () => fail(new Error('x')) }));
  return { calls, save };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('NoteSaver', () => {
  it('sends every change at once, in order, without waiting for the one before (a popup may close any moment)', async () => {
    const { calls, save } = deferred();
    const states: SaveState[] = [];
    const s = new NoteSaver('', save, (x) => states.push(x));
    s.change('a');
    s.change('ab');
    s.change('abc');
    expect(calls.map((c) => c.note)).toEqual(['a', 'ab', 'abc']);
    // an earlier save settling says nothing: the latest is still on its way
    calls[0]!.done();
    calls[1]!.done();
    await tick();
    expect(states).toEqual(['saving', 'saving', 'saving']);
    calls[2]!.done();
    await tick();
    expect(states.at(-1)).toBe('saved');
  });

  it('sends nothing when the text is what was sent, says a failure, and sends the same text again after one', async () => {
    const { calls, save } = deferred();
    const states: SaveState[] = [];
    const s = new NoteSaver('已核实', save, (x) => states.push(x));
    s.change('已核实');
    expect(calls).toHaveLength(0);
    s.change('已核实。');
    s.change('已核实。');
    expect(calls).toHaveLength(1);
    calls[0]!.fail();
    await tick();
    expect(states).toEqual(['saving', 'failed']);
    s.change('已核实。');
    expect(calls.map((c) => c.note)).toEqual(['已核实。', '已核实。']);
  });

  it('an earlier failure after a later change does not say failed', async () => {
    const { calls, save } = deferred();
    const states: SaveState[] = [];
    const s = new NoteSaver('', save, (x) => states.push(x));
    s.change('x');
    s.change('xy');
    calls[0]!.fail();
    calls[1]!.done();
    await tick();
    expect(states).toEqual(['saving', 'saving', 'saved']);
  });
});
