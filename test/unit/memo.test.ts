import { describe, expect, it } from 'vitest';
import { memoByOwner } from '../../src/memo.ts';

describe('memoByOwner', () => {
  it('computes once per owner and key, separately per owner', () => {
    const memo = memoByOwner<object, { n: number }>();
    let made = 0;
    const make = () => ({ n: ++made });
    const [a, b] = [{}, {}];
    const first = memo(a, 'k', make);
    expect(memo(a, 'k', make)).toBe(first);
    expect(memo(a, 'other', make)).not.toBe(first);
    expect(memo(b, 'k', make)).not.toBe(first);
    expect(made).toBe(3);
  });

  it('starts over for an owner whose entries reach the cap', () => {
    const memo = memoByOwner<object, number>(2);
    const owner = {};
    let made = 0;
    memo(owner, 'a', () => ++made);
    memo(owner, 'b', () => ++made);
    memo(owner, 'c', () => ++made); // clears a and b
    expect(memo(owner, 'c', () => ++made)).toBe(3);
    expect(memo(owner, 'a', () => ++made)).toBe(4);
  });
});
