// Input shapes of the deck export and deck-file import routes and forms.
import { z } from "zod";
import { columnMappingSchema } from "@/lib/import/csv/mapping";

export const EXPORT_FORMATS = ["apkg", "csv", "yaml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "format must be apkg, csv or yaml" }),
});

export const deckRefSchema = z.string().min(1).max(120);

export const remapBodySchema = z.object({ mapping: columnMappingSchema });
