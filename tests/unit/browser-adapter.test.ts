/** The one adapter over the extension API: only our own parts are heard, in one reply style. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendToBackground } from '../../lib/ext/browser';

beforeEach(() => fakeBrowser.reset());

describe('onMessage', () => {
  it('hears our own extension and answers with the handler’s promise', async () => {
    const seen: unknown[] = [];
    onMessage((msg) => {
      seen.push(msg);
      return Promise.resolve({ ok: true, data: 42 });
    });
    expect(await sendToBackground({ type: 'records:list' })).toEqual({ ok: true, data: 42 });
    expect(seen).toEqual([{ type: 'records:list' }]);
  });

  it('ignores messages from another extension', async () => {
    const seen: unknown[] = [];
    onMessage((msg) => {
      seen.push(msg);
      return Promise.resolve('answered');
    });
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'records:delete', hrefs: ['x'] }, { id: 'someone-else' });
    expect(replies).toEqual([undefined]);
    expect(seen).toEqual([]);
  });

  it('a handler that does not handle a message leaves it to others', async () => {
    onMessage(() => undefined);
    onMessage(() => Promise.resolve('mine'));
    expect(await sendToBackground({ type: 'x' })).toBe('mine');
  });
});
