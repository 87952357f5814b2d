// A worker for the worker-pool test, speaking the pool's protocol ({ start, items } → { start, results }
// or { start, error }). Each item is a number; it answers after a random delay so batches finish out of
// order, and it fails on -1 so the test can see a failure reported.
import { parentPort as maybePort } from "node:worker_threads";

if (maybePort === null) throw new Error("pool-worker.mjs runs as a worker thread only");
const parentPort = maybePort;

parentPort.on("message", async (/** @type {{ start: number, items: number[] }} */ { start, items }) => {
  /** @type {number[]} */
  const results = [];
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    if (item === -1) {
      parentPort.postMessage({ start, error: "item -1 refused" });
      return;
    }
    results.push(item * 2);
  }
  parentPort.postMessage({ start, results });
});
