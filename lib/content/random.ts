// Seeded randomness for card and quiz generation. Everything random in lib/content and lib/quiz
// goes through one generator made from a seed, so the same seed and input give the same output.
// pure-rand 8's generators advance in place: pass the same Rng along and draw from it in order.
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export type Rng = RandomGenerator;

/** A generator for a seed. Any finite number works; it is folded to a 32-bit integer. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  // xoroshiro128plus seeds from a 32-bit integer; folding keeps large seeds (timestamps) distinct.
  const folded = (Math.trunc(seed) % 0x1_0000_0000) | 0;
  return xoroshiro128plus(folded);
}

/** A uniform integer in [min, max], both included. */
export function int(rng: Rng, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`int needs integers with min <= max, got ${min}..${max}`);
  }
  return uniformInt(rng, min, max);
}

/** True or false with even odds. */
export function coin(rng: Rng): boolean {
  return uniformInt(rng, 0, 1) === 1;
}

/** One element, uniformly. Throws on an empty list: the caller decides what "none" means. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError("pick needs at least one item");
  return items[uniformInt(rng, 0, items.length - 1)] as T;
}

/** A shuffled copy (Fisher–Yates); the input is left alone. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** Up to n distinct elements in random order. */
export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  return shuffle(rng, items).slice(0, Math.max(0, n));
}
