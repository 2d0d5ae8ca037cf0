import { describe, expect, it } from "vitest";
import { coin, createRng, int, pick, sample, shuffle } from "@/lib/content/random";

const draw = (seed: number) => {
  const rng = createRng(seed);
  return Array.from({ length: 20 }, () => int(rng, 0, 1000));
};

describe("seeded randomness", () => {
  it("repeats for a seed and differs between seeds", () => {
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("folds large and fractional seeds instead of failing, and rejects non-finite ones", () => {
    expect(draw(1_700_000_000_123)).toEqual(draw(1_700_000_000_123));
    expect(draw(3.9)).toEqual(draw(3));
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
  });

  it("int stays within its bounds, both included, and reaches both", () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const v = int(rng, -2, 2);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(2);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
    expect(() => int(rng, 3, 1)).toThrow(RangeError);
  });

  it("shuffle returns a permutation and leaves its input alone", () => {
    const input = ["a", "b", "c", "d", "e", "f"];
    const copy = [...input];
    const out = shuffle(createRng(3), input);
    expect(input).toEqual(copy);
    expect([...out].sort()).toEqual(copy);
    // Over several seeds at least one order differs from the input.
    expect([1, 2, 3, 4, 5].some((s) => shuffle(createRng(s), input).join() !== input.join())).toBe(true);
  });

  it("pick, sample and coin draw from what they are given", () => {
    const rng = createRng(9);
    expect(["x", "y"]).toContain(pick(rng, ["x", "y"]));
    expect(() => pick(rng, [])).toThrow(RangeError);
    const s = sample(rng, [1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
    expect(sample(rng, [1, 2], 5)).toHaveLength(2);
    const flips = Array.from({ length: 200 }, () => coin(rng));
    expect(flips).toContain(true);
    expect(flips).toContain(false);
  });
});
