// Leeches: cards forgotten so often that reviewing them again is wasted effort until they are rewritten.
import { LEECH_LAPSES } from "./types";

export function isLeech(lapses: number): boolean {
  return lapses >= LEECH_LAPSES;
}

/** The row's leech flag after a review: once a leech, it stays one until a person clears it. */
export function nextLeechState(wasLeech: boolean, becameLeech: boolean): boolean {
  return wasLeech || becameLeech;
}
