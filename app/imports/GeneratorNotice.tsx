// Says which generator will write the cards and where the document goes: a person importing a
// reading should know whether it leaves this server.
import type { GeneratorDescription } from "@/lib/llm/generate-document";

export function GeneratorNotice({ generator }: { generator: GeneratorDescription }) {
  if (generator.kind === "rules") {
    return (
      <p className="small muted" data-testid="generator-notice">
        Cards are drafted on this server by SourceDeck&apos;s built-in generator; your documents are not sent anywhere.
      </p>
    );
  }
  return (
    <p className="small muted" data-testid="generator-notice">
      Cards are drafted by the language model <strong>{generator.model}</strong> at {generator.host}
      {generator.local ? " (on this machine)." : "."}{" "}
      {!generator.local && <strong>Documents you import are sent to that server. </strong>}
      Every model card must quote the document, and the quote is checked before you see it. An import may use up to{" "}
      {generator.tokenBudget.toLocaleString("en")} tokens.
    </p>
  );
}
