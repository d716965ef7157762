/** The words of anything thrown, as every caught exception is reported: never a raw `[object Object]` crash of its own. */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../lib/errors';

describe('errorMessage', () => {
  it('an Error and a DOMException give their message, an empty one included', () => {
    expect(errorMessage(new TypeError('读取失败'))).toBe('读取失败');
    expect(errorMessage(new Error(''))).toBe('');
    expect(errorMessage(new DOMException('quota exceeded', 'QuotaExceededError'))).toBe('quota exceeded');
  });

  it('anything else thrown is said as itself', () => {
    expect(errorMessage('网络中断')).toBe('网络中断');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage({ message: 7 })).toBe('7');
    expect(errorMessage({ message: null, toString: () => '无消息' })).toBe('无消息');
    expect(errorMessage({ code: 1 })).toBe('[object Object]');
  });

  it('an object that cannot be turned into text still gives words, not a second exception', () => {
    expect(errorMessage(Object.create(null))).toBe('未知错误');
    const hostile = {
      get message(): string {
        throw new Error('getter');
      },
    };
    expect(errorMessage(hostile)).toBe('未知错误');
  });
});
