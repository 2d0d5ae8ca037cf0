// The job table on both engines: one claim per job among racing workers, a crashed worker's job
// taken again when its lease runs out, retries with a limit, and the import job end to end.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { createImport, getImportStatus } from "@/lib/db/imports";
import { claimJob, completeJob, enqueueJob, failJob, getJob } from "@/lib/db/jobs";
import { IMPORT_JOB, jobHandlers } from "@/lib/jobs/handlers";
import { runOneJob } from "@/lib/jobs/worker";
import { engine, makeUser, resetDatabase } from "./helpers";

const NOW = new Date("2026-03-01T10:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe(`jobs (${engine})`, () => {
  beforeEach(async () => {
    await resetDatabase();
    const prisma = await db();
    await prisma.documentImport.deleteMany({});
  });
  afterAll(disconnectDb);

  it("ten racing workers claim each job exactly once", async () => {
    const ids = await Promise.all([1, 2, 3].map((i) => enqueueJob("test", { i }, { now: NOW })));
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, w) => claimJob(`w${w}`, ["test"], later(1), 10_000)),
    );
    const got = claims.filter((c) => c !== null).map((c) => c.id);
    expect(new Set(got).size).toBe(got.length);
    expect(got.every((id) => ids.includes(id))).toBe(true);
    expect(got.length).toBeGreaterThan(0);
  });

  it("a job whose worker died is taken again after its lease, and fails for good after maxAttempts", async () => {
    const id = await enqueueJob("test", {}, { maxAttempts: 2, now: NOW });
    expect((await claimJob("dead-1", ["test"], later(1), 1000))?.attempts).toBe(1);
    // Still leased: nobody else takes it.
    expect(await claimJob("w2", ["test"], later(500), 1000)).toBeNull();
    const second = await claimJob("w2", ["test"], later(2000), 1000);
    expect(second?.id).toBe(id);
    expect(second?.attempts).toBe(2);
    // That worker dies too: no third attempt.
    expect(await claimJob("w3", ["test"], later(5000), 1000)).toBeNull();
    expect((await getJob(id))?.status).toBe("failed");
  });

  it("a failed attempt is retried after a pause, then done", async () => {
    const id = await enqueueJob("test", {}, { now: NOW });
    await claimJob("w1", ["test"], later(1), 10_000);
    await failJob(id, "w1", "boom", later(2));
    expect((await getJob(id))?.status).toBe("queued");
    expect(await claimJob("w1", ["test"], later(3), 10_000)).toBeNull();
    const again = await claimJob("w1", ["test"], later(60_000), 10_000);
    expect(again?.attempts).toBe(2);
    await completeJob(id, "w1");
    expect((await getJob(id))?.status).toBe("done");
  });

  it("the import job turns a queued import into candidates", async () => {
    const teacher = await makeUser("instructor");
    const text =
      "The canal opened in 1869. It was 164 km long at first. Ferdinand de Lesseps led the company that built it.";
    const importId = await createImport(teacher.id, "Canal", [
      { fileName: "canal.txt", format: "txt", title: "Canal", text },
    ]);
    await enqueueJob(IMPORT_JOB, { importId });
    expect(await runOneJob("w1", jobHandlers)).toBe(true);
    expect((await getImportStatus(teacher.id, importId)).status).toBe("ready");
    expect(await runOneJob("w1", jobHandlers)).toBe(false);
  });
});
