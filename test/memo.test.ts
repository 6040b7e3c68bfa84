import { boundedMemo } from '../src/core/base/memo';

describe('boundedMemo', () => {
  it('computes each key once, remembering null answers too', () => {
    let calls = 0;
    const f = boundedMemo(10, (k) => { calls++; return k === 'x' ? null : k.length; });
    expect([f('x'), f('x'), f('abc'), f('abc')]).toEqual([null, null, 3, 3]);
    expect(calls).toBe(2);
  });
  it('stops remembering past its limit but still answers', () => {
    let calls = 0;
    const f = boundedMemo(2, (k) => { calls++; return k; });
    for (const k of ['a', 'b', 'c', 'c', 'a']) expect(f(k)).toBe(k);
    expect(calls).toBe(4); // a, b remembered; c computed twice
  });
  it('with "restart", starts over when full and remembers the newest keys', () => {
    let calls = 0;
    const f = boundedMemo(2, (k) => { calls++; return k; }, 'restart');
    for (const k of ['a', 'b', 'c', 'c', 'a']) expect(f(k)).toBe(k);
    // a, b; full at c: start over with c, so the second c is remembered ('stop' would compute it again); a again.
    expect(calls).toBe(4);
    let stopCalls = 0;
    const g = boundedMemo(2, (k) => { stopCalls++; return k; });
    for (const k of ['a', 'b', 'c', 'c']) g(k);
    calls = 0;
    const h = boundedMemo(2, (k) => { calls++; return k; }, 'restart');
    for (const k of ['a', 'b', 'c', 'c']) h(k);
    expect([stopCalls, calls]).toEqual([4, 3]);
  });
});
