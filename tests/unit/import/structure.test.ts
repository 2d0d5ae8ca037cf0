// The structure pass, on text written for these tests (through cleanDocumentText, as an import runs it).
import { describe, expect, it } from "vitest";
import { cleanDocumentText as clean } from "@/lib/import/clean";
import { formulaText, htmlToPlainText } from "@/lib/import/readers";
import { keyValueLine } from "@/lib/import/structure";

describe("hard-wrapped paragraphs", () => {
  it("joins the lines of a paragraph wrapped at a fixed width, keeping paragraphs apart", () => {
    const wrapped = [
      "The old lighthouse on the northern cape was first lit in the spring of",
      "1872, after four years of work by a crew of eleven masons from the town.",
      "",
      "Its lamp burned whale oil until 1901.",
    ].join("\n");
    expect(clean(wrapped)).toBe(
      "The old lighthouse on the northern cape was first lit in the spring of 1872, after four years of work by a crew of eleven masons from the town.\n\nIts lamp burned whale oil until 1901.",
    );
  });
  it("joins a short line that stops mid-phrase ('SA-5 and' / 'SA-6')", () => {
    expect(clean("The battery fielded SA-5 and\nSA-6 launchers near the coast.")).toBe(
      "The battery fielded SA-5 and SA-6 launchers near the coast.",
    );
    expect(clean("The ferry called at Tromsø,\nHammerfest and Vardø.")).toBe(
      "The ferry called at Tromsø, Hammerfest and Vardø.",
    );
  });
  it("keeps a hyphen at a wrap and joins without a space", () => {
    expect(
      clean("The survey was carried out by the harbour board and its co-\nworkers over three summers in a row."),
    ).toBe("The survey was carried out by the harbour board and its co-workers over three summers in a row.");
  });
  it("leaves headings, list items and key–value lines on their own lines", () => {
    const text =
      "HARBOUR WORKS.\nThe pier was rebuilt in 1930 after a storm had torn away its seaward end.\n- first item of a list\n- second item";
    expect(clean(text)).toBe(text);
  });
});

describe("glued sentences", () => {
  it("splits a sentence end glued to the next sentence", () => {
    expect(clean("The council kept its commitments.The port reopened in 2019.Trade grew.")).toBe(
      "The council kept its commitments. The port reopened in 2019. Trade grew.",
    );
  });
  it("leaves abbreviations, domains and designators alone", () => {
    for (const line of [
      "The U.S.A. signed first.",
      "See mozilla.org for details.",
      "It plays H.264 video.",
      "Node.js runs it.",
    ]) {
      expect(clean(line)).toBe(line);
    }
  });
});

