import { describe, expect, it } from "vitest";
import { noiseSigns } from "@/lib/generate/rank";

describe("noiseSigns", () => {
  it("counts nothing in a clean sentence", () => {
    expect(noiseSigns("The ferry to the island leaves at 9 every morning.")).toBe(0);
  });

  it("sees a footnote number glued to a word or a stop", () => {
    expect(noiseSigns("The harbour was rebuilt twice.14 It reopened later.")).toBe(1);
    expect(noiseSigns("The harbour was rebuilt twice14 before the war.")).toBe(1);
    expect(noiseSigns("The harbour was rebuilt twice14")).toBe(1);
  });

  it("does not take a model's number for a footnote", () => {
    expect(noiseSigns("The board ran on an ARMv7 chip and spoke HTML5 fluently.")).toBe(0);
    expect(noiseSigns("The Pre-war model was the Mark-ii7 version.")).toBe(0);
  });

  it("sees markup, glued sentences, shouting and a broken start", () => {
    expect(noiseSigns("The river <b>floods</b> in spring.")).toBe(1);
    expect(noiseSigns("The river floods in spring.Then it dries out.")).toBe(1);
    expect(noiseSigns("The river floods in spring. Then it dries out.")).toBe(0);
    expect(noiseSigns("AA BB CC DD EE FF GG are codes for the river gauges.")).toBe(1);
    expect(noiseSigns("and then the river floods in spring.")).toBe(1);
  });
});
