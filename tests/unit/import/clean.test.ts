import { describe, expect, it } from "vitest";
import { cleanDocumentText as clean } from "@/lib/import/clean";

describe("cleanDocumentText: footnote markers", () => {
  it("drops numbers glued to the end of a sentence", () => {
    expect(clean("The bridge opened after nine years.4 Its span is 86 metres.12")).toBe(
      "The bridge opened after nine years. Its span is 86 metres.",
    );
    expect(clean("The delegation flew to Oslo.23 Talks began the next day.")).toBe(
      "The delegation flew to Oslo. Talks began the next day.",
    );
    expect(clean("He called the plan “hopeless.”3 Nobody agreed.")).toBe(
      "He called the plan “hopeless.” Nobody agreed.",
    );
    expect(clean("It rained (in March 2021).7 Later it froze.")).toBe("It rained (in March 2021). Later it froze.");
    expect(clean("The mill closed, then reopened,2 and closed again.")).toBe(
      "The mill closed, then reopened, and closed again.",
    );
  });

  it("drops a note number after a year only where a new sentence follows", () => {
    expect(clean("Output fell to 12 tonnes by 2019.5 Then it recovered.")).toBe(
      "Output fell to 12 tonnes by 2019. Then it recovered.",
    );
    expect(clean("Output fell to 12 tonnes by 2019.5")).toBe("Output fell to 12 tonnes by 2019.");
  });

  it("keeps decimals, thousands, dates and numbered abbreviations", () => {
    const kept = [
      "The rate was 3.75 percent and 400,000 people voted.",
      "Version 2.5 shipped on Jul.14, 2025 with 1,250 fixes.",
      "See Vol.3 and No.5 of the series, and p.12 for the map.",
      "The score was 10:30 at half time.",
      "Published on Jun.30,2025 in the bulletin.",
    ];
    for (const line of kept) expect(clean(line)).toBe(line);
  });

  it("drops bracketed, caret and superscript markers", () => {
    expect(clean("The dam holds 40 million cubic metres [12]. It was finished in 1961 [3, 4].")).toBe(
      "The dam holds 40 million cubic metres. It was finished in 1961.",
    );
    expect(clean("Three towns were flooded [5–7] that spring.")).toBe("Three towns were flooded that spring.");
    expect(clean("The survey took eleven weeks^3 in total.")).toBe("The survey took eleven weeks in total.");
    expect(clean("A kilobyte is 10^3 bytes here.")).toBe("A kilobyte is 10^3 bytes here.");
    expect(clean("The harbour was dredged twice.¹² Ships returned.")).toBe(
      "The harbour was dredged twice. Ships returned.",
    );
    expect(clean("The lake covers 12 km² and the hall 400 m².")).toBe("The lake covers 12 km² and the hall 400 m².");
  });

  it("drops footnote asterisks and daggers but keeps list bullets", () => {
    expect(clean("Anna Berg\\*\n\\*Corresponding Author Email: anna@example.org")).toBe("Anna Berg");
    expect(clean("The figure is an estimate.† Others differ.")).toBe("The figure is an estimate. Others differ.");
    expect(clean("* first point\n* second point")).toBe("- first point\n- second point");
  });

  it("drops reference-list link labels", () => {
    expect(clean("- Doe, J. (2020). Rivers of the North. Field Press. [Google Scholar] [Publisher]")).toBe(
      "- Doe, J. (2020). Rivers of the North. Field Press.",
    );
  });
});

describe("cleanDocumentText: markup", () => {
  it("unescapes markdown and removes its syntax, keeping the words", () => {
    expect(clean("Costs rose to \\$40 billion; file LV\\_03 is in box \\#7.")).toBe(
      "Costs rose to $40 billion; file LV_03 is in box #7.",
    );
    expect(clean("# The Survey\n\n## 2. Methods.\n\nWe used *two* boats and **one** crane.")).toBe(
      "The Survey\n\n2. Methods\n\nWe used two boats and one crane.",
    );
    expect(clean('See [the map](https://example.org/map "Map") and ![a photo](p.jpg) here.')).toBe(
      "See the map and here.",
    );
    expect(clean("The pier was rebuilt in 1911.[^1]\n\n[^1]: Council minutes.")).toBe(
      "The pier was rebuilt in 1911.\n\n1 Council minutes.",
    );
    expect(clean("A rule follows.\n\n---\n\nThen text.")).toBe("A rule follows.\n\nThen text.");
  });

  it("decodes HTML entities, including double-escaped ones", () => {
    expect(clean("Smith &amp; Sons&#8217; yard opened 3&ndash;9 May &quot;as planned&quot;.")).toBe(
      'Smith & Sons’ yard opened 3–9 May "as planned".',
    );
    expect(clean("The mayor&amp;rsquo;s office, &#x201C;quoted&#x201D;, caf&eacute; &Eacute;cole.")).toBe(
      "The mayor’s office, “quoted”, café École.",
    );
    expect(clean("Old pages write &#150; and &#146; for dashes and quotes.")).toBe(
      "Old pages write – and ’ for dashes and quotes.",
    );
    expect(clean("An unknown &madeup; entity stays.")).toBe("An unknown &madeup; entity stays.");
  });

  it("removes footnote <sup> and inline tags, keeping other raised text", () => {
    expect(
      clean('The canal<sup>3</sup> opened<sup><a href="#n4">4</a></sup>. It was the 1<sup>st</sup> of its kind.'),
    ).toBe("The canal opened. It was the 1st of its kind.");
    expect(clean('<sup>&</sup>lt;sup>2</sup> A note, <a href="https://x.org">https://x.org</a>.')).toBe(
      "A note, https://x.org.",
    );
    expect(clean("Line one<br>line two <!-- hidden -->")).toBe("Line one\nline two");
  });
});