describe("key–value lines", () => {
  it("normalises a bulleted or glued key and value into one Key: Value line", () => {
    expect(keyValueLine("- Signed: 12 August 2018")).toBe("Signed: 12 August 2018");
    expect(keyValueLine("Nameplate capacity915 MW")).toBe("Nameplate capacity: 915 MW");
    expect(keyValueLine("Opened:   4 May 1931")).toBe("Opened: 4 May 1931");
    expect(keyValueLine("Founded: May 4, 1931; 93 years ago (1931-05-04)")).toBe("Founded: May 4, 1931");
    expect(keyValueLine("The plan failed because the council refused to pay for it.")).toBeNull();
    expect(keyValueLine("Route 66 is long")).toBeNull();
  });
  it("keeps short key–value lines in the text", () => {
    expect(clean("Reservoir\n\n- Signed: 12 August 2018\nNameplate capacity915 MW")).toBe(
      "Reservoir\n\nSigned: 12 August 2018\nNameplate capacity: 915 MW",
    );
  });
  it("turns a fact sheet's fields and sub-fields into Key (sub): Value lines", () => {
    const sheet = [
      "Area",
      "total: 5,400 sq km",
      "land: 5,100 sq km",
      "",
      "Coastline",
      "310 km",
      "",
      "Capital",
      "name: Port Avel",
      "",
      "Elevation",
      "highest point: Mount Orr 1,204 m",
      "",
      "Population",
      "total: 81,000 (2024 est.)",
      "",
      "Background",
      "The island was settled in the ninth century. It became a republic in 1950.",
    ].join("\n");
    expect(clean(sheet).split("\n")).toEqual([
      "Area (total): 5,400 sq km",
      "Area (land): 5,100 sq km",
      "",
      "Coastline: 310 km",
      "",
      "Capital (name): Port Avel",
      "",
      "Elevation (highest point): Mount Orr 1,204 m",
      "",
      "Population (total): 81,000 (2024 est.)",
      "",
      "Background",
      "The island was settled in the ninth century. It became a republic in 1950.",
    ]);
  });
  it("keeps long field names with their sub-fields apart, and a value that runs onto its own lines", () => {
    const sheet = [
      "Area",
      "total: 5 sq km",
      "",
      "Coastline",
      "3 km",
      "",
      "Capital",
      "name: Avel",
      "",
      "GDP - composition, by sector of origin",
      "agriculture: 4% (2024 est.)",
      "industry: 19.4% (2024 est.)",
      "",
      "Executive branch",
      "chief of state: President Ana Ferro",
      "election results:",
      "2024: Ana Ferro elected",
      "",
    ].join("\n");
    expect(clean(sheet).split("\n").slice(6)).toEqual([
      "GDP - composition, by sector of origin (agriculture): 4% (2024 est.)",
      "GDP - composition, by sector of origin (industry): 19.4% (2024 est.)",
      "",
      "Executive branch (chief of state): President Ana Ferro",
      "Executive branch (election results): 2024: Ana Ferro elected",
    ]);
  });
  it("reads an HTML infobox row as Key: Value, a list inside the value as a comma-separated run", () => {
    const html =
      "<table class='infobox'><tr><th>Opened</th><td>4 May 1931</td></tr>" +
      "<tr><th>Operators</th><td><ul><li>Harbour Board</li><li>Town Council</li></ul></td></tr></table><p>The dam holds the river.</p>";
    expect(clean(htmlToPlainText(html))).toBe(
      "Opened: 4 May 1931\nOperators: Harbour Board, Town Council\n\nThe dam holds the river.",
    );
  });
});

describe("a whole saved page", () => {
  it("leaves out the footer, navigation landmarks and a wiki's category box and side panels", () => {
    const html =
      "<div id='mw-panel'><div id='p-lang'><ul><li>Dansk</li><li>Suomi</li></ul></div></div>" +
      "<div role='navigation'>Main page Random article</div>" +
      "<p>The weir was rebuilt in 1904 after the flood.</p>" +
      "<div id='catlinks' class='catlinks'>Categories: <ul><li>Weirs in Norland</li>" +
      "<li>Articles containing potentially dated statements from 2012</li></ul></div>" +
      "<footer><ul><li>This page was last edited on 2 May 2020.</li><li>Privacy policy</li></ul></footer>";
    expect(clean(htmlToPlainText(html))).toBe("The weir was rebuilt in 1904 after the flood.");
  });
  it("leaves out image captions, edit links, hatnotes, maintenance boxes and the table of contents", () => {
    const html =
      "<div role='note' class='hatnote'>For the river of the same name, see Norland River.</div>" +
      "<table class='ambox'><tr><td>This section needs additional citations for verification.</td></tr></table>" +
      "<div id='toc'><ul><li>1 History</li><li>2 Design</li></ul></div>" +
      "<h2>History<span class='mw-editsection'>[edit]</span></h2>" +
      "<div class='thumb'><div class='thumbcaption'>Visitors from the county council inspect the new sluice gates in 1998.</div></div>" +
      "<figure><img src='w.jpg'><figcaption>Engineers walk along the crest of the rebuilt weir.</figcaption></figure>" +
      "<p>The weir was rebuilt in 1904 after the flood.</p>";
    expect(clean(htmlToPlainText(html))).toBe("History\n\nThe weir was rebuilt in 1904 after the flood.");
  });
});

