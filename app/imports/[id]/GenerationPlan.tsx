// Before a model sees the documents: what it will cost, with a way to start or to cancel.
import type { GeneratorDescription } from "@/lib/llm/generate-document";
import { ActionButton } from "@/app/components/ActionButton";
import { GeneratorNotice } from "../GeneratorNotice";
import { cancelImportAction, startImportAction } from "./actions";

export function GenerationPlan({
  importId,
  estimatedTokens,
  generator,
}: {
  importId: string;
  estimatedTokens: number;
  generator: GeneratorDescription;
}) {
  const budget = generator.kind === "llm" ? generator.tokenBudget : 0;
  return (
    <section className="panel stack" aria-labelledby="plan-heading" data-testid="generation-plan">
      <h2 id="plan-heading">Ready to draft cards</h2>
      <GeneratorNotice generator={generator} />
      <p>
        This import will use about <strong>{estimatedTokens.toLocaleString("en")}</strong> tokens
        {budget > 0 && ` of its ${budget.toLocaleString("en")}-token budget`}.
        {estimatedTokens > budget &&
          budget > 0 &&
          " The parts past the budget get cards from the built-in generator instead."}
      </p>
      <div className="row">
        <ActionButton action={startImportAction.bind(null, importId)} className="primary" label="Start drafting" />
        <ActionButton action={cancelImportAction.bind(null, importId)} label="Cancel" />
      </div>
    </section>
  );
}
