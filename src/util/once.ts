/**
 * `load`, run by the first call only; every call returns its result. For modules imported when first
 * needed and then held: an `import()` of a module already loaded still costs about 60 µs, which adds up
 * when it is asked for once per file.
 */
export function once<T>(load: () => T): () => T {
  let held: { value: T } | undefined;
  return () => (held ??= { value: load() }).value;
}
