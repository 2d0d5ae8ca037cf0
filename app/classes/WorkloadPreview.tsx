"use client";
// The preview step of an assignment: the class's mean daily reviews as a chart, and per student their
// new cards per day, mean and peak reviews, minutes and predicted recall on the due date.
import { UPlotChart } from "../stats/UPlotChart";
import type { AssignmentWorkload } from "@/lib/srs/workload";

export function WorkloadPreview({
  preview,
}: {
  preview: AssignmentWorkload & { deck: { title: string; cards: number } };
}) {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return (
    <section className="stack" aria-label="Workload preview" data-testid="workload-preview">
      <h3>
        Workload until the due date: {preview.deck.title} ({preview.deck.cards} cards)
      </h3>
      {preview.students.length === 0 ? (
        <p className="hint">No students in this class yet.</p>
      ) : (
        <>
          <UPlotChart
            labels={preview.days.map((d) => d.slice(5))}
            series={[{ label: "mean reviews per student", values: preview.classMean, color: "#2f6fb0", kind: "bars" }]}
            height={160}
          />
          <table>
            <caption>
              Simulated with FSRS and each student&apos;s own parameters; the target is {pct(preview.target)} recall on
              the due date.
            </caption>
            <thead>
              <tr>
                <th scope="col">student</th>
                <th scope="col">new / day</th>
                <th scope="col">reviews / day</th>
                <th scope="col">busiest day</th>
                <th scope="col">minutes / day</th>
                <th scope="col">recall on due date</th>
              </tr>
            </thead>
            <tbody>
              {preview.students.map((s) => (
                <tr key={s.studentId}>
                  <th scope="row">{s.name}</th>
                  <td>
                    {s.newPerDay}
                    {s.overNewLimit ? " (above their limit)" : ""}
                  </td>
                  <td>{s.meanPerDay}</td>
                  <td>{s.peak}</td>
                  <td>{s.minutesPerDay}</td>
                  <td>
                    {pct(s.predictedRecall)} {s.meetsTarget ? "✓" : "below target"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
