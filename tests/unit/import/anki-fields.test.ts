import { describe, expect, it } from "vitest";
import { clozeDeletions, clozeNumbers } from "@/lib/import/anki/cloze";
import { escapeFieldHtml, fieldText, hasOnlyMedia, unescapeFieldHtml } from "@/lib/import/anki/field-text";

describe("fieldText", () => {
  it("drops tags and decodes entities", () => {
    expect(fieldText("The <b>largest</b> planet&nbsp;is &quot;Jupiter&quot; &amp; more")).toBe(
      'The largest planet is "Jupiter" & more',
    );
  });
  it("removes scripts, images and sound references and collapses whitespace", () => {
    expect(fieldText("<script>alert(1)</script>Gold<br><img src=x onerror=alert(1)> [sound:au.mp3]")).toBe("Gold");
    expect(fieldText("<div>one</div><div>two</div>")).toBe("one two");
  });
  it("keeps text that looks like markup when it was escaped", () => {
    expect(fieldText("a &lt;b&gt; c")).toBe("a <b> c");
  });
  it("tells media-only fields apart", () => {
    expect(hasOnlyMedia('<img src="flag.png">')).toBe(true);
    expect(hasOnlyMedia("[sound:x.mp3]")).toBe(true);
    expect(hasOnlyMedia("Japan")).toBe(false);
  });
  it("escapes and unescapes exactly", () => {
    const text = `5 < 6 & "quotes" > 'single'`;
    expect(unescapeFieldHtml(escapeFieldHtml(text))).toBe(text);
    expect(escapeFieldHtml(text)).not.toMatch(/[<>"]/);
  });
});

describe("cloze deletions", () => {
  const html = "{{c1::Ottawa}} is the capital of {{c2::Canada::a country}}; {{c1::Ottawa}} lies on a <i>river</i>.";
  it("lists the cloze numbers", () => {
    expect(clozeNumbers(html)).toEqual([1, 2]);
  });
  it("blanks one number, shows the others, and answers with what was blanked", () => {
    const [c1, c2] = clozeDeletions(html);
    expect(c1).toEqual({
      number: 1,
      prompt: "[...] is the capital of Canada; [...] lies on a river.",
      answer: "Ottawa",
      full: "Ottawa is the capital of Canada; Ottawa lies on a river.",
    });
    expect(c2?.prompt).toBe("Ottawa is the capital of [a country]; Ottawa lies on a river.");
    expect(c2?.answer).toBe("Canada");
  });
  it("finds nothing in text without cloze markers", () => {
    expect(clozeDeletions("plain text")).toEqual([]);
  });
});
