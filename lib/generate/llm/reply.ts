// What a model must answer: facts as JSON, each with its evidence quoted word for word. The zod
// schema checks the reply; the JSON schema is sent to servers that support structured output.
import { z } from "zod";
import { FACT_KINDS } from "@/lib/content/schema";

export const modelFactSchema = z.object({
  kind: z.enum(FACT_KINDS),
  question: z.string().trim().min(8).max(300),
  answer: z.string().trim().min(1).max(160),
  accept: z.array(z.string().trim().min(1).max(160)).max(8).default([]),
  explanation: z.string().trim().max(400).default(""),
  evidence: z.string().trim().min(8).max(1200),
});

export const modelReplySchema = z.object({ facts: z.array(modelFactSchema).max(60) });

export type ModelFact = z.output<typeof modelFactSchema>;

export const MODEL_REPLY_JSON_SCHEMA: Record<string, unknown> = {
  type: "object",
  additionalProperties: false,
  required: ["facts"],
  properties: {
    facts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["kind", "question", "answer", "accept", "explanation", "evidence"],
        properties: {
          kind: { type: "string", enum: [...FACT_KINDS] },
          question: { type: "string" },
          answer: { type: "string" },
          accept: { type: "array", items: { type: "string" } },
          explanation: { type: "string" },
          evidence: { type: "string" },
        },
      },
    },
  },
};

export type ReplyProblem = { problem: "not-json" | "wrong-shape"; message: string };

/**
 * Reads a model's reply. Models sometimes wrap JSON in a code fence or a sentence; the first JSON
 * object in the text is taken. Facts that do not match the schema are dropped one by one and
 * counted, so one bad fact does not cost the whole chunk.
 */
export function readModelReply(content: string): { facts: ModelFact[]; malformedFacts: number } | ReplyProblem {
  const text = content.trim().replace(/^```(?:json)?\s*|\s*```$/g, "");
  const first = text.indexOf("{");
  const last = text.lastIndexOf("}");
  if (first < 0 || last <= first) return { problem: "not-json", message: "The reply holds no JSON object." };
  let json: unknown;
  try {
    json = JSON.parse(text.slice(first, last + 1));
  } catch {
    return { problem: "not-json", message: "The reply is not valid JSON." };
  }
  const outer = z.object({ facts: z.array(z.unknown()) }).safeParse(json);
  if (!outer.success) return { problem: "wrong-shape", message: "The reply has no list of facts." };
  const facts: ModelFact[] = [];
  let malformedFacts = 0;
  for (const raw of outer.data.facts) {
    const fact = modelFactSchema.safeParse(raw);
    if (fact.success) facts.push(fact.data);
    else malformedFacts++;
  }
  return { facts, malformedFacts };
}
