// Article numbers and weapon designators.
import { describe, expect, it } from "vitest";
import { detectArticles } from "@/lib/generate/detect/articles";
import { detectWeapons, weaponVariants } from "@/lib/generate/detect/weapons";

describe("detectArticles", () => {
  it("reads single articles, lists and the instrument around them", () => {
    const text = "Article 44 of the Basic Law sits beside Articles 3, 17, and 20 of the national constitution.";
    const found = detectArticles(text).map((m) => ({
      text: m.text,
      articles: m.value.articles,
      instrument: m.value.instrument,
    }));
    expect(found).toEqual([
      { text: "Article 44", articles: [44], instrument: "constitution" },
      { text: "Articles 3, 17, and 20", articles: [3, 17, 20], instrument: "constitution" },
    ]);
  });

  it("a treaty article and a range", () => {
    const [a, b] = detectArticles("Under the treaty, Art. 5 applies and Articles 8–10 set the terms.");
    expect(a?.value).toEqual({ articles: [5], instrument: "treaty" });
    expect(b?.value.articles).toEqual([8, 9, 10]);
  });

  it("uses the text before the sentence when the sentence names no instrument", () => {
    const [a] = detectArticles(
      "Article 110 lists the leader's duties.",
      0,
      "The constitution of 1979 was amended once.",
    );
    expect(a?.value.instrument).toBe("constitution");
  });
});

describe("detectWeapons", () => {
  it("reads designators with any dash and their category", () => {
    const text = "Minsk bought Mi\u201126 transport helicopters, the Buk-M2 system and Yak-52 trainers.";
    const found = detectWeapons(text).map((m) => ({
      text: m.text,
      systems: m.value.systems,
      category: m.value.category,
    }));
    expect(found).toEqual([
      { text: "Mi\u201126", systems: ["Mi-26"], category: "transport helicopters" },
      { text: "Buk-M2", systems: ["Buk-M2"], category: "system" },
      { text: "Yak-52", systems: ["Yak-52"], category: "training aircraft" },
    ]);
  });

  it("splits slash groups into systems", () => {
    const found = detectWeapons(
      "Options include S\u2011350/S\u2011500, Su\u201127/30 jets and Shahed\u2011129/136 drones.",
    ).map((m) => m.value.systems);
    expect(found).toEqual([
      ["S-350", "S-500"],
      ["Su-27", "Su-30"],
      ["Shahed-129", "Shahed-136"],
    ]);
  });

  it("reads maker names, a family written with a space, and plural designators", () => {
    const found = detectWeapons("It flew Sukhoi Su-25 jets, launched Fateh 313 missiles and kept old MiG-23s.").map(
      (m) => [m.text, m.value.systems[0]],
    );
    expect(found).toEqual([
      ["Sukhoi Su-25", "Su-25"],
      ["Fateh 313", "Fateh-313"],
      ["MiG-23s", "MiG-23"],
    ]);
  });

  it("ignores codes that are not weapons", () => {
    expect(
      detectWeapons("COVID-19 hit in 2020; flight EK-201 left and the G-20 met.").filter((m) => !m.value.generic),
    ).toEqual([]);
  });

  it("offers 'and' and slash forms of a group, but not the form already written", () => {
    const [m] = detectWeapons("They asked for S-350/S-500 batteries.");
    expect(m && weaponVariants(m)).toEqual(["S-350 and S-500"]);
    // The answer is tidied to ASCII hyphens, so the slash form would repeat it.
    const [n] = detectWeapons("They asked for S\u2011350/S\u2011500 batteries.");
    expect(n && weaponVariants(n)).toEqual(["S-350 and S-500"]);
    const [one] = detectWeapons("A single Tu-160 flew.");
    expect(one && weaponVariants(one)).toEqual(["Tu 160"]);
  });
});
