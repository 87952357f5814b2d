import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

// src/mime also runs in the browser (playground, e2e Office stand-in), so it may use only
// Uint8Array/TextDecoder-level APIs; this catches a Node import before a bundle breaks.
const dir = new URL("../../src/mime/", import.meta.url);

describe("src/mime stays browser-safe", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)("%s imports no Node modules and uses no Node globals", (file) => {
    const source = readFileSync(new URL(file, dir), "utf8");
    expect(source).not.toMatch(/from\s+["'](node:|fs|path|os|url|buffer|child_process)["']/);
    expect(source).not.toMatch(/\b(Buffer|process|require)\b/);
  });
});
