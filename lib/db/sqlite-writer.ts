// The hot writes of this process reach SQLite through one FIFO queue (group commit):
//
// - Writes queued while the event loop is busy go out together, in submission order, in one
//   BEGIN IMMEDIATE … COMMIT, each write inside its own savepoint (a write that fails is undone
//   alone and reported to its caller alone). Only the head of the queue waits when another
//   connection (Prisma's, the job worker's) holds the write lock: no retry storm in which late
//   writers overtake early ones.
// - The connection commits with synchronous=NORMAL (the commit writes the WAL, no fsync), and the
//   WAL file is fsynced off the event loop (libuv's thread pool) before any write of the batch is
//   reported done. One fsync covers every commit made before it started, so a caller is answered
//   only once its write is on disk, as with synchronous=FULL, without the event loop stopping for
//   an fsync per review (measured at a third of the server's wall time under load).
//
// Why a WAL fsync is enough: SQLite recovers from the WAL only a prefix of whole, checksummed
// transactions, so after a crash the database holds every transaction up to the last fsynced one;
// a checkpoint fsyncs what it copies into the database file before the WAL is reused.
//
// Checkpoints (option `checkpoint`): SQLite's automatic one runs inside a COMMIT, on the event loop,
// copying ~1000 pages and fsyncing the database file (the review latency tail). With a checkpointer
// the connection's automatic checkpoint is off and the queue runs checkpoints beside the writes:
// after every `every` writes, a PASSIVE checkpoint off the event loop copies the bulk of the WAL
// while writes go on; then one more pass copies the few frames written meanwhile, with the queue
// holding back its next transaction (writes keep queueing, reads and requests go on), so the pass
// reaches the WAL's end and the next transaction starts the WAL over from its beginning. Without
// that second pass a busy WAL is never copied to its end and grows without bound.
import type Database from "better-sqlite3";
import { statSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import type { CheckpointResult } from "./wal-checkpointer";

type Pending = { run: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void };

export type WriteQueueOptions = {
  /** Most writes in one transaction. */
  maxBatch?: number;
  /** How long the head of the queue waits for another connection's write lock, in total. */
  busyBudgetMs?: number;
  /** What makes committed writes durable (default: fdatasync of the WAL file); tests observe it. */
  sync?: () => Promise<void>;
  /** Checkpoints off the event loop (wal-checkpointer.ts); without one, SQLite's automatic ones. */
  checkpoint?: {
    run: () => Promise<CheckpointResult>;
    /** A checkpoint after this many writes (default 80: ~1000 WAL pages of a review, SQLite's own rate). */
    every?: number;
    /** WAL frames past which a pass holds the writes back to reach the WAL's end (default 2000). */
    holdBackFrames?: number;
  };
};

const isBusy = (e: unknown) => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * fdatasync of the WAL file off the event loop, through one kept file handle: one trip to the
 * thread pool per sync instead of three (open, fsync, close), which under load were each a wait
 * for a pool thread and for the event loop. fdatasync, as SQLite itself syncs its WAL: it writes
 * the data and the file size, not the times. The file is checked by inode before each sync (a
 * stat of a cached inode, no I/O): a WAL removed meanwhile was checkpointed and synced first,
 * and a new one is opened afresh.
 */
export class WalSync {
  private handle: FileHandle | null = null;
  private inode = -1;
  constructor(private readonly path: string) {}

  async sync(): Promise<void> {
    const now = statSync(this.path, { throwIfNoEntry: false });
    if (!now) return this.close();
    if (!this.handle || now.ino !== this.inode) {
      await this.close();
      let handle: FileHandle;
      try {
        handle = await open(this.path, "r");
      } catch (e) {
        if ((e as { code?: unknown }).code === "ENOENT") return;
        throw e;
      }
      this.handle = handle;
      this.inode = (await handle.stat()).ino;
    }
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    this.inode = -1;
    await handle?.close();
  }
}

/** One fsync at a time; a caller waits for one that started after it asked (group commit). */
class DurabilityBarrier {
  private running = false;
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  constructor(private readonly sync: () => Promise<void>) {}

  /** Resolves once everything written to the file before this call is on disk. */
  flush(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.running || this.waiting.length === 0) return;
    this.running = true;
    const batch = this.waiting;
    this.waiting = [];
    this.sync().then(
      () => this.settle(batch, (w) => w.resolve()),
      (e: unknown) => this.settle(batch, (w) => w.reject(e)),
    );
  }

  private settle<W>(batch: W[], each: (w: W) => void): void {
    this.running = false;
    for (const w of batch) each(w);
    this.kick();
  }
}

export class SqliteWriteQueue {
  private readonly queue: Pending[] = [];
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly busyBudgetMs: number;
  private readonly barrier: DurabilityBarrier;
  private readonly wal: WalSync;
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly savepoint: Database.Statement;
  private readonly release: Database.Statement;
  private readonly rollbackTo: Database.Statement;
  /** Transactions committed and writes in them, for tests and benchmarks. */
  readonly counts = { transactions: 0, writes: 0 };
  /** Checkpoint passes run, those that reached the WAL's end, and those run with the writes held back. */
  readonly checkpoints = { passes: 0, complete: 0, heldBack: 0, failed: 0 };
  private checkpointer: { run: () => Promise<CheckpointResult>; every: number; holdBackFrames: number } | null;
  private checkpointing = false;
  private holdBack = false;
  private sinceCheckpoint = 0;
  private closed = false;

