// The SQLite write queue of the hot path (lib/db/sqlite-writer.ts) on a scratch database file:
// group commits in submission order, a failing write undone alone, nobody answered before the
// durability step, a write lock held elsewhere waited out with the event loop free, and the WAL's
// checkpoints run beside the writes (off the event loop) with the WAL kept bounded.
import { mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteWriteQueue, WalSync } from "@/lib/db/sqlite-writer";
import { type CheckpointResult, WorkerCheckpointer } from "@/lib/db/wal-checkpointer";
import { db } from "@/lib/db/client";
import { engine } from "./helpers";

describe.skipIf(engine !== "sqlite")("the SQLite write queue", () => {
  let dir: string;
  let file: string;
  let conn: Database.Database;
  let other: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sqlite-writer-"));
    file = path.join(dir, "w.db");
    conn = new Database(file);
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = NORMAL");
    conn.pragma("busy_timeout = 0");
    conn.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL)`);
    other = new Database(file);
  });

  afterEach(() => {
    if (other.inTransaction) other.exec("ROLLBACK");
    other.close();
    conn.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (id: number, seq: number) => () => conn.prepare("INSERT INTO t (id, seq) VALUES (?, ?)").run(id, seq);
  const rows = () => other.prepare("SELECT id, seq FROM t ORDER BY seq").all() as { id: number; seq: number }[];

  it("commits writes queued together in one transaction, in the order they came, and answers each", async () => {
    const queue = new SqliteWriteQueue(conn, `${file}-wal`);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => queue.submit(() => insert(i, i)().changes)));
    expect(answers).toEqual(Array.from({ length: 50 }, () => 1));
    expect(rows().map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(queue.counts.writes).toBe(50);
    expect(queue.counts.transactions).toBeLessThan(50);
  });

  it("undoes a failing write alone and reports it to its caller only", async () => {
    const queue = new SqliteWriteQueue(conn, `${file}-wal`);
    const results = await Promise.allSettled([
      queue.submit(insert(1, 1)),
      queue.submit(() => {
        insert(2, 2)();
        insert(1, 3)(); // duplicate key: this write's first insert must go too
      }),
      queue.submit(insert(3, 4)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE|PRIMARY KEY/);
    expect(rows().map((r) => r.id)).toEqual([1, 3]);
  });

  it("answers nobody before the durability step, and a write made during one waits for the next", async () => {
    const syncs: (() => void)[] = [];
    const queue = new SqliteWriteQueue(conn, `${file}-wal`, {
      sync: () => new Promise<void>((resolve) => syncs.push(resolve)),
    });
    const answered: number[] = [];
    const first = queue.submit(insert(1, 1)).then(() => answered.push(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(rows()).toHaveLength(1); // committed…
    expect(answered).toEqual([]); // …but not answered before the sync
    expect(syncs).toHaveLength(1);
    const second = queue.submit(insert(2, 2)).then(() => answered.push(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(syncs).toHaveLength(1); // one sync at a time: the second commit waits for the next one
    syncs[0]!();
    await first;
    expect(answered).toEqual([1]);
    await new Promise((r) => setTimeout(r, 20));
    expect(syncs).toHaveLength(2);
    syncs[1]!();
    await second;
    expect(answered).toEqual([1, 2]);
  });

  it("waits out another connection's write lock with the event loop free, then writes in order", async () => {
    const queue = new SqliteWriteQueue(conn, `${file}-wal`);
    other.exec("BEGIN IMMEDIATE");
    let releasedAt = 0;
    // Fires only if the waiting leaves the event loop free.
    setTimeout(() => {
      other.exec("COMMIT");
      releasedAt = Date.now();
    }, 150);
    const done = await Promise.all(
      Array.from({ length: 10 }, (_, i) => queue.submit(() => (insert(i, i)(), Date.now()))),
    );
    expect(releasedAt).toBeGreaterThan(0);
    for (const at of done) expect(at).toBeGreaterThanOrEqual(releasedAt);
    expect(rows().map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => i));
  });

  it("gives up with the busy error when the lock is held past its budget, writing nothing", async () => {
    const queue = new SqliteWriteQueue(conn, `${file}-wal`, { busyBudgetMs: 100 });
    other.exec("BEGIN IMMEDIATE");
    await expect(queue.submit(insert(1, 1))).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    other.exec("ROLLBACK");
    expect(rows()).toEqual([]);
    // The queue goes on working afterwards.
    await queue.submit(insert(2, 2));
    expect(rows().map((r) => r.id)).toEqual([2]);
  });

  it("syncs the WAL through one kept handle, follows a replaced file and lets a removed one go", async () => {
    // What this process holds open on the path (Linux): a replaced file shows as "(deleted)".
    const held = (p: string) =>
      readdirSync("/proc/self/fd")
        .map((fd) => {
          try {
            return readlinkSync(`/proc/self/fd/${fd}`);
          } catch {
            return "";
          }
        })
        .filter((target) => target.startsWith(p));
    const wal = path.join(dir, "x.db-wal");
    const sync = new WalSync(wal);
    await sync.sync(); // no file yet: nothing to make durable
    expect(held(wal)).toEqual([]);
    writeFileSync(wal, "one");
    for (let i = 0; i < 20; i++) await sync.sync();
    expect(held(wal)).toEqual([wal]);
    writeFileSync(`${wal}.new`, "two");
    renameSync(`${wal}.new`, wal);
    await sync.sync();
    expect(held(wal)).toEqual([wal]);
    rmSync(wal);
    await sync.sync();
    expect(held(wal)).toEqual([]);
    writeFileSync(wal, "three");
    await sync.sync();
    await sync.close();
    expect(held(wal)).toEqual([]);
  });
  const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
  /** A checkpoint the test finishes by hand: each run waits for the test to answer it. */
  const manualCheckpoints = () => {
    const runs: ((r: CheckpointResult) => void)[] = [];
    return { runs, run: () => new Promise<CheckpointResult>((resolve) => runs.push(resolve)) };
  };

  it("with a checkpointer, turns SQLite's automatic checkpoint off and checkpoints after every n writes", async () => {
    const c = manualCheckpoints();
    const queue = new SqliteWriteQueue(conn, `${file}-wal`, { checkpoint: { run: c.run, every: 5 } });
    expect(conn.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    for (let i = 0; i < 4; i++) await queue.submit(insert(i, i));
    expect(c.runs).toHaveLength(0);
    await queue.submit(insert(4, 4));
    expect(c.runs).toHaveLength(1);
    // Nothing was committed during the pass: no second one, the WAL starts over on the next write.
    c.runs[0]!({ busy: 0, log: 7, checkpointed: 7 });
    await tick();
    expect(c.runs).toHaveLength(1);
    expect(queue.checkpoints).toMatchObject({ passes: 1, complete: 1, heldBack: 0 });
  });

  it("answers writes made during a checkpoint pass without waiting for it, each once it is on disk", async () => {
    const c = manualCheckpoints();
    const syncs: (() => void)[] = [];
    const queue = new SqliteWriteQueue(conn, `${file}-wal`, {
      checkpoint: { run: c.run, every: 1 },
      sync: () => new Promise<void>((resolve) => syncs.push(resolve)),
    });
    const first = queue.submit(insert(1, 1));
    await tick();
    syncs.shift()!();
    await first;
    expect(c.runs).toHaveLength(1); // a pass is running…
    let answered = false;
    const during = queue.submit(insert(2, 2)).then(() => (answered = true));
    await tick();
    expect(rows().map((r) => r.id)).toEqual([1, 2]); // …the write commits beside it…
    expect(answered).toBe(false); // …but is answered only after its sync
    syncs.shift()!();
    await during;
    expect(c.runs).toHaveLength(1); // the pass is still running
    c.runs[0]!({ busy: 0, log: 4, checkpointed: 4 });
    await tick();
    expect(queue.checkpoints.heldBack).toBe(0); // a small WAL: no holding back
  });

  it("holds the next transaction back while a pass catches up with a WAL past its bound, then writes it", async () => {
    const c = manualCheckpoints();
    const queue = new SqliteWriteQueue(conn, `${file}-wal`, {
      checkpoint: { run: c.run, every: 1, holdBackFrames: 100 },
    });
    await queue.submit(insert(1, 1));
    expect(c.runs).toHaveLength(1);
    await queue.submit(insert(2, 2)); // committed during the bulk pass: the WAL has frames past it
    c.runs[0]!({ busy: 0, log: 150, checkpointed: 150 });
    await tick();
    expect(c.runs).toHaveLength(2); // the catch-up pass
    let answered = false;
    const held = queue.submit(insert(3, 3)).then(() => (answered = true));
    await tick();
    expect(rows().map((r) => r.id)).toEqual([1, 2]); // held back: not even begun
    expect(answered).toBe(false);
    c.runs[1]!({ busy: 0, log: 152, checkpointed: 152 });
    await held;
    expect(rows().map((r) => r.id)).toEqual([1, 2, 3]);
    expect(queue.checkpoints).toMatchObject({ heldBack: 1, complete: 1 });
  });

  it("goes back to SQLite's automatic checkpoints when the checkpointer fails, and keeps writing", async () => {
    const queue = new SqliteWriteQueue(conn, `${file}-wal`, {
      checkpoint: { run: () => Promise.reject(new Error("worker gone")), every: 1 },
    });
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await queue.submit(insert(1, 1));
      await tick();
    } finally {
      console.error = error;
    }
    expect(logged).toHaveLength(1);
    expect(queue.checkpoints.failed).toBe(1);
    expect(conn.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    await queue.submit(insert(2, 2));
    expect(rows().map((r) => r.id)).toEqual([1, 2]);
  });

  it("keeps the WAL bounded under continuous writes, checkpointing on a worker thread", async () => {
    conn.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
    const checkpointer = new WorkerCheckpointer(file);
    try {
      const queue = new SqliteWriteQueue(conn, `${file}-wal`, {
        checkpoint: { run: () => checkpointer.run(), every: 20, holdBackFrames: 300 },
      });
      const body = Buffer.alloc(10_000, 1); // three pages a write, and its table pages
      const put = conn.prepare("INSERT INTO big (id, body) VALUES (?, ?)");
      // Eight writers that never pause: each pass starts with writes coming in beside it.
      const writers = 8;
      const perWriter = 250;
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = 0; i < perWriter; i++) await queue.submit(() => put.run(w * perWriter + i, body));
        }),
      );
      await tick(200); // the last pass
      const pageSize = conn.pragma("page_size", { simple: true }) as number;
      const walFrames = (statSync(`${file}-wal`).size - 32) / (pageSize + 24);
      // 2000 writes of three pages and more: without the WAL starting over it would hold 6000+ frames.
      expect(walFrames).toBeLessThan(1500);
      expect(queue.checkpoints.complete).toBeGreaterThan(0);
      expect(queue.checkpoints.failed).toBe(0);
      expect(other.prepare("SELECT count(*) AS n FROM big").get()).toEqual({ n: writers * perWriter });
    } finally {
      await checkpointer.close();
    }
  });

  it("Prisma's connection checkpoints by itself only past the hot writes' WAL bound", async () => {
    const prisma = await db();
    const [row] = await prisma.$queryRawUnsafe<{ wal_autocheckpoint: number }[]>("PRAGMA wal_autocheckpoint");
    expect(Number(row!.wal_autocheckpoint)).toBe(4000);
  });

  it("the worker's checkpoint copies the WAL into the database file", async () => {
    for (let i = 0; i < 30; i++) insert(i, i)();
    const checkpointer = new WorkerCheckpointer(file);
    const r = await checkpointer.run();
    expect(r.busy).toBe(0);
    expect(r.log).toBeGreaterThan(0);
    expect(r.checkpointed).toBe(r.log);
    await checkpointer.close();
    await expect(checkpointer.run()).rejects.toThrow(/closed/);
  });

  it("a script awaiting the checkpointer's close, with a pass still running, is not ended under it", () => {
    // The thread is unreferenced when idle; the process must still wait for the pass and the close.
    for (let i = 0; i < 30; i++) insert(i, i)();
    const script = `(async () => {
      const { WorkerCheckpointer } = await import("./lib/db/wal-checkpointer.ts");
      const c = new WorkerCheckpointer(${JSON.stringify(file)});
      const pass = c.run();
      await c.close();
      console.log("closed", (await pass).busy);
    })();`;
    const out = execFileSync(path.join("node_modules", ".bin", "tsx"), ["--eval", script], { encoding: "utf8" });
    expect(out.trim()).toBe("closed 0");
  });
});
