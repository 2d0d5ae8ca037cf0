// Prose sentences that carry a fact but made no card: a pronoun-owned relation before a name, a
// biography's "she" with no other person in reach, an ordinal with its own frame, a "there" that
// points back. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate";
import { topicPerson } from "@/lib/generate/anaphora";
import { blankLeansOnPronoun, fragmentBlankWithPronoun, withoutRelationOwner } from "@/lib/generate/dangling";
import { buildNameRegistry, detectAll } from "@/lib/generate/detect";
import { pointsOutside } from "@/lib/generate/precision";
import { clozePrompt } from "@/lib/generate/prompts";
import { leansOnContext } from "@/lib/generate/rank";
import { splitSentences } from "@/lib/generate/sentences";

function cards(text: string) {
  return generateCandidates({ sourceKey: "t", text }).map((c) => `${c.prompt} → ${c.answer}`);
}

const BIOGRAPHY = [
  "Ilse Marwede was born in 1871 in Kiel, the daughter of a shipwright. Marwede learned to draw in a boatyard.",
  "The sea was the subject of her first pictures.",
  "",
  "She moved to Munich in 1893 to study painting. Marwede exhibited at the Glaspalast in 1899.",
  "",
  "Marwede lost her sight slowly after 1920. The illness ended her work as a painter.",
  "She spent her last years in the town of Eutin. Marwede died there in 1938.",
].join("\n");

describe("a relation owned by a pronoun before a name", () => {
  it("is left out of a question: the name says who is meant", () => {
    expect(withoutRelationOwner("Which place did his son Ulrich IV claim after the war?")).toBe(
      "Which place did Ulrich IV claim after the war?",
    );
    expect(withoutRelationOwner("Her elder sister Greta Lund wrote the letters.")).toBe(
      "Greta Lund wrote the letters.",
    );
    // A pronoun with no name after its noun is not such a relation.
    expect(withoutRelationOwner("What did his son inherit?")).toBe("What did his son inherit?");
    expect(withoutRelationOwner("What did its Parliament pass?")).toBe("What did its Parliament pass?");
  });

  it("makes the question of a sentence that opens on it", () => {
    const text =
      "Duke Ottmar ruled the valley for twenty years. His son Ulrich IV seized the castle of Breda in 1311 after a short siege.";
    const made = cards(text);
    expect(made.some((c) => /^In what year did Ulrich IV seize the castle of Breda.*\? → 1311$/.test(c))).toBe(true);
    expect(made.some((c) => /\bhis son\b/i.test(c.split(" → ")[0] ?? ""))).toBe(false);
  });

  it("does not make a blank lean on the sentence before", () => {
    expect(blankLeansOnPronoun("His son Ulrich IV seized the castle of ____ in 1311.")).toBe(false);
    expect(blankLeansOnPronoun("His son seized the castle of ____ in 1311.")).toBe(true);
  });
});

describe("a biography's own person", () => {
  it("is found where one person is named far more often than anyone, with one pronoun", () => {
    const sentences = splitSentences(BIOGRAPHY);
    const registry = buildNameRegistry(sentences.map((s) => s.text));
    const mentions = sentences.map((s) => detectAll(s.text, s.start, { registry }));
    expect(topicPerson(BIOGRAPHY, mentions)).toEqual({ key: "ilse marwede", pronoun: "she" });
    // With a second person named as often, no one is the topic.
    const two = `${BIOGRAPHY}\nOtto Kranz admired her. Kranz wrote to her. Kranz visited Eutin. Kranz sold her pictures.`;
    const twoSentences = splitSentences(two);
    const twoRegistry = buildNameRegistry(twoSentences.map((s) => s.text));
    expect(
      topicPerson(
        two,
        twoSentences.map((s) => detectAll(s.text, s.start, { registry: twoRegistry })),
      ),
    ).toBeNull();
  });

  it("is what an opening 'she' stands for after a sentence that names no one", () => {
    const made = cards(BIOGRAPHY);
    expect(made).toContain("Where did Marwede spend her last years? → Eutin");
  });

  it("is not what 'she' stands for when another person is in reach", () => {
    const text = BIOGRAPHY.replace("The illness ended her work as a painter.", "Her sister Anna Marwede nursed her.");
    const made = cards(text);
    expect(made.some((c) => c.includes("→ Eutin"))).toBe(false);
  });
});

describe("a person's pronoun in a restated blank", () => {
  it("stands for the name the card opens with", () => {
    const sentence = "She spent her last years in the town of Eutin.";
    expect(fragmentBlankWithPronoun("Marwede spent her last years in the town of ____.", "Eutin", sentence)).toBe(
      false,
    );
    // "its" after a person's name is still unexplained.
    expect(fragmentBlankWithPronoun("The rooms in its palace were hung with ____.", "silk", "Its rooms …")).toBe(true);
  });
});

