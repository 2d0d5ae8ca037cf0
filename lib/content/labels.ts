// Labels for the fact form's choices. Typed against the content schema, so a new kind or status
// fails the type check until it has a label; kept apart from the schema so the client form does
// not ship zod.
import type { FactKind, Transfer } from "@/lib/content/schema";

export const KIND_LABELS: Record<FactKind, string> = {
  date: "Date",
  treaty: "Treaty provision",
  constitution: "Constitutional article",
  "arms-transfer": "Arms transfer",
  figure: "Figure",
  event: "Event",
  person: "Person",
  organisation: "Organisation",
  place: "Place",
  concept: "Concept",
};

export const TRANSFER_STATUS_LABELS: Record<Transfer["status"], string> = {
  delivered: "Delivered",
  withheld: "Withheld",
  reported: "Reported",
  planned: "Planned",
  cancelled: "Cancelled",
};
