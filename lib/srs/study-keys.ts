// The study page's keyboard shortcuts, as a pure rule: which key does what, given where the focus is.
// Space and Enter belong to whatever control has the focus (a link, a card action, the nav): they
// show the answer only when no control was reached with the keyboard, so Tab-then-Enter on
// "Suspend" suspends, while Space after clicking "Bury" with the mouse still shows the next answer.

export type StudyKeyAction = { kind: "reveal" } | { kind: "rate"; rating: 1 | 2 | 3 | 4 } | { kind: "undo" } | null;

export type StudyKeyInput = {
  key: string;
  /** The focused element's tag name (upper case, as the DOM gives it), if any. */
  targetTag: string | undefined;
  /** The focused element is contenteditable. */
  editable?: boolean;
  /** The focused element shows keyboard focus (:focus-visible), i.e. it was reached with the keyboard. */
  focusVisible: boolean;
  modifier: boolean;
  revealed: boolean;
  hasCard: boolean;
};

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);
/** Controls that act on Space or Enter themselves. */
const CONTROLS = new Set(["A", "BUTTON", "SUMMARY", ...TYPING]);

export function studyKeyAction(input: StudyKeyInput): StudyKeyAction {
  if (input.modifier) return null;
  const tag = input.targetTag ?? "";
  // Letters and digits typed into a field are the answer, not shortcuts.
  if (TYPING.has(tag) || input.editable) return null;
  const { key } = input;
  if (key === " " || key === "Enter") {
    return input.hasCard && !input.revealed && !(CONTROLS.has(tag) && input.focusVisible) ? { kind: "reveal" } : null;
  }
  if (input.hasCard && input.revealed && (key === "1" || key === "2" || key === "3" || key === "4")) {
    return { kind: "rate", rating: Number(key) as 1 | 2 | 3 | 4 };
  }
  if (key === "z" || key === "Z") return { kind: "undo" };
  return null;
}
