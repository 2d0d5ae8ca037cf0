// Worker-thread entry: runs optimise() off the web process's event loop and reports progress.
import { parentPort, workerData } from "node:worker_threads";
import { optimise } from "@/lib/srs/optimise";
import type { OptimiseJob, WorkerMessage } from "./messages";

const port = parentPort;
if (!port) throw new Error("lib/optimiser/worker.ts runs only as a worker thread");
const job = workerData as OptimiseJob;
const send = (m: WorkerMessage) => port.postMessage(m);
let last = 0;
try {
  const result = await optimise(job.records, {
    current: job.current,
    day: job.day,
    now: new Date(job.now),
    onProgress: (fraction) => {
      // fsrs-rs reports every step; a few messages a second are plenty for a progress bar.
      if (fraction - last >= 0.02 || fraction >= 1) {
        last = fraction;
        send({ type: "progress", fraction });
      }
    },
  });
  send({ type: "done", result });
} catch (e) {
  send({
    type: "failed",
    name: e instanceof Error ? e.name : "Error",
    message: e instanceof Error ? e.message : String(e),
  });
}
