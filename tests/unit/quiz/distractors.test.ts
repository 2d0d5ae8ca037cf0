import { describe, expect, it } from "vitest";
import { answerKey, distractorsFor } from "@/lib/quiz/distractors";
import { parseDateAnswer } from "@/lib/values";
import { createRng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";
import { dateFact, fact, figure, mixedDeck, person, transfer } from "../content/fixtures";

const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";

/** Test-side normalisation, written independently of answerKey: case, accents, punctuation, spaces. */
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, "")
    .replace(/^the/, "");

/** The invariants every distractor list must keep, whatever the kind. */
function expectSound(f: Fact, got: string[]) {
  const accepted = [f.answer, ...f.variants].map(fold);
  for (const d of got) expect(accepted, `"${d}" is an accepted answer of ${f.id}`).not.toContain(fold(d));
  expect(new Set(got.map(fold)).size, `duplicates in ${JSON.stringify(got)}`).toBe(got.length);
}

function forSeeds(f: Fact, pool: Fact[], n = 3): string[][] {
  return SEEDS.map((s) => {
    const got = distractorsFor(f, pool, createRng(s), n);
    expectSound(f, got);
    return got;
  });
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A real calendar date, checked here without the module's parser: the day exists in its month. */
function isRealDate(text: string): boolean {
  let m: RegExpExecArray | null;
  let y: number, mo: number, d: number;
  if ((m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(text)))
    [d, mo, y] = [Number(m[1]), MONTHS.indexOf(m[2]!) + 1, Number(m[3])];
  else if ((m = /^(\w+) (\d{1,2}), (\d{4})$/.exec(text)))
    [mo, d, y] = [MONTHS.indexOf(m[1]!) + 1, Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\w+) (\d{4})$/.exec(text))) [mo, d, y] = [MONTHS.indexOf(m[1]!) + 1, 1, Number(m[2])];
  else if ((m = /^(\d{4})$/.exec(text))) [y, mo, d] = [Number(m[1]), 1, 1];
  else return false;
  if (mo < 1 || mo > 12 || y < 1000) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe("isRealDate (test helper)", () => {
  it("tells real dates from impossible ones", () => {
    expect(isRealDate("29 February 2024")).toBe(true);
    expect(isRealDate("29 February 2025")).toBe(false);
    expect(isRealDate("31 April 2025")).toBe(false);
    expect(isRealDate("Smarch 2025")).toBe(false);
  });
});

describe("answerKey", () => {
  it("ignores case, accents, punctuation, spacing and a leading article", () => {
    expect(answerKey("Türkiye")).toBe(answerKey("turkiye"));
    expect(answerKey("S-400")).toBe(answerKey("S400"));
    expect(answerKey("The Caspian Sea")).toBe(answerKey("caspian  sea"));
    expect(answerKey("6,000")).toBe(answerKey("6000"));
  });

  it("keeps what changes the meaning: decimal points and digits", () => {
    expect(answerKey("$4.8 billion")).not.toBe(answerKey("$48 billion"));
    expect(answerKey("S-300")).not.toBe(answerKey("S-400"));
  });
});

