/**
 * A bounded memo keyed by an owner object and a string: entries die with their owner (a parsed
 * document, a field node, a follows array); an owner's entries are cleared when they reach `cap`.
 * Values are shared between callers: treat them as immutable.
 */
export function memoByOwner<O extends object, V>(cap = 64): (owner: O, key: string, make: () => V) => V {
  const memo = new WeakMap<O, Map<string, V>>();
  return (owner, key, make) => {
    let byKey = memo.get(owner);
    if (!byKey) {
      byKey = new Map();
      memo.set(owner, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      if (byKey.size >= cap) byKey.clear();
      value = make();
      byKey.set(key, value);
    }
    return value;
  };
}
