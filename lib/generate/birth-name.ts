// "She was born Maria Sklodowska in Warsaw": after "born", a name is the name at birth, not an
// object. Questions built on the clause keep it where it reads as nonsense ("When was Marie Curie
// born Maria Sklodowska in Warsaw?", "Whom was Marie Curie born in Warsaw?"); this writes them as
// a person would.

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:de|van|von|da|di|del|la|le|bin|ibn|al-)?\s*\p{Lu}[\p{L}'’-]+){0,3}`;
const BORN_NAME = new RegExp(String.raw`\bborn\s+(?:as\s+)?${NAME}(?=\s|\?)`, "u");

/** The question written without a birth name after "born"; null when it cannot be saved. */
export function withoutBirthName(prompt: string): string | null {
  if (prompt.includes("____")) return prompt;
  // "Whom was X born …?": the birth name was the answer.
  const whom = /^Whom\s+(was|were)\s+(.+?)\s+born\b.*\?$/u.exec(prompt);
  if (whom) return `Under what name ${whom[1]} ${whom[2]} born?`;
  if (!BORN_NAME.test(prompt)) return prompt;
  const fixed = prompt.replace(BORN_NAME, "born").replace(/\s+\?$/, "?");
  return /\bborn\b/.test(fixed) ? fixed : null;
}
