// Anki cloze notes: "{{c1::Canberra}} is the capital of {{c2::Australia::a country}}". Each cloze
// number is one card; here each becomes one fact whose prompt blanks that number's deletions and
// shows the others, whose answer is what was blanked, and whose explanation is the full sentence.
import { fieldText } from "./field-text";

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export const CLOZE_PROMPT_BLANK = "[...]";

export type ClozeDeletion = { number: number; prompt: string; answer: string; full: string };

/** The cloze numbers used in a field, ascending. */
export function clozeNumbers(html: string): number[] {
  const numbers = new Set<number>();
  for (const m of html.matchAll(CLOZE)) numbers.add(Number(m[1]));
  return [...numbers].filter((n) => n > 0).sort((a, b) => a - b);
}

/** One deletion per cloze number, as plain text. */
export function clozeDeletions(html: string): ClozeDeletion[] {
  const full = fieldText(html.replace(CLOZE, (_m, _n: string, content: string) => content));
  return clozeNumbers(html).map((number) => {
    const answers: string[] = [];
    const promptHtml = html.replace(CLOZE, (_m, n: string, content: string, hint: string | undefined) => {
      if (Number(n) !== number) return content;
      answers.push(fieldText(content));
      return hint && fieldText(hint) !== "" ? `[${fieldText(hint)}]` : CLOZE_PROMPT_BLANK;
    });
    const unique = [...new Set(answers.filter((a) => a !== ""))];
    return { number, prompt: fieldText(promptHtml), answer: unique.join(", "), full };
  });
}
