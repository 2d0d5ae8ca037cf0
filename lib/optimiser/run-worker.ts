// Runs one optimise() job in its own worker thread. The entry is a TypeScript file: the Next build
// bundles it (Turbopack follows new Worker(new URL(...))); under tsx or vitest it is loaded with tsx.
import { Worker } from "node:worker_threads";
import type { OptimiseResult } from "@/lib/srs/optimiser";
import type { OptimiseJob, WorkerMessage } from "./messages";

export class OptimiserFailed extends Error {
  constructor(
    readonly causeName: string,
    message: string,
  ) {
    super(message);
    this.name = "OptimiserFailed";
  }
}

export function runOptimiseInWorker(job: OptimiseJob, onProgress: (fraction: number) => void): Promise<OptimiseResult> {
  // Run from source (the job worker under tsx, vitest) this module is a .ts file; bundled by Next it
  // is not. (NEXT_RUNTIME cannot tell: the job worker inherits it from the server that starts it.)
  const fromSource = import.meta.url.endsWith(".ts");
  return new Promise((resolve, reject) => {
    // Turbopack bundles a worker only for the literal form new Worker(new URL("...", import.meta.url)).
    // From source, Node 20 ignores --import in a worker's execArgv, so the entry registers tsx itself.
    const worker = fromSource
      ? new Worker(
          `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); });`,
          { eval: true, workerData: job },
        )
      : new Worker(new URL("./worker.ts", import.meta.url), { workerData: job });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") onProgress(m.fraction);
      else if (m.type === "done") settle(() => resolve(m.result));
      else settle(() => reject(new OptimiserFailed(m.name, m.message)));
    });
    worker.on("error", (e) => settle(() => reject(e)));
    worker.on("exit", (code) =>
      settle(() => reject(new Error(`The optimiser worker stopped (exit code ${code}) before it answered.`))),
    );
  });
}