  constructor(
    private readonly db: Database.Database,
    walPath: string,
    options: WriteQueueOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 128;
    this.busyBudgetMs = options.busyBudgetMs ?? 5000;
    this.wal = new WalSync(walPath);
    this.barrier = new DurabilityBarrier(options.sync ?? (() => this.wal.sync()));
    this.begin = db.prepare("BEGIN IMMEDIATE");
    this.commit = db.prepare("COMMIT");
    this.rollback = db.prepare("ROLLBACK");
    this.savepoint = db.prepare("SAVEPOINT hot_write");
    this.release = db.prepare("RELEASE hot_write");
    this.rollbackTo = db.prepare("ROLLBACK TO hot_write");
    const c = options.checkpoint;
    this.checkpointer = c ? { run: c.run, every: c.every ?? 80, holdBackFrames: c.holdBackFrames ?? 2000 } : null;
    if (this.checkpointer) db.pragma("wal_autocheckpoint = 0");
  }

  /** Lets go of the WAL's file handle (the connection is closing); no checkpoints after this. */
  close(): Promise<void> {
    this.closed = true;
    this.checkpointer = null;
    return this.wal.close();
  }

  /** Runs `run` (synchronous statements on this connection) in the next group commit; resolves
   *  with its result once that transaction is committed and on disk, or rejects with its error. */
  submit<T>(run: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the I/O callbacks of this loop turn, so the writes they queue join the same commit.
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    let deadline = Date.now() + this.busyBudgetMs;
    for (let wait = 1; this.queue.length > 0; ) {
      // A checkpoint pass is catching up with the WAL's end: the writes wait for it (drained after).
      if (this.holdBack) break;
      const batch = this.queue.slice(0, this.maxBatch);
      let results: { ok: boolean; value: unknown }[];
      try {
        results = this.runBatch(batch);
      } catch (e) {
        if (isBusy(e) && Date.now() < deadline) {
          // Another connection holds the write lock: only the head waits; later writes stay queued.
          await sleep(wait);
          wait = Math.min(wait * 2, 10);
          continue;
        }
        this.queue.splice(0, batch.length);
        for (const p of batch) p.reject(e);
        continue;
      }
      this.queue.splice(0, batch.length);
      deadline = Date.now() + this.busyBudgetMs;
      wait = 1;
      this.counts.transactions++;
      this.counts.writes += batch.length;
      this.sinceCheckpoint += batch.length;
      this.maybeCheckpoint();
      void this.barrier.flush().then(
        () => batch.forEach((p, i) => (results[i]!.ok ? p.resolve(results[i]!.value) : p.reject(results[i]!.value))),
        (e: unknown) => batch.forEach((p) => p.reject(e)),
      );
    }
    this.scheduled = false;
  }

  private maybeCheckpoint(): void {
    if (!this.checkpointer || this.checkpointing || this.sinceCheckpoint < this.checkpointer.every) return;
    this.sinceCheckpoint = 0;
    this.checkpointing = true;
    void this.checkpointPasses(this.checkpointer.run, this.checkpointer.holdBackFrames);
  }

  private async checkpointPasses(run: () => Promise<CheckpointResult>, holdBackFrames: number): Promise<void> {
    try {
      // The bulk of the WAL, copied while the writes go on. The pass copies the WAL as it was when it
      // began: if this queue committed meanwhile, the WAL has frames past what it copied.
      const before = this.counts.transactions;
      let r = await run();
      this.checkpoints.passes++;
      let behind = this.counts.transactions !== before;
      if (r.busy === 0 && behind && r.log >= holdBackFrames) {
        // The WAL has grown past its bound (it starts over only from a pass that reached its end, and
        // writes kept coming during each): the frames written meanwhile, with the next transaction
        // held back so that this pass reaches the end.
        this.holdBack = true;
        this.checkpoints.heldBack++;
        try {
          r = await run();
          behind = false;
          this.checkpoints.passes++;
        } finally {
          this.holdBack = false;
          if (this.queue.length > 0) this.schedule();
        }
      }
      if (r.busy === 0 && r.checkpointed === r.log && !behind) this.checkpoints.complete++;
    } catch (e) {
      if (!this.closed) {
        // No checkpoints off the loop any more: SQLite's automatic ones again, so the WAL stays bounded.
        this.checkpointer = null;
        this.checkpoints.failed++;
        this.db.pragma("wal_autocheckpoint = 1000");
        console.error("WAL checkpointer failed; automatic checkpoints again:", (e as Error).message);
      }
    } finally {
      this.checkpointing = false;
    }
    this.maybeCheckpoint();
  }

  /** One transaction over the batch; throws (nothing written) when it could not begin or commit. */
  private runBatch(batch: Pending[]): { ok: boolean; value: unknown }[] {
    this.begin.run();
    try {
      const results = batch.map((p) => {
        this.savepoint.run();
        try {
          const value = p.run();
          this.release.run();
          return { ok: true, value };
        } catch (e) {
          // Some errors (disk full, I/O) end the whole transaction: then nothing of the batch stays.
          if (!this.db.inTransaction) throw e;
          this.rollbackTo.run();
          this.release.run();
          return { ok: false, value: e };
        }
      });
      this.commit.run();
      return results;
    } catch (e) {
      if (this.db.inTransaction) this.rollback.run();
      throw e;
    }
  }
}
