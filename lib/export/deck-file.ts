// One deck export as a downloadable file: bytes, type and name, for any of the three formats.
import { writeApkg } from "./apkg";
import { deckCsv } from "./deck-csv";
import type { DeckExport } from "./deck-export";
import { deckYamlZip } from "./deck-yaml";

export type ExportFile = { bytes: Uint8Array; contentType: string; fileName: string };

export function deckExportFile(
  deck: DeckExport,
  format: "apkg" | "csv" | "yaml",
  now: Date,
  dayStartHour: number,
): ExportFile {
  switch (format) {
    case "apkg":
      return {
        bytes: writeApkg(deck, now, dayStartHour),
        contentType: "application/octet-stream",
        fileName: `${deck.slug}.apkg`,
      };
    case "csv":
      return {
        bytes: new TextEncoder().encode(
          deckCsv(
            deck.facts.map((f) => f.fact),
            deck.sources,
          ),
        ),
        contentType: "text/csv; charset=utf-8",
        fileName: `${deck.slug}.csv`,
      };
    case "yaml":
      return {
        bytes: deckYamlZip({
          slug: deck.slug,
          title: deck.title,
          description: deck.description,
          sources: deck.sources,
          facts: deck.facts.map((f) => f.fact),
        }),
        contentType: "application/zip",
        fileName: `${deck.slug}-content.zip`,
      };
  }
}