describe("small words that point back", () => {
  it("an ordinal with a participle phrase has its own frame", () => {
    expect(
      pointsOutside("The Farmers Union won the vote of 1931, the first held with secret ballots."),
    ).toBeUndefined();
    expect(pointsOutside("The Farmers Union won the first vote.")).toBeDefined();
  });

  it("a 'there' that names a place said before makes the question lean", () => {
    expect(leansOnContext("Who died there in 1938?")).toBe("drop");
    expect(leansOnContext("How many guilds were there in the city?")).toBeUndefined();
    // A date question keeps its year without it.
    expect(cards(BIOGRAPHY)).toContain("In what year did Marwede die? → 1938");
  });
});

describe("the one person the sentence before names", () => {
  it("is what an opening 'he' stands for when named as that sentence's subject", () => {
    const text =
      "The guild met in the old hall every winter.\n\nHeinrich Amsel, a weaver from the lower town, led its choir for a decade. He died about 1412 in the town of Wenzburg.";
    const made = cards(text);
    expect(made.some((c) => /^When did Heinrich Amsel die\b.*\? → about 1412$/.test(c))).toBe(true);
  });

  it("is not when the name stood after the subject", () => {
    const after = "The guild met in the old hall. Its choir sang for Heinrich Amsel. He died about 1412 in Wenzburg.";
    expect(cards(after).some((c) => /Amsel die/.test(c))).toBe(false);
  });
});

describe("a figure bounded by 'or more'", () => {
  it("can be blanked: no second name follows the 'or'", () => {
    const sentence = "The cover slabs of stone tombs are very heavy, weighing 400 pounds or more.";
    const at = sentence.indexOf("400 pounds");
    expect(clozePrompt(sentence, at, at + 10)).toBe(
      "The cover slabs of stone tombs are very heavy, weighing ____ or more.",
    );
    // ", or Bugava": a second name for the one blanked gives it away.
    const named = "The parish of Dolega, or Dolegita, lies on the western plain.";
    const d = named.indexOf("Dolega");
    expect(clozePrompt(named, d, d + 6)).toBeNull();
  });
});

describe("a name after 'in the town of'", () => {
  it("is asked with Where, the place noun left to the answer", () => {
    const made = cards(
      "Heinrich Amsel was born in Kiel in 1870. Amsel spent his last winters in the town of Wenzburg.",
    );
    expect(made).toContain("Where did Amsel spend his last winters? → Wenzburg");
  });

  it("is not when 'of' follows a noun that is no place", () => {
    const made = cards(
      "Heinrich Amsel was born in Kiel in 1870. Amsel spent his last winters in the service of Wenzburg.",
    );
    expect(made.some((c) => c.startsWith("Where did Amsel spend"))).toBe(false);
  });
});

describe("the object of a main verb", () => {
  it("may open on a participle that describes its noun", () => {
    expect(cards("The mill owners hired trained weavers from Flanders.")).toContain(
      "What did the mill owners hire from Flanders? → trained weavers",
    );
  });

  it("takes in a second noun joined by 'and', not a second verb phrase", () => {
    expect(cards("The Norman lords built castles and churches across the island.")).toContain(
      "What did the Norman lords build across the island? → castles and churches",
    );
    const made = cards("The long drought ruined the harvest and caused a famine.");
    expect(made.some((c) => c.endsWith("→ the harvest and caused a famine"))).toBe(false);
  });

  it("keeps its tail of place or time without the coordinated rest", () => {
    const made = cards("Ostmark granted limited self-rule in 1874 and full sovereignty in 1918.");
    expect(made.some((c) => c.startsWith("What did Ostmark grant in 1874 and"))).toBe(false);
  });
});

describe("a blank clause whose pronoun the start of its sentence explained", () => {
  it("writes out the one person named there", () => {
    const made = cards(
      "Her pupil, Anna Weber, ran the music school for a decade, and the rooms in her house were filled with 300 books on harmony.",
    );
    expect(made.some((c) => c.startsWith("The rooms in Anna Weber's house were filled with ____"))).toBe(true);
  });

  it("is still dropped when two people are named there", () => {
    const made = cards(
      "Anna Weber and her pupil Klara Moser ran the music school for a decade, and the rooms in her house were filled with 300 books on harmony.",
    );
    expect(made.some((c) => /^The rooms in (?:her|\S+'s) house/.test(c))).toBe(false);
  });
});
