// The SQLite write queue of the hot path (lib/db/sqlite-writer.ts) on a scratch database file:
// group commits in submission order, a failing write undone alone, nobody answered before the
// durability step, and a write lock held elsewhere waited out with the event loop free.
import { mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteWriteQueue, WalSync } from "@/lib/db/sqlite-writer";
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
});
