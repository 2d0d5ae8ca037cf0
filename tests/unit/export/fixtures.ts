// A small deck export with every kind of field a fact can carry, in the project's own words.
import { cardsForFact } from "@/lib/content/cards";
import { factSchema, type Fact, type FactInput, type Source } from "@/lib/content/schema";
import type { DeckExport, ExportedCard, ExportedReview } from "@/lib/export/deck-export";

export const NOW = new Date("2026-03-01T12:00:00Z");
const DAY = 86_400_000;

export const SOURCES: Source[] = [
  { key: "atlas-notes", title: "Atlas notes", author: "SourceDeck team", date: "2026-01", kind: "notes" },
  { key: "lab-book", title: 'Lab book <draft> & "quotes"', author: "SourceDeck team", date: "2025" },
];

const inputs: FactInput[] = [
  {
    id: "canberra-capital",
    kind: "place",
    prompt: "Which city is the capital of Australia?",
    answer: "Canberra",
    variants: ["Canberra, ACT"],
    explanation: "Canberra was chosen as the capital as a compromise between Sydney and Melbourne.",
    source: "atlas-notes",
    section: "Capitals",
    tags: ["geography", "capitals"],
    reverse: true,
  },
  {
    id: "water-freezes",
    kind: "figure",
    prompt: "At what temperature in °C does pure water freeze at sea level?",
    answer: "0 °C",
    explanation: "At standard pressure pure water freezes at 0 °C.",
    source: "lab-book",
    section: "Water",
    value: { number: 0, unit: "°C" },
  },
  {
    id: "moon-landing",
    kind: "date",
    prompt: "When did people first land on the Moon?",
    answer: "20 July 1969",
    variants: ["July 20, 1969"],
    explanation: "The first crewed landing on the Moon was on 20 July 1969.",
    source: "atlas-notes",
    section: "Events",
    value: { date: "1969-07-20" },
    conflict: "moon-date",
  },
  {
    id: "moon-landing-utc",
    kind: "date",
    prompt: "On what date in UTC did the first Moon walk begin?",
    answer: "21 July 1969",
    explanation:
      "The first step onto the Moon came just before 03:00 UTC on 21 July 1969, still 20 July in the Americas.",
    source: "atlas-notes",
    section: "Events",
    value: { date: "1969-07-21" },
    conflict: "moon-date",
  },
  {
    id: "dry-ice",
    kind: "concept",
    prompt: "What is =1+1 in a cell, and what is -78 °C?",
    answer: "-78.5 °C",
    explanation:
      "Solid carbon dioxide sublimes at about -78.5 °C; a cell starting with = would run as a formula <b>unless</b> escaped.",
    source: "lab-book",
    section: "Gases",
    tags: ["chemistry"],
  },
];

export const FACTS: Fact[] = inputs.map((f) => factSchema.parse(f));

function review(
  at: number,
  rating: ExportedReview["rating"],
  stateBefore: 0 | 1 | 2 | 3,
  state: 0 | 1 | 2 | 3,
  scheduledDays: number,
): ExportedReview {
  return {
    reviewedAt: new Date(at),
    rating,
    durationMs: 4000,
    stateBefore,
    state,
    due: new Date(at + (scheduledDays === 0 ? 600_000 : scheduledDays * DAY)),
    scheduledDays,
    stability: 3,
    difficulty: 5,
  };
}

export function deckExport(): DeckExport {
  const t0 = NOW.getTime() - 10 * DAY;
  return {
    slug: "world-test",
    title: "World test deck",
    description: "A deck for export tests.",
    desiredRetention: 0.9,
    sources: SOURCES,
    facts: FACTS.map((fact, i) => ({
      fact,
      cards: cardsForFact(fact).map((c, j): ExportedCard => {
        const studied = i === 0 && j === 0;
        return {
          id: `card-${i}-${j}`,
          ...c,
          state: studied
            ? {
                due: new Date(t0 + 9 * DAY),
                stability: 8.2,
                difficulty: 4.9,
                elapsedDays: 3,
                scheduledDays: 8,
                learningSteps: 0,
                reps: 3,
                lapses: 0,
                state: 2,
                lastReview: new Date(t0 + DAY),
                suspended: false,
              }
            : null,
          reviews: studied
            ? [review(t0, 3, 0, 1, 0), review(t0 + 600_000, 3, 1, 2, 1), review(t0 + DAY, 3, 2, 2, 8)]
            : [],
        };
      }),
    })),
  };
}
