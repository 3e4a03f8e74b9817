/**
 * Values kept by line (or piece) index, for the few indices of a large text that have one. Neither a Map
 * (a Map of a million entries is read out of order, a cache miss a line) nor an array of a slot per index
 * (filling a million slots cost more than the pass that used them): a typed array of positions, which
 * costs next to nothing to make, into a list of the values in the order they were set.
 */
export class Slots<T> {
  readonly #at: Int32Array;
  readonly #values: T[] = [];
  constructor(size: number) {
    this.#at = new Int32Array(size);
  }
  /** The value at `index`, or undefined when none was set. */
  get(index: number): T | undefined {
    const k = this.#at[index];
    return k ? this.#values[k - 1] : undefined;
  }
  has(index: number): boolean {
    return (this.#at[index] ?? 0) !== 0;
  }
  set(index: number, value: T): void {
    const k = this.#at[index];
    if (k) this.#values[k - 1] = value;
    else this.#at[index] = this.#values.push(value);
  }
}
