// Fact-sheet keys with a sub-field ("Main (inner): value") read as real questions, a series by year
// gives one card, and contact details give none. Lines written for these tests.
import { describe, expect, it } from "vitest";
import { generateCandidates } from "@/lib/generate/candidates";

function cards(lines: string[]): string[] {
  const text = ["Norvania", "", ...lines, ""].join("\n");
  return generateCandidates({ sourceKey: "t", text, title: "Norvania" }).map((c) => `${c.prompt} => ${c.answer}`);
}

describe("sub-field keys", () => {
  it("asks for a person by the role, and counts with How many", () => {
    const list = cards([
      "Executive branch (chief of state): President Ilse VARGA (since 3 May 2021)",
      "Executive branch (head of government): Prime Minister Tomas EDER (since 9 June 2022)",
      "Legislative branch (speaker): Speaker Oda KORVEL (since 1 May 2023)",
      "Legislative branch (number of seats): 81 (all directly elected)",
    ]);
    expect(list).toContain("Who is the chief of state of Norvania? => President Ilse Varga");
    expect(list).toContain("How many seats does Norvania's legislative branch have? => 81");
  });

  it("names the part a percentage is of, and keeps a key the inner phrase already holds", () => {
    const list = cards([
      "Land use (forest): 31.5% (2022 est.)",
      "Urbanization (rate of urbanization): 1.2% annual rate of change (2020-25 est.)",
      "Capital (name): Treva",
    ]);
    expect(list).toContain("What share of Norvania's land use is forest in 2022? => 31.5%");
    expect(list).toContain("What is the rate of urbanization of Norvania in 2020? => 1.2% annual rate of change");
    expect(list).toContain("What is the capital of Norvania? => Treva");
  });

  it("makes no card of contact details, coordinates or a sub-sub-field", () => {
    const list = cards([
      "Diplomatic representation (telephone): 555-0101",
      "Geographic coordinates: 48 00 N, 12 00 E",
      "Land use (agricultural land, arable land): 12% (2022 est.)",
    ]);
    expect(list).toEqual([]);
  });
});

describe("an electoral calendar", () => {
  it("makes no card of election dates or the scope of elections, which go stale", () => {
    const list = cards([
      "Legislative branch (most recent election date): 4 May 2024",
      "Legislative branch (expected date of next election): May 2028",
      "Legislative branch (scope of elections): full renewal",
    ]);
    expect(list).toEqual([]);
  });
});

describe("a figure split by sex", () => {
  it("asks the total, not its male and female parts", () => {
    const list = cards([
      "Median age (total): 41.2 years (2024 est.)",
      "Median age (male): 40.1 years",
      "Median age (female): 42.3 years",
    ]);
    expect(list.some((c) => c.endsWith("=> 41.2 years"))).toBe(true);
    expect(list.some((c) => /40\.1|42\.3|\b(?:male|female)\b/.test(c))).toBe(false);
  });
});

describe("a series by year", () => {
  it("keeps only the latest year, and no figure that lost its unit", () => {
    const list = cards([
      "Exports 2023: $4.2 billion (2023 est.)",
      "Exports 2022: $3.9 billion (2022 est.)",
      "Exchange rates 2023: 98.412 (2023 est.)",
      "Support ratio 2023: 3.7 (2023 est.)",
      "National anthem (lyrics/music): Ada BRUN/Otto KELL",
    ]);
    expect(list.some((c) => c.includes("3.7") || c.includes("BRUN"))).toBe(false);
    expect(list).toContain("What were the exports of Norvania in 2023? => $4.2 billion");
    expect(list.some((c) => c.includes("2022"))).toBe(false);
    expect(list.some((c) => c.includes("98.412"))).toBe(false);
  });
});

describe("values in several parts", () => {
  it("makes no card of a value that joins several facts with semicolons", () => {
    expect(cards(["Climate: mild; wet winters; cool summers"])).toEqual([]);
    expect(cards(["Sex ratio (at birth): 1.05 male(s)/female 0-14 years: 1.04 male(s)/female"])).toEqual([]);
  });

  it("says the basis a figure is measured on after the question", () => {
    expect(cards(["GDP (official exchange rate): $4.1 billion (2023 est.)"])).toContain(
      "What is the GDP of Norvania (official exchange rate) in 2023? => $4.1 billion",
    );
  });
});