describe("distractorsFor: dates", () => {
  const pool = mixedDeck();

  it("gives nearby dates in the answer's format and precision (day month year)", () => {
    const f = pool.find((x) => x.id === "signed")!;
    for (const got of forSeeds(f, pool)) {
      expect(got).toHaveLength(3);
      for (const d of got) {
        expect(d).toMatch(new RegExp(`^\\d{1,2} ${MONTH} \\d{4}$`));
        expect(isRealDate(d), d).toBe(true);
      }
    }
  });

  it("keeps month and year precision, US order and ISO form", () => {
    const cases: [Fact, RegExp][] = [
      [dateFact("m", "2018-05", "May 2018"), new RegExp(`^${MONTH} \\d{4}$`)],
      [dateFact("y", "1995", "1995"), /^\d{4}$/],
      [
        dateFact("us", "2025-01-17", "January 17, 2025", { variants: ["17 January 2025"] }),
        new RegExp(`^${MONTH} \\d{1,2}, \\d{4}$`),
      ],
      [dateFact("iso", "2025-01-17", "2025-01-17"), /^\d{4}-\d{2}-\d{2}$/],
      // Month shifts from the 31st must land on real days (no "31 February").
      [dateFact("eom", "2025-03-31", "31 March 2025"), new RegExp(`^\\d{1,2} ${MONTH} \\d{4}$`)],
      [dateFact("leap", "2024-02-29", "29 February 2024"), new RegExp(`^\\d{1,2} ${MONTH} \\d{4}$`)],
    ];
    for (const [f, shape] of cases) {
      for (const got of forSeeds(f, [...pool, f])) {
        expect(got).toHaveLength(3);
        for (const d of got) {
          expect(d, f.answer).toMatch(shape);
          expect(isRealDate(d), d).toBe(true);
        }
      }
    }
  });

  it("never offers the answer's own date in another format", () => {
    const f = dateFact("us", "2025-01-17", "January 17, 2025");
    for (const got of forSeeds(f, pool, 20)) {
      for (const d of got)
        expect(
          parseDateAnswer(d)?.day === 17 && parseDateAnswer(d)?.month === 1 && parseDateAnswer(d)?.year === 2025,
        ).toBe(false);
    }
  });

  it("draws on other facts' dates, written like the answer", () => {
    const f = pool.find((x) => x.id === "signed")!;
    const all = new Set(forSeeds(f, pool, 40).flat());
    // 2023-07-04 is the "sco" fact's date.
    expect(all).toContain("4 July 2023");
  });

  it("never offers a conflicting source's version of the date", () => {
    const a = dateFact("eeu-a", "2023", "2023", { conflict: "eeu-deal" });
    const b = dateFact("eeu-b", "2025-05", "May 2025", { conflict: "eeu-deal" });
    const deck = [...pool, a, b];
    for (const got of forSeeds(a, deck, 8)) expect(got).not.toContain("2025");
    for (const got of forSeeds(b, deck, 8)) for (const d of got) expect(d).not.toMatch(/ 2023$/);
  });

  it("moves the year of a date written in words", () => {
    const f = dateFact("gas", "2025", "By the end of 2025");
    for (const got of forSeeds(f, pool)) {
      expect(got).toHaveLength(3);
      for (const d of got) expect(d).toMatch(/^By the end of \d{4}$/);
    }
  });
});

describe("distractorsFor: figures", () => {
  const pool = mixedDeck();

  it("keeps the unit and wording and changes the magnitude", () => {
    const f = pool.find((x) => x.id === "trade-2024")!;
    for (const got of forSeeds(f, pool)) {
      expect(got).toHaveLength(3);
      for (const d of got) expect(d).toMatch(/^\$\d+(\.\d+)? billion$/);
    }
  });

  it("writes other figures of the same unit in the answer's wording", () => {
    const f = pool.find((x) => x.id === "trade-2024")!;
    expect(new Set(forSeeds(f, pool, 8).flat())).toContain("$3.77 billion");
  });

  it("keeps percentages at or below 100, and number words as words", () => {
    const pct = figure("pct", "55%", 55, "percent");
    for (const got of forSeeds(pct, [pct])) {
      for (const d of got) {
        expect(d).toMatch(/^\d+(\.\d+)?%$/);
        expect(Number.parseFloat(d)).toBeLessThanOrEqual(100);
      }
    }
    const seven = figure("oilfields", "Seven", 7, "oilfields");
    for (const got of forSeeds(seven, [seven])) {
      expect(got).toHaveLength(3);
      for (const d of got) expect(d).toMatch(/^[A-Z][a-z]+(-[a-z]+)?$/);
    }
  });

  it("scales both ends of a range and keeps it a range", () => {
    const f = figure("syria", "$30–50 billion", 30e9, "USD");
    for (const got of forSeeds(f, [f])) {
      for (const d of got) {
        const m = /^\$(\d+)–(\d+) billion$/.exec(d);
        expect(m, d).not.toBeNull();
        expect(Number(m![1])).toBeLessThan(Number(m![2]));
      }
    }
  });

  it("never offers another source's version of the figure", () => {
    const a = figure("trade-a", "About $5 billion", 5e9, "USD", { conflict: "trade-2022" });
    const b = figure("trade-b", "$4.9 billion", 4.9e9, "USD", { conflict: "trade-2022" });
    const deck = [...pool, a, b];
    for (const got of forSeeds(b, deck, 8)) expect(got.map((d) => d.replace(/^\$|\sbillion$/g, ""))).not.toContain("5");
    for (const got of forSeeds(a, deck, 8)) expect(got).not.toContain("About $4.9 billion");
  });
});

describe("distractorsFor: articles", () => {
  it("offers other article numbers in the same wording", () => {
    const pool = mixedDeck();
    const f = pool.find((x) => x.id === "art-9")!;
    const all = new Set<string>();
    for (const got of forSeeds(f, pool)) {
      expect(got).toHaveLength(3);
      for (const d of got) {
        expect(d).toMatch(/^Article \d+$/);
        all.add(d);
      }
    }
    expect(all).toContain("Article 152");
  });
});

