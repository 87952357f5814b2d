import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../../src/core/rules/registry";
import type { Rule } from "../../../src/core/rules/rule";

const root = join(import.meta.dirname, "..", "..", "..");
const rulesDir = join(root, "src", "core", "rules");
const notRules = new Set(["rule.ts", "registry.ts"]);

const ruleFiles = readdirSync(rulesDir)
  .filter((file) => file.endsWith(".ts") && !notRules.has(file))
  .sort();

/**
 * The lines under a rule page's title, e.g.
 * `**Strength:** medium · **Sender signal:** no · **Source:** \`src/core/rules/lure-phrase.ts\``.
 */
function docHeader(markdown: string): { title?: string; strength?: string; senderSignal?: string; source?: string } {
  const [titleLine = "", , ...rest] = markdown.split("\n");
  const end = rest.findIndex((line) => line.trim() === "");
  const line = (end < 0 ? rest : rest.slice(0, end)).join(" ");
  const field = (name: string): string | undefined => {
    const match = new RegExp(`\\*\\*${name}:\\*\\*\\s*([^·]*)`).exec(line);
    return match?.[1]?.trim();
  };
  return {
    title: titleLine.replace(/^#\s*/, ""),
    strength: field("Strength"),
    senderSignal: field("Sender signal"),
    source: field("Source"),
  };
}

function isRule(value: unknown): value is Rule {
  return typeof value === "object" && value !== null && "meta" in value && "messages" in value && "check" in value;
}

describe("rule registry", () => {
  it("finds rule files at all", () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  it("has unique ids", () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("registers nothing that has no file of its own", () => {
    const fileIds = new Set(ruleFiles.map((f) => basename(f, ".ts")));
    for (const rule of rules) expect(fileIds.has(rule.meta.id), rule.meta.id).toBe(true);
  });

  describe.each(ruleFiles)("%s", (file) => {
    const id = basename(file, ".ts");

    it("exports a rule whose meta.id equals the file name, and the registry lists that very rule", async () => {
      const mod = (await import(join(rulesDir, file))) as Record<string, unknown>;
      const exported = Object.values(mod).filter(isRule);
      expect(exported.map((r) => r.meta.id)).toEqual([id]);
      expect(rules).toContain(exported[0]);
    });

    it(`has docs/rules/${id}.md`, () => {
      expect(existsSync(join(root, "docs", "rules", `${id}.md`))).toBe(true);
    });

    it("states in its doc's header line the metadata's strength and sender signal", () => {
      const rule = rules.find((r) => r.meta.id === id);
      const header = docHeader(readFileSync(join(root, "docs", "rules", `${id}.md`), "utf8"));
      expect(header.title).toBe(id);
      // The first strength named is the default; others may follow for particular findings.
      expect(header.strength?.match(/\b(strong|medium|weak|info)\b/)?.[1]).toBe(rule?.meta.defaultSeverity);
      expect(header.senderSignal?.match(/^(yes|no)\b/)?.[1]).toBe(rule?.meta.senderSignal ? "yes" : "no");
      expect(header.source).toContain(`src/core/rules/${id}.ts`);
    });

    it("has ja and en text for every message, headline and the description", () => {
      const rule = rules.find((r) => r.meta.id === id);
      expect(rule).toBeDefined();
      if (!rule) return;
      const messages = Object.entries(rule.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const [messageId, text] of messages) {
        expect(text.ja.trim(), `${messageId}.ja`).not.toBe("");
        expect(text.en.trim(), `${messageId}.en`).not.toBe("");
      }
      for (const [messageId, text] of Object.entries(rule.headlines ?? {})) {
        expect(Object.hasOwn(rule.messages, messageId), `headline ${messageId} has a message`).toBe(true);
        expect(text?.ja.trim(), `headline ${messageId}.ja`).not.toBe("");
        expect(text?.en.trim(), `headline ${messageId}.en`).not.toBe("");
      }
      expect(rule.meta.description.ja.trim()).not.toBe("");
      expect(rule.meta.description.en.trim()).not.toBe("");
    });
  });
});
