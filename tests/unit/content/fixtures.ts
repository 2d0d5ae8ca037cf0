// Small hand-made facts for the content and quiz tests. Each goes through the real schema, so a
// fixture that the content format would reject fails loudly here instead of testing nonsense.
import { factSchema, type Fact, type FactInput } from "@/lib/content/schema";

let counter = 0;

export function fact(overrides: Partial<FactInput> & Pick<FactInput, "kind" | "answer">): Fact {
  counter += 1;
  return factSchema.parse({
    id: `fact-${counter}`,
    prompt: `Question ${counter}?`,
    explanation: `Context for fact ${counter}, written for the tests.`,
    source: "test-source",
    section: "Test section",
    ...overrides,
  });
}

export const dateFact = (id: string, iso: string, answer: string, extra: Partial<FactInput> = {}): Fact =>
  fact({ id, kind: "date", answer, value: { date: iso }, prompt: `On what date did event ${id} happen?`, ...extra });

export const person = (id: string, answer: string, tags: string[] = [], extra: Partial<FactInput> = {}): Fact =>
  fact({ id, kind: "person", answer, tags, prompt: `Who is described as ${id}?`, ...extra });

export const transfer = (
  id: string,
  answer: string,
  system: string,
  extra: Partial<FactInput> & { quantity?: number; from?: string; to?: string } = {},
): Fact => {
  const { quantity, from = "Russia", to = "Iran", ...rest } = extra;
  return fact({
    id,
    kind: "arms-transfer",
    answer,
    prompt: `Which system is ${id}?`,
    transfer: { system, from, to, status: "delivered", ...(quantity === undefined ? {} : { quantity }) },
    ...rest,
  });
};

export const figure = (
  id: string,
  answer: string,
  number: number,
  unit: string,
  extra: Partial<FactInput> = {},
): Fact => fact({ id, kind: "figure", answer, value: { number, unit }, prompt: `How much was ${id}?`, ...extra });

/** A deck-sized mix of every kind, for template and assembly tests. */
export function mixedDeck(): Fact[] {
  return [
    dateFact("signed", "2025-01-17", "17 January 2025", { tags: ["treaty"], reverse: true }),
    dateFact("ratified", "2025-05-21", "21 May 2025", { tags: ["treaty"] }),
    dateFact("approved", "2025-06-11", "11 June 2025", { tags: ["treaty"] }),
    dateFact("sco", "2023-07-04", "4 July 2023", { tags: ["sco"] }),
    dateFact("jcpoa-exit", "2018-05", "May 2018", { tags: ["nuclear"] }),
    dateFact("bushehr", "1995", "1995", { tags: ["nuclear"] }),
    figure("trade-2024", "$4.8 billion", 4_800_000_000, "USD", { tags: ["trade"] }),
    figure("trade-2023", "$3.77 billion", 3_770_000_000, "USD", { tags: ["trade"] }),
    figure("gas", "Up to 55 billion cubic metres per year", 55, "bcm/year", { tags: ["energy"] }),
    figure("share", "20 percent", 20, "percent", { tags: ["trade"] }),
    fact({
      id: "art-9",
      kind: "constitution",
      answer: "Article 9",
      variants: ["Art. 9"],
      article: 9,
      tags: ["constitution"],
    }),
    fact({ id: "art-152", kind: "constitution", answer: "Article 152", article: 152, tags: ["constitution"] }),
    fact({ id: "art-153", kind: "constitution", answer: "Article 153", article: 153, tags: ["constitution"] }),
    transfer("fateh", "Fateh-110", "Fateh-110 short-range ballistic missile", {
      from: "Iran",
      to: "Russia",
      tags: ["arms"],
    }),
    transfer("yak", "Yak-130", "Yak-130 training aircraft", { tags: ["arms"] }),
    transfer("mi28", "Mi-28", "Mi-28 attack helicopter", { tags: ["arms"] }),
    transfer("s400", "S-400", "S-400 air defence system", { variants: ["S400"], tags: ["arms"] }),
    transfer("missiles", "About 400", "Ballistic missiles", {
      quantity: 400,
      from: "Iran",
      to: "Russia",
      tags: ["arms"],
    }),
    person("peskov", "Dmitry Peskov", ["kremlin"], { variants: ["Peskov"] }),
    person("putin", "Vladimir Putin", ["kremlin"], { variants: ["Putin"] }),
    person("pezeshkian", "Masoud Pezeshkian", ["iran"]),
    person("trump", "Donald Trump", ["us"]),
    fact({ id: "guardian", kind: "organisation", answer: "The Guardian Council", tags: ["iran"] }),
    fact({ id: "hezbollah", kind: "organisation", answer: "Hezbollah", tags: ["proxies"] }),
    fact({ id: "opec", kind: "organisation", answer: "OPEC+", tags: ["energy"] }),
    fact({ id: "gcc", kind: "organisation", answer: "Gulf Cooperation Council", tags: ["gulf"] }),
    fact({ id: "moscow", kind: "place", answer: "Moscow", tags: ["treaty"] }),
    fact({ id: "caspian", kind: "place", answer: "The Caspian Sea", tags: ["geography"] }),
    fact({ id: "oman", kind: "place", answer: "Oman", tags: ["diplomacy"] }),
    fact({ id: "turkey", kind: "place", answer: "Turkey", variants: ["Türkiye"], tags: ["nato"] }),
  ];
}
