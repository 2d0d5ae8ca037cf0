// The per-student progress table as CSV, for spreadsheets and grade books.
import { toSpreadsheetCsv } from "@/lib/export/csv";
import type { StudentProgress } from "./class-progress";

export function studentProgressCsv(rows: StudentProgress[]): string {
  return toSpreadsheetCsv(
    rows.map((r) => ({
      name: r.name ?? "",
      email: r.email,
      cards_introduced: r.cardsIntroduced,
      total_cards: r.totalCards,
      reviews_last_7_days: r.reviewsLast7Days,
      predicted_recall_on_due_date: r.predictedRecall.toFixed(3),
      new_cards_per_day_needed: r.newPerDayNeeded,
      last_active: r.lastActive ?? "",
      status: r.status,
    })),
  );
}
