import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { defaultPolicy } from "../../src/core";
import { analyzeWithEnv } from "../../src/core/engine/analyze-with-env";
import { compactEnv } from "../../src/core/engine/compact-env";
import { defaultEnv } from "../../src/core/engine/env";
import { handleReadEvent, type ReadEventDeps } from "../../src/launchevent/handle-read-event";
import { createOfficeStub } from "../support/office-stub";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function deps(overrides: Partial<ReadEventDeps>): ReadEventDeps {
  return {
    office: createOfficeStub({
      item: {
        itemId: "AAMk-1",
        from: { name: "川越市", address: "info@city.kawagoe.saitama.jp" },
        subject: "お知らせ",
        bodyText: "本文",
        headers: "From: x <info@city.kawagoe.saitama.jp>\r\n",
      },
    }).office,
    loadPolicy: () => Promise.resolve({ policy: defaultPolicy, source: { kind: "default", reason: "test" } }),
    callTimeoutMs: 40,
    ...overrides,
  };
}

describe("launch event judges with the compact Public Suffix List", () => {
  it("passes compactEnv to analyze by default, and completes once", async () => {
    const analyze = vi.fn(analyzeWithEnv);
    const completed = vi.fn();
    const outcome = await handleReadEvent({ completed }, deps({ analyze }));
    expect(outcome.status).toBe("notified");
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]?.[2].env).toBe(compactEnv);
    expect(analyze.mock.results[0]?.value).toMatchObject({ sender: { registrableDomain: "city.kawagoe.saitama.jp" } });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("passes an injected env through", async () => {
    const analyze = vi.fn(analyzeWithEnv);
    await handleReadEvent({ completed: vi.fn() }, deps({ analyze, env: defaultEnv }));
    expect(analyze.mock.calls[0]?.[2].env).toBe(defaultEnv);
  });

  it("launchevent.ts reaches neither tldts-icann nor engine/env.ts by value imports", () => {
    // Type-only imports are erased by the compiler; anything else would put the full list in the bundle.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(
        /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gmu,
      )) {
        const spec = match[1] ?? "";
        if (!spec.startsWith(".")) {
          packages.add(spec);
          continue;
        }
        const base = resolve(dirname(file), spec);
        const target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base].find(
          (candidate) => existsSync(candidate) && !candidate.endsWith(".json"),
        );
        if (target !== undefined && /\.tsx?$/u.test(target)) visit(target);
      }
    };
    visit(join(root, "src/launchevent/launchevent.ts"));
    expect(seen.size).toBeGreaterThan(20);
    expect(seen.has(join(root, "src/core/engine/compact-env.ts"))).toBe(true);
    expect(seen.has(join(root, "src/core/engine/env.ts"))).toBe(false);
    expect([...packages]).not.toContain("tldts-icann");
  });
});
