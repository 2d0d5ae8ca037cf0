// Builds a quiz from facts and a seed: the same seed and facts always give the same items, so a
// stored quiz can be rebuilt and checked; another seed gives another selection and order.
// Pure: no clock, no database; the caller stores the items and shows the public part.
import { createRng, shuffle, type Rng } from "@/lib/content/random";
import {
  matching,
  multipleChoice,
  QUIZ_ITEM_KINDS,
  timeline,
  trueFalse,
  typeIn,
  listTypeIn,
  withVersions,
  type QuizItem,
  type QuizItemKind,
} from "@/lib/content/quiz-templates";
import type { Fact } from "@/lib/content/schema";

export type { QuizItem, QuizItemKind, QuizVersion } from "@/lib/content/quiz-templates";

export type AssembleOptions = {
  facts: Fact[];
  seed: number;
  count: number;
  /** Allowed item kinds, in the order the round-robin visits them; all kinds when absent. */
  kinds?: QuizItemKind[];
  /** Only facts carrying at least one of these tags; all facts when absent or empty. */
  tags?: string[];
};

/** What the learner sees before submitting: no answer, no accepted forms, no explanations. */
export type PublicQuizItem = Pick<QuizItem, "id" | "kind" | "prompt" | "options" | "left">;

export function publicItem(item: QuizItem): PublicQuizItem {
  const out: PublicQuizItem = { id: item.id, kind: item.kind, prompt: item.prompt };
  if (item.options) out.options = [...item.options];
  if (item.left) out.left = [...item.left];
  return out;
}

type Builder = (unused: readonly Fact[], pool: readonly Fact[], rng: Rng) => QuizItem | null;

/** The first unused fact (in the quiz's shuffled order) that suits a one-fact item. */
const firstSuitable =
  (make: (fact: Fact, pool: readonly Fact[], rng: Rng) => QuizItem | null): Builder =>
  (unused, pool, rng) => {
    for (const fact of unused) {
      const item = make(fact, pool, rng);
      if (item) return item;
    }
    return null;
  };

const BUILDERS: Record<QuizItemKind, Builder> = {
  "multiple-choice": firstSuitable(multipleChoice),
  "true-false": firstSuitable(trueFalse),
  "type-in": firstSuitable((fact, _pool, rng) => typeIn(fact) ?? listTypeIn(fact, rng)),
  timeline: (unused, _pool, rng) => timeline(unused, rng),
  matching: (unused, _pool, rng) => matching(unused, rng),
};

/**
 * Up to `count` items: kinds taken in turn (a kind no remaining fact suits drops out of the
 * turn), each fact used at most once, distractors drawn from all given facts. Fewer than `count`
 * only when the facts run out. Input order does not matter: facts are sorted by id first.
 */
export function assembleQuiz(options: AssembleOptions): QuizItem[] {
  const { seed, count } = options;
  if (!Number.isInteger(count) || count <= 0) return [];
  const rng = createRng(seed);
  const pool = [...options.facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tags = options.tags ?? [];
  const wanted = tags.length === 0 ? pool : pool.filter((f) => f.tags.some((t) => tags.includes(t)));
  const order = shuffle(rng, wanted);

  const kinds = [...new Set(options.kinds ?? QUIZ_ITEM_KINDS)].filter((k) => k in BUILDERS);
  const used = new Set<string>();
  const items: QuizItem[] = [];
  let turn = 0;
  while (items.length < count && kinds.length > 0) {
    const kind = kinds[turn] as QuizItemKind;
    const item = BUILDERS[kind](
      order.filter((f) => !used.has(f.id)),
      pool,
      rng,
    );
    if (!item) {
      // Facts only get used up, so a kind that fails now would fail for the rest of the quiz.
      kinds.splice(turn, 1);
      if (turn >= kinds.length) turn = 0;
      continue;
    }
    items.push(withVersions(item, pool));
    for (const id of item.factIds) used.add(id);
    turn = (turn + 1) % kinds.length;
  }
  return items;
}
