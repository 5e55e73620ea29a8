// The two caches the shared analyses use, written once: a value per pair of keys
// (a program or file, and the settings), and a function remembered per argument.

/** The value for `first` and `second` in `cache`, created on first use. */
export function cachedFor<A extends object, B extends object, V>(
  cache: WeakMap<A, WeakMap<B, V>>,
  first: A,
  second: B,
  create: () => V,
): V {
  let inner = cache.get(first);
  if (!inner) {
    inner = new WeakMap();
    cache.set(first, inner);
  }
  let value = inner.get(second);
  if (value === undefined) {
    value = create();
    inner.set(second, value);
  }
  return value;
}

/** `compute`, run once per key; an undefined answer is remembered too. */
export function memoize<K extends object, V>(compute: (key: K) => V | undefined): (key: K) => V | undefined {
  const answers = new WeakMap<K, { value: V | undefined }>();
  return key => {
    let answer = answers.get(key);
    if (!answer) {
      answer = { value: compute(key) };
      answers.set(key, answer);
    }
    return answer.value;
  };
}