describe("reference rows", () => {
  it("keeps the headline rows and drops the rows kept only for reference", () => {
    const list = cards([
      "Capital (name): Treva",
      "Area (total): 84,000 sq km",
      "Country calling code: +399",
      "Alcohol consumption per capita (beer): 3.1 liters of pure alcohol (2019 est.)",
      "Maritime claims (territorial sea): 12 nm",
      "Coal (consumption): 52,000 metric tons (2023 est.)",
      "Sex ratio (total population): 0.98 male(s)/female (2024 est.)",
      "Major urban areas - population: 410,000 TREVA (capital) (2023)",
    ]);
    expect(list).toContain("What is the capital of Norvania? => Treva");
    expect(list).toContain("What is the total area of Norvania? => 84,000 sq km");
    expect(list.filter((c) => /calling|alcohol|territorial|coal|sex ratio|urban areas/i.test(c))).toEqual([]);
  });
});

describe("fact-sheet rows a teacher asks about, worded as questions", () => {
  it("asks who won the latest election, the name in readable capitals", () => {
    const list = cards([
      "Executive branch (election results): 2023: Ilse VARGA elected president in second round; percent of vote in first round - Ilse VARGA (NLP) 41.2%, Tomas EDER (independent) 30.1%, Oda KORVEL (independent) 20.5%, other 8.2%",
    ]);
    expect(list).toContain("Who was elected president of Norvania in 2023? => Ilse Varga");
    expect(list.some((c) => c.includes("41.2%") || c.includes("____"))).toBe(false);
  });

  it("asks what a person from the country is called, and the history of a constitution as its part", () => {
    const list = cards([
      "Nationality (noun): Norvanian(s)",
      "Constitution (history): latest adopted by referendum on 12 March 1999",
      "Area (land): 41,200 sq km",
    ]);
    expect(list).toContain("What is a person from Norvania called? => Norvanian");
    expect(list.some((c) => c.startsWith("What is the history of Norvania's constitution?"))).toBe(true);
    expect(list).toContain("What is the land area of Norvania? => 41,200 sq km");
  });

  it("splits a highest point into its name and its height without an aside, and skips sea level", () => {
    const list = cards(["Elevation (highest point): Mount Treva 3,104 m", "Elevation (lowest point): Lake Ors 0 m"]);
    expect(list).toContain("What is the highest point of Norvania? => Mount Treva");
    expect(list).toContain("What is the elevation of the highest point of Norvania? => 3,104 m");
    expect(list).toContain("What is the lowest point of Norvania? => Lake Ors");
    expect(list.some((c) => c.endsWith("=> 0 m"))).toBe(false);
  });

  it("asks nothing of nationality-law boilerplate, clock rules or a row's notes read as prose", () => {
    const list = cards([
      "Citizenship (citizenship by descent only): at least one parent must be a citizen of Norvania",
      "Capital (daylight saving time): +1hr, begins last Sunday in March; ends last Sunday in October",
      "National anthem(s) (history): music adopted 1901, lyrics adopted 1921; the second verse was dropped in 1990",
    ]);
    expect(list).toEqual([]);
  });

  it("asks a share with a longer part name", () => {
    const list = cards([
      "Electricity generation sources (biomass and waste): 3.4% of total installed capacity (2023 est.)",
    ]);
    expect(list).toContain(
      "What share of Norvania's electricity generation sources is biomass and waste in 2023? => 3.4% of total installed capacity",
    );
  });
});

describe("a fact sheet's ranked lists", () => {
  it("asks for the leading item and, where given, its share; a long list is not asked whole", () => {
    const list = cards([
      "Ethnic groups: Norvanian 61.2%, Ostrian 14.8%, Pell 9.1%, Varo 5.5%, Lund 3.3%, Ket 2.1%, Asca 1.9%, other 2.1% (2020 est.)",
      "Religions: Orthodox 54.3% (Old Rite 12.1%, New Rite 42.2%), Muslim 30.2%, none 15.5% (2020 est.)",
      "Exports - partners: Ostria 31%, Pellund 12%, Varo 9% (2023)",
      "Exports - commodities: timber, wool, copper ore (2023)",
    ]);
    expect(list).toContain("What is the largest ethnic group in Norvania? => Norvanian");
    expect(list).toContain("What share of Norvania's population is Norvanian? => 61.2%");
    expect(list).toContain("What is the largest religion in Norvania? => Orthodox");
    expect(list).toContain("What share of Norvania's population is Orthodox? => 54.3%");
    expect(list).toContain("Which country is the largest buyer of Norvania's exports? => Ostria");
    expect(list).toContain("What is Norvania's leading export? => timber");
    expect(list.some((c) => c.startsWith("What are the ethnic groups"))).toBe(false);
  });
});

describe("fact-sheet labels that are no part of the subject", () => {
  it("makes no card of a list-order note or of a value of several courts", () => {
    const list = cards([
      "Major rivers (by length in km): Ors river mouth (shared with Ostria [s]) - 1,200 km",
      "Judicial branch (subordinate courts): High Court or Hofrett; 6 district courts; Labour Court",
    ]);
    expect(list.some((c) => /by length|subordinate courts of/.test(c))).toBe(false);
  });
});
