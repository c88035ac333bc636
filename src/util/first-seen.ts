/**
 * Values numbered in the order they are first met (0, 1, 2, …), each kept once: citation keys as BibTeX's
 * unsorted styles number them, the strings an article's digest refers to by index.
 */
export class FirstSeen<T> {
  readonly items: T[] = [];
  private readonly index = new Map<T, number>();

  /** `keep`: what is stored of a value met for the first time (the value itself unless said). */
  constructor(private readonly keep: (value: T) => T = (value) => value) {}

  /** The number of `value`, added at the end when it is new. */
  of(value: T): number {
    let k = this.index.get(value);
    if (k === undefined) this.index.set(value, (k = this.items.push(this.keep(value)) - 1));
    return k;
  }

  has(value: T): boolean {
    return this.index.has(value);
  }
}