describe("cleanDocumentText: lines", () => {
  it("keeps the first copy of a repeated line (headers, navigation)", () => {
    const text = "Harbour News\nThe ferry runs hourly.\nHarbour News\nThe cafe opens at nine.\nHarbour News";
    expect(clean(text)).toBe("Harbour News\nThe ferry runs hourly.\nThe cafe opens at nine.");
  });

  it("keeps repeated list furniture that has no words", () => {
    expect(clean("1.\nFirst\n1.\nSecond")).toBe("1.\nFirst\n1.\nSecond");
  });

  it("drops newsletter, image-credit, sharing and cookie lines", () => {
    const noise = [
      "Subscribe now to the monthly harbour newsletters",
      "If you want to subscribe to the Harbour Newsletter, please enter",
      "your e-mail",
      "Please enter your email address",
      "Image Source : Harbour Archive",
      "Photo credit: J. Doe",
      "Share this",
      "Share this article",
      "Read more",
      "This website uses cookies to give you the best experience.",
      "Accept all cookies",
      "First published in :",
      "Unlock more articles when you log in today.",
      "Become a member for unrestricted reading!",
      "Page 3 of 12",
      "- Share on Facebook",
    ];
    const text = ["The harbour was dredged in 1998.", ...noise, "The lighthouse dates from 1850."].join("\n");
    expect(clean(text)).toBe("The harbour was dredged in 1998.\nThe lighthouse dates from 1850.");
  });

  it("keeps sentences that only mention those words", () => {
    const kept = [
      "Readers who subscribe to the journal receive the maps.",
      "The museum shows a cookie jar from 1890.",
      "First published in: June 2024",
      "Share prices fell by 4% that week, analysts said.",
    ];
    for (const line of kept) expect(clean(line)).toBe(line);
  });

  it("collapses blank lines and whitespace and trims the text", () => {
    expect(clean("\n\n  Title  \r\n\r\n\r\n\r\nFirst   line\twith  tabs.  \n\n\n")).toBe(
      "Title\n\nFirst line with tabs.",
    );
  });

  it("drops the space a removed marker leaves before punctuation", () => {
    expect(clean("It carried ballistic missiles [4] .")).toBe("It carried ballistic missiles.");
  });
});

describe("cleanDocumentText: unicode", () => {
  it("normalises to NFC and keeps curly quotes and dashes", () => {
    expect(clean("Cafe\u0301 “Central” opened June 13–24, 2025 — briefly.")).toBe(
      "Café “Central” opened June 13–24, 2025 — briefly.",
    );
  });

  it("removes invisible characters and maps odd spaces, hyphens and ligatures", () => {
    expect(clean("A\u00a0B\u200bC\u00ad D\u2011E \ufb01nal\ufeff")).toBe("A BC D-E final");
  });

  it("removes decorative emoji but keeps symbols that are text", () => {
    expect(clean("🧭 Summary\n💰 C. Economic Ties\n⛓️ A. Distrust\nIran → Russia © 2025 ™")).toBe(
      "Summary\nC. Economic Ties\nA. Distrust\nIran → Russia © 2025 ™",
    );
  });
});

describe("cleanDocumentText: idempotence", () => {
  const fragments = [
    "The quay was built in 1888.4",
    "&amp;amp;",
    "\\*",
    "<sup>&</sup>lt;sup>3</sup>",
    "[12]",
    "# Heading.",
    "Image Source : X",
    "*emphasis*",
    "**",
    "\\\\*",
    "¹",
    "m²",
    "Repeated line",
    "",
    "   ",
    "2020.5",
    "Moscow.23",
    "[^1]: note",
    "&lt;sup&gt;4&lt;/sup&gt;",
    "🧭",
    "- item",
    "“quoted” 3–9",
  ];

  it("gives the same text when cleaned twice, over many mixtures of noise", () => {
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state;
    };
    for (let sample = 0; sample < 300; sample++) {
      const parts: string[] = [];
      const length = 3 + (next() % 12);
      for (let i = 0; i < length; i++) {
        const separator = [" ", "\n", "", "\n\n"][next() % 4];
        parts.push(fragments[next() % fragments.length]! + separator);
      }
      const once = clean(parts.join(""));
      expect(clean(once), JSON.stringify(parts.join(""))).toBe(once);
    }
  });
});
