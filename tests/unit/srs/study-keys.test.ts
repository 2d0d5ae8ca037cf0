import { describe, expect, it } from "vitest";
import { studyKeyAction, type StudyKeyInput } from "@/lib/srs/study-keys";

const base: StudyKeyInput = {
  key: " ",
  targetTag: "BODY",
  focusVisible: true,
  modifier: false,
  revealed: false,
  hasCard: true,
};
const act = (over: Partial<StudyKeyInput>) => studyKeyAction({ ...base, ...over });

describe("studyKeyAction", () => {
  it("shows the answer on Space or Enter when nothing focused would take the key", () => {
    expect(act({ key: " " })).toEqual({ kind: "reveal" });
    expect(act({ key: "Enter", targetTag: "SECTION" })).toEqual({ kind: "reveal" });
    expect(act({ key: " ", targetTag: undefined })).toEqual({ kind: "reveal" });
  });

  it("leaves Space and Enter to a focused link or button (Tab to Suspend, Enter suspends)", () => {
    for (const targetTag of ["A", "BUTTON", "SUMMARY"]) {
      expect(act({ key: "Enter", targetTag })).toBe(null);
      expect(act({ key: " ", targetTag })).toBe(null);
    }
  });

  it("shows the answer when the focused button was clicked with the mouse, not reached with the keyboard", () => {
    expect(act({ key: " ", targetTag: "BUTTON", focusVisible: false })).toEqual({ kind: "reveal" });
    expect(act({ key: "Enter", targetTag: "BUTTON", focusVisible: false, revealed: true })).toBe(null);
  });

  it("rates 1–4 only once the answer is shown", () => {
    expect(act({ key: "3" })).toBe(null);
    expect(act({ key: "3", revealed: true })).toEqual({ kind: "rate", rating: 3 });
    expect(act({ key: "1", revealed: true, targetTag: "BUTTON" })).toEqual({ kind: "rate", rating: 1 });
    expect(act({ key: "5", revealed: true })).toBe(null);
  });

  it("undoes on z, also with a button focused", () => {
    expect(act({ key: "z" })).toEqual({ kind: "undo" });
    expect(act({ key: "Z", targetTag: "BUTTON", revealed: true })).toEqual({ kind: "undo" });
  });

  it("still undoes on the done screen, where there is no card to show or rate", () => {
    expect(act({ key: "z", hasCard: false })).toEqual({ kind: "undo" });
    expect(act({ key: "3", hasCard: false, revealed: true })).toBe(null);
  });

  it("ignores keys typed into a field, with a modifier, or with no card on screen", () => {
    expect(act({ key: "z", targetTag: "INPUT" })).toBe(null);
    expect(act({ key: "Enter", targetTag: "INPUT" })).toBe(null);
    expect(act({ key: "2", targetTag: "TEXTAREA", revealed: true })).toBe(null);
    expect(act({ key: "z", editable: true })).toBe(null);
    expect(act({ key: "z", modifier: true })).toBe(null);
    expect(act({ key: " ", hasCard: false })).toBe(null);
  });
});
