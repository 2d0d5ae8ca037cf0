// Turns the text of a deck folder into a validated Deck, or a list of problems that each name
// the file, the fact id and the field. Pure: the caller reads the files.
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import { deckFileSchema, factFileSchema, factSchema, type Deck, type Fact } from "./schema";

export type ContentFile = { name: string; text: string };
export type ContentProblem = { file: string; factId?: string; field?: string; message: string };
export type LoadResult = { ok: true; deck: Deck } | { ok: false; problems: ContentProblem[] };

function fieldPath(path: PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

function zodProblems(file: string, error: z.ZodError, factId?: string): ContentProblem[] {
  return error.issues.map((issue) => ({ file, factId, field: fieldPath(issue.path), message: issue.message }));
}

function parseYamlFile(file: ContentFile): { value?: unknown; problem?: ContentProblem } {
  try {
    return { value: parseYaml(file.text, { prettyErrors: true, uniqueKeys: true }) };
  } catch (e) {
    const message = e instanceof YAMLParseError ? e.message.split("\n")[0] : String(e);
    return { problem: { file: file.name, message: `not valid YAML: ${message}` } };
  }
}

export function loadDeck(deckFile: ContentFile, factFiles: ContentFile[]): LoadResult {
  const problems: ContentProblem[] = [];
  const parsedDeck = parseYamlFile(deckFile);
  if (parsedDeck.problem) return { ok: false, problems: [parsedDeck.problem] };
  const meta = deckFileSchema.safeParse(parsedDeck.value);
  if (!meta.success) return { ok: false, problems: zodProblems(deckFile.name, meta.error) };

  const sourceKeys = new Set(meta.data.sources.map((s) => s.key));
  const facts: Fact[] = [];
  const firstSeen = new Map<string, string>();

  for (const file of factFiles) {
    const parsed = parseYamlFile(file);
    if (parsed.problem) {
      problems.push(parsed.problem);
      continue;
    }
    const shape = factFileSchema.safeParse(parsed.value);
    if (!shape.success) {
      problems.push(...zodProblems(file.name, shape.error));
      continue;
    }
    shape.data.facts.forEach((raw, index) => {
      const rawId = typeof raw === "object" && raw && "id" in raw ? String(raw.id) : `#${index + 1}`;
      const fact = factSchema.safeParse(raw);
      if (!fact.success) {
        problems.push(...zodProblems(file.name, fact.error, rawId));
        return;
      }
      const f = fact.data;
      const earlier = firstSeen.get(f.id);
      if (earlier) {
        problems.push({
          file: file.name,
          factId: f.id,
          field: "id",
          message: `duplicate id, first used in ${earlier}`,
        });
        return;
      }
      firstSeen.set(f.id, file.name);
      if (!sourceKeys.has(f.source)) {
        problems.push({ file: file.name, factId: f.id, field: "source", message: `unknown source key "${f.source}"` });
        return;
      }
      facts.push(f);
    });
  }

  // A conflict group records that sources disagree, so it needs at least two versions.
  const groups = new Map<string, Fact[]>();
  for (const f of facts) if (f.conflict) groups.set(f.conflict, [...(groups.get(f.conflict) ?? []), f]);
  for (const [group, members] of groups) {
    const only = members[0];
    if (only && members.length < 2) {
      problems.push({
        file: firstSeen.get(only.id) ?? deckFile.name,
        factId: only.id,
        field: "conflict",
        message: `conflict group "${group}" has only this fact; a conflict needs two versions`,
      });
    }
  }

  if (facts.length === 0 && problems.length === 0) {
    problems.push({ file: deckFile.name, message: "the deck has no facts" });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, deck: { ...meta.data, facts } };
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.factId && `fact ${p.factId}`, p.field && `field ${p.field}`].filter(Boolean).join(", ");
  return `${where}: ${p.message}`;
}
