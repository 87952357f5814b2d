import { Worker, parentPort } from "node:worker_threads";
import { errorText } from "../core/text/error-text";

/**
 * An ordered map over worker threads: items go out in small batches to whichever worker is free,
 * and results come back to the caller strictly in input order, so the output of a parallel run is
 * the output of a sequential one. The protocol (both sides) lives in this file.
 */

type Batch<I> = { readonly start: number; readonly items: readonly I[] };
type Reply<O> =
  { readonly start: number; readonly results: readonly O[] } | { readonly start: number; readonly error: string };

export type PoolOptions = {
  /** The worker's module; it calls serveBatches. */
  readonly workerUrl: URL;
  /** Handed to every worker once, as `workerData`. */
  readonly workerData: unknown;
  readonly workers: number;
  /** Items per message: big enough to keep messaging cheap, small enough to balance the load. */
  readonly batchSize: number;
};

/** Thrown when a worker fails; `delivered` results had already reached the caller, in order. */
export class PoolError extends Error {
  constructor(
    message: string,
    readonly delivered: number,
  ) {
    super(message);
    this.name = "PoolError";
  }
}

/**
 * Calls onResult(index, result) for every item, in index order, with the result its worker
 * computed. Resolves when all are delivered; rejects with PoolError when a worker fails.
 */
// The type parameters tie the caller's items and results to what its worker module handles.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function mapInWorkers<I, O>(
  items: readonly I[],
  options: PoolOptions,
  onResult: (index: number, result: O) => void,
): Promise<void> {
  const batches: Batch<I>[] = [];
  for (let start = 0; start < items.length; start += options.batchSize)
    batches.push({ start, items: items.slice(start, start + options.batchSize) });
  const count = Math.max(1, Math.min(options.workers, batches.length));
  const done = new Map<number, readonly O[]>();
  const workers: Worker[] = [];
  let next = 0;
  let delivered = 0;
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: string): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve();
      else reject(new PoolError(error, delivered));
    };
    // Hands finished batches to the caller as soon as every batch before them is in.
    const flush = (): void => {
      for (let results = done.get(delivered); results !== undefined; results = done.get(delivered)) {
        done.delete(delivered);
        for (const result of results) {
          onResult(delivered, result);
          delivered += 1;
        }
      }
      if (delivered === items.length) finish();
    };
    const feed = (worker: Worker): void => {
      const batch = batches[next];
      if (batch === undefined) return;
      next += 1;
      worker.postMessage(batch);
    };
    if (items.length === 0) {
      finish();
      return;
    }
    for (let i = 0; i < count; i++) {
      const worker = new Worker(options.workerUrl, { workerData: options.workerData });
      workers.push(worker);
      worker.on("message", (reply: Reply<O>) => {
        if (settled) return;
        if ("error" in reply) {
          finish(`worker failed on items from ${reply.start}: ${reply.error}`);
          return;
        }
        done.set(reply.start, reply.results);
        feed(worker);
        try {
          flush();
        } catch (error) {
          finish(errorText(error));
        }
      });
      worker.on("error", (error) => {
        finish(`worker failed: ${errorText(error)}`);
      });
      worker.on("exit", (code) => {
        if (!settled) finish(`worker stopped (exit code ${code}) before the work was done`);
      });
      // Two batches in flight per worker, so a worker never waits for the main thread between batches.
      feed(worker);
      feed(worker);
    }
  });
}

/** The worker's side: answers each batch with handle(item) for every item, in order. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function serveBatches<I, O>(handle: (item: I) => Promise<O>): void {
  const port = parentPort;
  if (port === null) throw new Error("serveBatches must run in a worker thread");
  // Batches are handled one at a time, in arrival order, so a worker's replies keep their order.
  let queue = Promise.resolve();
  port.on("message", (batch: Batch<I>) => {
    queue = queue.then(async () => {
      try {
        const results: O[] = [];
        for (const item of batch.items) results.push(await handle(item));
        port.postMessage({ start: batch.start, results } satisfies Reply<O>);
      } catch (error) {
        port.postMessage({ start: batch.start, error: errorText(error) } satisfies Reply<O>);
      }
    });
  });
}
