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

/** One item on the results page, as the client shows it. */
export type ResultItemView = {
  itemId: string;
  kind: string;
  prompt: string;
  given: string | string[] | null;
  correct: boolean;
  expected: string | string[];
  explanation: string;
  source: { key: string; title: string; section: string }[];
  why?: string;
  versions?: VersionView[];
  overridden: boolean;
  canOverride: boolean;
};