describe("formulas in a saved wiki page", () => {
  const math = (alt: string) =>
    `<span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;"><math><mi>x</mi><mo>&#x00AF;</mo></math></span><img class="mwe-math-fallback-image-inline" alt="${alt}" /></span>`;
  it("reads a lone symbol as written and marks a longer formula, never the hidden MathML", () => {
    const html = `<p>A lattice ${math("{\\displaystyle L}")} is modular if ${math("{\\displaystyle a\\leq b\\implies a\\vee (x\\wedge b)}")} holds.</p>`;
    expect(clean(htmlToPlainText(html))).toBe("A lattice L is modular if \u27E8formula\u27E9 holds.");
  });
  it("writes an index without its braces", () => {
    expect(formulaText("{\\displaystyle a_{ij}}")).toBe("a_ij");
    expect(formulaText("n")).toBe("n");
    expect(formulaText("{\\displaystyle \\lambda _{\\max }}")).toBe("\u27E8formula\u27E9");
  });
});

describe("lines about the document, not its subject", () => {
  it("drops bylines, date stamps, read times, affiliations, e-mail lines and licence boxes", () => {
    const text = [
      "The Harbour Works",
      "By Ana M. Ferreira.",
      "Published on: March 3, 2021",
      "6 min read",
      "",
      "The pier was rebuilt in 1930.",
      "",
      "Ana Ferreira is a lecturer at the School of Maritime History, University of Porto, Portugal",
      "ana.ferreira@example.org",
      "Competing interests: The author declares that no competing interests exist",
      "Copyright © 2021, Ferreira. This article is distributed under the terms of the Creative Commons Attribution License.",
    ].join("\n");
    expect(clean(text)).toBe("The Harbour Works\n\nThe pier was rebuilt in 1930.");
  });
  it("drops figure captions, illustration and footnote blocks, and image alt lines", () => {
    const text = [
      "The harbour had two basins.",
      "",
      "Figure 2. The inner basin in 1910, seen from the west",
      "pier at low tide.",
      "",
      "[Illustration: Fig. 3. Plan of the outer",
      "basin.]",
      "",
      "Harbour logo",
      "",
      "[Footnote 4: Town records, 1911.]",
      "",
      "The outer basin silted up by 1950.",
    ].join("\n");
    expect(clean(text)).toBe("The harbour had two basins.\n\nThe outer basin silted up by 1950.");
  });
  it("drops a newsletter box, calls to action and related-post lists at the end", () => {
    const body = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i + 1} tells how the pier was rebuilt, stone by stone.`,
    ).join("\n\n");
    const tail = [
      "Sign up for the Harbour newsletter",
      "All fields required",
      "More to explore",
      "How we rebuilt the lighthouse",
      "Talk to an expert",
    ];
    expect(clean(`${body}\n\n${tail.join("\n\n")}`)).toBe(body);
  });
  it("drops references and notes sections at the end, Wikipedia edit links and a contents list", () => {
    const text = [
      "Contents",
      "",
      "- 1 History",
      "- 2 Design",
      "- 3 References",
      "",
      "History[edit]",
      "",
      "The pier opened in 1890.[citation needed] It was rebuilt in 1930.",
      "",
      "Design[edit]",
      "",
      "Main article: Pier design",
      "",
      "The deck is 400 m long and 12 m wide.",
      "",
      "References[edit]",
      "",
      "1. ^ Town records, 1911.",
      "2. ^ Harbour Board minutes, 1930.",
    ].join("\n");
    expect(clean(text)).toBe(
      "History\n\nThe pier opened in 1890. It was rebuilt in 1930.\n\nDesign\n\nThe deck is 400 m long and 12 m wide.",
    );
  });
  it("keeps only the text inside a Project Gutenberg frame", () => {
    const text = [
      "The Project Gutenberg EBook of Harbour Works, by A. Ferreira",
      "",
      "Title: Harbour Works",
      "Release Date: May 1, 2005 [EBook #123]",
      "",
      "*** START OF THIS PROJECT GUTENBERG EBOOK HARBOUR WORKS ***",
      "",
      "The pier opened in 1890.",
      "",
      "*** END OF THIS PROJECT GUTENBERG EBOOK HARBOUR WORKS ***",
      "",
      "Updated editions will replace the previous one.",
    ].join("\n");
    expect(clean(text)).toBe("The pier opened in 1890.");
  });
  it("changes nothing when run again", () => {
    const text = "Area\ntotal: 5 sq km\n\nThe quay was\nrebuilt in 1930.Trade grew.\n\nFigure 1. A caption.";
    expect(clean(clean(text))).toBe(clean(text));
  });
});
