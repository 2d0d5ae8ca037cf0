// WAL checkpoints of the hot SQLite connection, run on a worker thread with its own connection, so
// that copying WAL pages into the database file and fsyncing it no longer happens inside a COMMIT
// on the event loop (SQLite's automatic checkpoint: about every 80 reviews, 16-166 ms measured).
// The write queue (sqlite-writer.ts) decides when; this file only runs one PASSIVE checkpoint at a
// time and answers with SQLite's own figures.
import { Worker } from "node:worker_threads";

/** PRAGMA wal_checkpoint's row: busy (1: another checkpoint held the lock), frames in the WAL, frames copied. */
export type CheckpointResult = { busy: number; log: number; checkpointed: number };

// Plain CommonJS run with eval: no file for the bundler (next build) to miss or rewrite. The
// connection syncs as FULL: the checkpoint fsyncs the WAL before copying and the database file
// before it marks the frames copied, so the WAL is started over only once its pages are on disk.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file);
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = 0");
parentPort.on("message", (m) => {
  if (m === "close") {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [row] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ ok: true, busy: row.busy, log: row.log, checkpointed: row.checkpointed });
  } catch (e) {
    parentPort.postMessage({ ok: false, message: String((e && e.message) || e), code: e && e.code });
  }
});
`;

type Reply =
  | { ok: true; busy: number; log: number; checkpointed: number }
  | { ok: false; message: string; code?: string };

export class WorkerCheckpointer {
  private readonly worker: Worker;
  private waiting: { resolve: (r: CheckpointResult) => void; reject: (e: unknown) => void } | null = null;
  private failed: Error | null = null;
  private closing = false;

  constructor(file: string) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
    // A thread doing nothing keeps no process alive.
    this.worker.unref();
    this.worker.on("message", (m: Reply) => {
      const w = this.waiting;
      this.waiting = null;
      if (!this.closing) this.worker.unref();
      if (!w) return;
      if (m.ok) w.resolve({ busy: m.busy, log: m.log, checkpointed: m.checkpointed });
      else w.reject(Object.assign(new Error(m.message), { code: m.code }));
    });
    const fail = (e: unknown) => {
      this.failed ??= e instanceof Error ? e : new Error(String(e));
      const w = this.waiting;
      this.waiting = null;
      w?.reject(e);
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`checkpoint worker exited (${code})`)));
  }

  /** One PASSIVE checkpoint (one at a time: the write queue never asks twice). */
  run(): Promise<CheckpointResult> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.waiting) return Promise.reject(new Error("a checkpoint is already running"));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      // Referenced while it runs: writes held back for this pass keep a script alive until it ends.
      this.worker.ref();
      this.worker.postMessage("run");
    });
  }

  /** Closes the worker's connection and ends the thread. */
  async close(): Promise<void> {
    if (this.failed) return;
    this.failed = new Error("checkpointer closed");
    this.closing = true;
    const exited = new Promise<void>((resolve) => this.worker.once("exit", () => resolve()));
    // Referenced while it closes: a caller awaiting this must not see the process end under it.
    this.worker.ref();
    this.worker.postMessage("close");
    await exited;
  }
}
