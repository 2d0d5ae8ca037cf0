// Entry of the job-worker process: `node --import tsx lib/jobs/worker-main.ts`. Started by
// instrumentation.ts beside every server (next start, next dev, e2e, CI); can also run alone
// (npm run worker) on a machine that only does jobs. Exits when its parent server goes away.
import { hostname } from "node:os";
import { disconnectDb } from "@/lib/db/client";
import { jobHandlers } from "./handlers";
import { runWorker } from "./worker";

const stop = new AbortController();
const name = `${hostname()}:${process.pid}`;
for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => stop.abort());
// Started by a server: its stdin is a pipe from the server, closed when the server dies (even by kill -9).
if (process.env.SOURCEDECK_WORKER_PARENT === "1") {
  process.stdin.on("end", () => stop.abort());
  process.stdin.on("close", () => stop.abort());
  process.stdin.resume();
}
console.log(`job worker ${name} started`);
await runWorker(name, jobHandlers, stop.signal);
await disconnectDb();
process.exit(0);