describe("distractorsFor: arms transfers", () => {
  const pool = mixedDeck();
  const systems = new Set(pool.flatMap((f) => (f.transfer ? [f.answer, f.transfer.system] : [])));

  it("offers only other systems from the pool, never the same system by another name", () => {
    for (const id of ["yak", "mi28", "s400", "fateh"]) {
      const f = pool.find((x) => x.id === id)!;
      for (const got of forSeeds(f, pool)) {
        expect(got).toHaveLength(3);
        for (const d of got) {
          expect(systems.has(d), `${d} is not a system in the pool`).toBe(true);
          expect(fold(d)).not.toContain(fold(f.answer));
        }
      }
    }
  });

  it("treats two names of one weapon family as the same system", () => {
    const geran = transfer("geran", "Geran-2", "Shahed drones (Geran-2)", { from: "Iran", to: "Russia" });
    const shahed = transfer("shahed", "Shahed-136", "Shahed-136", { from: "Iran", to: "Russia" });
    const deck = [...pool, geran, shahed];
    for (const got of forSeeds(geran, deck)) expect(got).not.toContain("Shahed-136");
  });

  it("offers other quantities, written like the answer, when the answer is the quantity", () => {
    const f = pool.find((x) => x.id === "missiles")!;
    const other = transfer("drones", "About 6,000", "Shahed drones", { quantity: 6000, from: "Iran", to: "Russia" });
    const deck = [...pool, other];
    const all = new Set<string>();
    for (const got of forSeeds(f, deck)) {
      expect(got).toHaveLength(3);
      for (const d of got) {
        expect(d).toMatch(/^About \d{1,3}(,\d{3})*$/);
        all.add(d);
      }
    }
    expect(all).toContain("About 6,000");
  });

  it("returns nothing when the answer is neither a system nor a quantity", () => {
    const f = transfer("status", "They were withheld", "Su-35 fighter jet");
    expect(distractorsFor(f, pool, createRng(1))).toEqual([]);
  });
});

describe("distractorsFor: names and descriptions", () => {
  it("offers other answers of the same kind only", () => {
    const pool = mixedDeck();
    const f = pool.find((x) => x.id === "peskov")!;
    const people = new Set(pool.filter((x) => x.kind === "person").map((x) => x.answer));
    for (const got of forSeeds(f, pool)) {
      expect(got).toHaveLength(3);
      for (const d of got) expect(people.has(d), d).toBe(true);
    }
  });

  it("prefers answers that share the fact's tags", () => {
    const f = person("a", "Ali Khamenei", ["iran", "leaders"]);
    const sharing = [
      person("b", "Hassan Rouhani", ["iran", "leaders"]),
      person("c", "Ebrahim Raisi", ["iran", "leaders"]),
      person("d", "Javad Zarif", ["iran", "leaders"]),
    ];
    const others = [
      person("e", "Joe Bidenson", ["us"]),
      person("f", "Olaf Scholzer", ["germany"]),
      person("g", "Emma Macronne", ["france"]),
    ];
    const tagged = new Set(sharing.map((x) => x.answer));
    for (const got of forSeeds(f, [f, ...others, ...sharing])) {
      for (const d of got) expect(tagged.has(d), d).toBe(true);
    }
  });

  it("never offers an accepted variant, however it is written", () => {
    const f = fact({ kind: "place", answer: "Turkey", variants: ["Türkiye"] });
    const pool = [
      f,
      fact({ kind: "place", answer: "TURKIYE" }),
      fact({ kind: "place", answer: "Oman" }),
      fact({ kind: "place", answer: "Syria" }),
    ];
    for (const got of forSeeds(f, pool)) {
      expect(got.map(fold)).not.toContain("turkiye");
      expect(got).toHaveLength(2);
    }
  });

  it("leaves out answers that contain the answer or sit inside it", () => {
    const f = fact({ kind: "place", answer: "Saudi Arabia and the United Arab Emirates" });
    const pool = [
      f,
      fact({ kind: "place", answer: "The United Arab Emirates" }),
      fact({ kind: "place", answer: "Belarus and Tajikistan" }),
    ];
    for (const got of forSeeds(f, pool)) expect(got).toEqual(["Belarus and Tajikistan"]);
  });

  it("returns fewer than asked when the pool cannot supply, and nothing for yes/no answers", () => {
    const f = person("x", "Nikita Smagin");
    expect(distractorsFor(f, [f, person("y", "Hanna Notte")], createRng(1))).toEqual(["Hanna Notte"]);
    const yesNo = fact({ kind: "treaty", answer: "No — it has no mutual defence clause" });
    expect(distractorsFor(yesNo, [yesNo, fact({ kind: "treaty", answer: "Joint exercises" })], createRng(1))).toEqual(
      [],
    );
  });

  it("is deterministic for a seed", () => {
    const pool = mixedDeck();
    for (const f of pool) {
      expect(distractorsFor(f, pool, createRng(11))).toEqual(distractorsFor(f, pool, createRng(11)));
    }
  });
});
