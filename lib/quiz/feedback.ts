// What a learner is told about one answered item, in one-at-a-time mode and on the results page.
// A wire type only: client components import it, so it stays free of parsing and database code.

/** One source's version of a disputed fact, ready to show side by side. */
export type VersionView = { source: string; period?: string; answer: string; own: boolean };

export type ItemFeedback = {
  itemId: string;
  correct: boolean;
  expected: string | string[];
  /** Why the answer was accepted or not, in words. */
  why: string;
  explanation: string;
  /** Matching items: right pairs out of all pairs. */
  pairs?: { matched: number; total: number };
  /** A disputed fact: every source's version, this question's first. */
  versions?: VersionView[];
  /** Whether "I was right" may be claimed: a typed answer marked wrong. */
  canOverride: boolean;
};
