// True/false items read as statements built from the fact, with the proposed answer in place.
import { describe, expect, it } from "vitest";
import { statementFor, trueFalseStatement } from "@/lib/content/statements";
import { listItems, listTypeIn } from "@/lib/content/quiz-templates";
import { createRng } from "@/lib/content/random";
import type { Fact } from "@/lib/content/schema";

const fact = (prompt: string, answer: string, extra: Partial<Fact> = {}): Fact => ({
  id: "f",
  kind: "concept",
  prompt,
  answer,
  variants: [],
  explanation: "Context.",
  source: "doc",
  section: "Part",
  tags: [],
  reverse: false,
  ...extra,
});

describe("statementFor", () => {
  it.each([
    [
      "On what date did Iran and Russia sign their treaty?",
      "17 January 2025",
      "Iran and Russia signed their treaty on 17 January 2025.",
    ],
    ["In which year did Iran join the SCO?", "2023", "Iran joined the SCO in 2023."],
    ["When was the brief first published?", "5 June 2025", "The brief was first published on 5 June 2025."],
    [
      "Who is the author of the journal article?",
      "Mohammadamin Akhlaghi",
      "Mohammadamin Akhlaghi is the author of the journal article.",
    ],
    ["Whose death delayed the signing?", "Ebrahim Raisi", "Ebrahim Raisi's death delayed the signing."],
    [
      "What was the value of bilateral trade in 2024?",
      "$4.8 billion",
      "The value of bilateral trade in 2024 was $4.8 billion.",
    ],
    [
      "Which Kremlin spokesman said that Moscow would mediate?",
      "Dmitry Peskov",
      "Dmitry Peskov is the Kremlin spokesman that said that Moscow would mediate.",
    ],
    [
      "According to the brief, which country supplied the drones?",
      "Iran",
      "Iran is the country that supplied the drones.",
    ],
  ])("%j with %j", (prompt, shown, statement) => {
    expect(statementFor(fact(prompt, shown), shown)).toBe(statement);
  });

  it("puts the proposed answer in, true or not", () => {
    expect(statementFor(fact("Which country supplied the drones?", "Iran"), "Russia")).toBe(
      "Russia is the country that supplied the drones.",
    );
  });

  it.each([
    ["How did the fall of Assad damage Iran's strategy?", "It cut the land bridge"],
    ["Whose influence would Russian bases counterbalance?", "Turkey"],
    ["Name the three hallmarks of an alliance.", "Bases, advisers and automatic responses"],
  ])("%j is not rewritten", (prompt, answer) => {
    expect(statementFor(fact(prompt, answer), answer)).toBeNull();
  });

  it("never asks a question: the fallback is a plain claim", () => {
    const text = trueFalseStatement(
      fact("How did the fall of Assad damage Iran's strategy?", "x"),
      "It cut the land bridge",
    );
    expect(text).toBe("The answer to “How did the fall of Assad damage Iran's strategy?” is “It cut the land bridge”.");
    expect(text).not.toMatch(/^True or false/);
  });
});

describe("list answers as type-in: the whole list or one missing item", () => {
  const list = fact(
    "In which three areas do Russia and Iran keep separate ambitions?",
    "Syria, Iraq and the Persian Gulf",
  );

  it("reads the items of a list answer", () => {
    expect(listItems("Syria, Iraq and the Persian Gulf")).toEqual(["Syria", "Iraq", "the Persian Gulf"]);
    expect(listItems("Su-30 and Su-35")).toEqual(["Su-30", "Su-35"]);
    expect(listItems("Tehran")).toBeNull();
    expect(listItems("It cut Iran's land bridge to Lebanon and isolated its proxies in the region")).toBeNull();
  });

  it("asks for every item across seeds, with the others given, and for the whole list", () => {
    const answers = new Set<string>();
    let whole = 0;
    // One generator for many items, as in a quiz, where it moves on between items.
    const rng = createRng(5);
    for (let n = 0; n < 40; n++) {
      const item = listTypeIn(list, rng);
      expect(item).not.toBeNull();
      expect(item!.kind).toBe("type-in");
      if (item!.answer === list.answer) {
        whole++;
        expect(item!.prompt).toBe(list.prompt);
        continue;
      }
      answers.add(item!.answer as string);
      expect(item!.prompt).toMatch(/Name the one missing\.$/);
      expect(item!.prompt).not.toContain(`${String(item!.answer)};`);
      expect(item!.id).toBe("type-in:f:item");
    }
    expect(whole).toBeGreaterThan(0);
    expect(answers).toEqual(new Set(["Syria", "Iraq", "The Persian Gulf"]));
  });

  it("a two-item list names the other", () => {
    const pair = fact("Which Sukhoi jets could Russia transfer?", "Su-30 and Su-35");
    const rng = createRng(3);
    const items = Array.from({ length: 20 }, () => listTypeIn(pair, rng)).filter((i) => i?.answer !== pair.answer);
    expect(items[0]?.prompt).toMatch(/One is Su-3[05]; name the other\.$/);
  });

  it("not for non-lists or 'name at least' questions", () => {
    expect(listTypeIn(fact("Which city?", "Tehran"), createRng(1))).toBeNull();
    expect(
      listTypeIn(fact("Name at least two areas the treaty covers.", "Energy, trade and security"), createRng(1)),
    ).toBeNull();
  });
});

describe("object questions", () => {
  it.each([
    ["Which Russian attack helicopter did Moscow supply to Iran?", "Mi-28", "Moscow supplied Mi-28 to Iran."],
    ["Which Russian system did Moscow suspend in the 2010s?", "S-300", "Moscow suspended S-300 in the 2010s."],
  ])("%j", (prompt, answer, statement) => {
    expect(statementFor(fact(prompt, answer), answer)).toBe(statement);
  });

  it.each([
    ["Which NATO member did Russia sell the S-400 to, while withholding it from Iran?", "Turkey"], // stranded "to"
    ["What type of reactor did Russia agree in 1995 to build at Bushehr?", "A light-water reactor"], // belongs to "build"
    ["What did Iran send Russia for its war?", "Drones"], // an indirect object
  ])("%j is left alone", (prompt, answer) => {
    expect(statementFor(fact(prompt, answer), answer)).toBeNull();
  });
});
