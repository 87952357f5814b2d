// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/worker-pool.ts
import { Worker, parentPort } from "node:worker_threads";
var PoolError = class extends Error {
  constructor(message, delivered) {
    super(message);
    this.delivered = delivered;
    this.name = "PoolError";
  }
};
function mapInWorkers(items, options, onResult) {
  const batches = [];
  for (let start = 0; start < items.length; start += options.batchSize)
    batches.push({ start, items: items.slice(start, start + options.batchSize) });
  const count = Math.max(1, Math.min(options.workers, batches.length));
  const done = /* @__PURE__ */ new Map();
  const workers = [];
  let next = 0;
  let delivered = 0;
  let settled = false;
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error === void 0) resolve();
      else reject(new PoolError(error, delivered));
    };
    const flush = () => {
      for (let results = done.get(delivered); results !== void 0; results = done.get(delivered)) {
        done.delete(delivered);
        for (const result of results) {
          onResult(delivered, result);
          delivered += 1;
        }
      }
      if (delivered === items.length) finish();
    };
    const feed = (worker) => {
      const batch = batches[next];
      if (batch === void 0) return;
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
      worker.on("message", (reply) => {
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
      feed(worker);
      feed(worker);
    }
  });
}
function serveBatches(handle) {
  const port = parentPort;
  if (port === null) throw new Error("serveBatches must run in a worker thread");
  let queue = Promise.resolve();
  port.on("message", (batch) => {
    queue = queue.then(async () => {
      try {
        const results = [];
        for (const item of batch.items) results.push(await handle(item));
        port.postMessage({ start: batch.start, results });
      } catch (error) {
        port.postMessage({ start: batch.start, error: errorText(error) });
      }
    });
  });
}

export {
  mapInWorkers,
  serveBatches
};
