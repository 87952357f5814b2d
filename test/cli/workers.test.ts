import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PoolError, mapInWorkers } from "../../src/cli/worker-pool";
import { fixture, repoRoot } from "./helpers";

const workerUrl = new URL("../support/pool-worker.mjs", import.meta.url);

describe("mapInWorkers", () => {
  it("hands results back in input order although batches finish out of order", async () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const seen: [number, number][] = [];
    await mapInWorkers<number, number>(
      items,
      { workerUrl, workerData: null, workers: 3, batchSize: 4 },
      (index, result) => seen.push([index, result]),
    );
    expect(seen).toEqual(items.map((i) => [i, i * 2]));
  });

  it("resolves at once for no items", async () => {
    const seen: number[] = [];
    await mapInWorkers<number, number>([], { workerUrl, workerData: null, workers: 2, batchSize: 4 }, (i) =>
      seen.push(i),
    );
    expect(seen).toEqual([]);
  });

  it("rejects with how many results were delivered when a worker fails", async () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8, -1, 10, 11, 12];
    const seen: number[] = [];
    const failure = await mapInWorkers<number, number>(
      items,
      { workerUrl, workerData: null, workers: 2, batchSize: 4 },
      (_i, r) => {
        seen.push(r);
      },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PoolError);
    expect((failure as PoolError).message).toMatch(/item -1 refused/);
    expect((failure as PoolError).delivered).toBe(seen.length);
    expect(seen).toEqual([2, 4, 6, 8, 10, 12, 14, 16].slice(0, seen.length));
    expect(seen.length).toBeLessThanOrEqual(8);
  });
});

describe("sender-guard scan with worker threads (built CLI)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sender-guard-workers-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const names = readdirSync(join(repoRoot, "dev", "samples")).filter((n) => n.endsWith(".eml"));
  // Enough files for the scan to use workers (it stays on one thread below 48), in a mixed order.
  for (let i = 0; i < 90; i++) {
    const name = names[(i * 7) % names.length] ?? "missing-from.eml";
    copyFileSync(fixture(name), join(dir, `${String((i * 37) % 90).padStart(2, "0")}-${name}`));
  }
  const scan = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(repoRoot, "bin", "sender-guard.mjs"), "scan", ...args, dir, join(dir, "absent.eml")],
      { encoding: "utf8", timeout: 120000 },
    );

  it.each([["jsonl"], ["table"]])("prints the same %s output, in the same order, on 1 and on 3 threads", (format) => {
    const one = scan("--format", format, "--jobs", "1");
    const three = scan("--format", format, "--jobs", "3");
    // absent.eml cannot be read: exit 3, with every other file judged.
    expect(one.status).toBe(3);
    expect(three.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
    expect(three.status).toBe(one.status);
    if (format === "jsonl") expect(three.stdout.trim().split("\n")).toHaveLength(91);
  });

  it("refuses a --jobs that is not a whole number from 1 to 64", () => {
    expect(scan("--jobs", "0").status).toBe(2);
    expect(scan("--jobs", "two").status).toBe(2);
  });
});
