import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { launchEventPolicy } from "../../scripts/build/built-in-policy-loader.mjs";
import { blankPaneOnlyTexts } from "../../scripts/build/launch-event-texts.mjs";
import { PolicySourceError, checkPolicyFile } from "../../scripts/build/policy-source.mjs";
import { isAbsoluteUrl } from "../../src/core/net/url-syntax";
import { validatePolicy } from "../../src/core/policy/parse";

const repo = resolve(import.meta.dirname, "..", "..");
const defaultPolicyFile = join(repo, "policy", "default-policy.json");
const temp = mkdtempSync(join(tmpdir(), "sg-policy-step-"));

afterEach(() => {
  vi.unstubAllGlobals();
});

function writePolicy(name: string, text: string): string {
  const file = join(temp, name);
  writeFileSync(file, text, "utf8");
  return file;
}

/** The policy the build embeds: checkPolicyFile is what webpack.config.js runs (through selectPolicy). */
async function validatedPolicyFile(file: string) {
  return (await checkPolicyFile(file)).policy;
}

describe("checkPolicyFile (the build's policy step)", () => {
  it("returns the validated default policy, with the schema's defaults filled in", async () => {
    const policy = await validatedPolicyFile(defaultPolicyFile);
    const direct = validatePolicy(JSON.parse(readFileSync(defaultPolicyFile, "utf8")));
    expect(direct.ok && policy).toEqual(direct.ok ? direct.policy : "invalid");
    expect(policy.limits).toEqual({
      maxBodyChars: 2_000_000,
      maxAttachmentBytes: 10_000_000,
      paddedEntryBytes: 100_000_000,
    });
  });

  it("refuses a policy with field errors, naming every field", async () => {
    const broken = JSON.parse(readFileSync(defaultPolicyFile, "utf8")) as {
      links: { url: string }[];
      organization: { domains: string[] };
    };
    broken.links[0] = { ...broken.links[0], url: "not a url" };
    broken.organization.domains = ["Bad Domain"];
    const file = writePolicy("broken.json", JSON.stringify(broken));
    const error: unknown = await validatedPolicyFile(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PolicySourceError);
    const message = (error as Error).message;
    expect(message).toContain(`policy ${file} is invalid:`);
    expect(message).toContain("organization.domains[0]: must be a domain");
    expect(message).toContain("links[0].url: must be a URL");
    expect(message).not.toMatch(/\n\s+at /u);
  });

  it("refuses text that is not JSON and a file that is missing", async () => {
    await expect(validatedPolicyFile(writePolicy("syntax.json", "{ nope"))).rejects.toThrow(/\(root\): .*line 1/u);
    await expect(validatedPolicyFile(join(temp, "absent.json"))).rejects.toThrow(/does not exist/u);
  });
});

describe("the launch event's copy of the built-in policy", () => {
  it("drops steps and links only", async () => {
    const policy = await validatedPolicyFile(defaultPolicyFile);
    const launch = launchEventPolicy(policy);
    expect(launch.steps).toEqual({ opened: [] });
    expect(launch.links).toEqual([]);
    expect({ ...launch, steps: policy.steps, links: policy.links }).toEqual(policy);
  });
});

describe("blankPaneOnlyTexts", () => {
  const rule = `export const r = defineRule({
  meta: { id: "x", description: { ja: "説明", en: "what it does" } },
  messages: { found: { ja: "{host} は違います", en: \`{host} differs\` } },
  headlines: { found: { ja: "見出し", en: "headline" } },
  check: () => [{ messageId: "found", evidence: { host: "a.example" } }],
});`;

  it("blanks rule messages and descriptions, keeps keys, headlines and code", () => {
    const out = blankPaneOnlyTexts(rule, "/repo/src/core/rules/x.ts");
    expect(out).toContain(`description: { ja: "", en: "" }`);
    expect(out).toContain(`messages: { found: { ja: "", en: "" } }`);
    expect(out).toContain(`headlines: { found: { ja: "見出し", en: "headline" } }`);
    expect(out).toContain(`evidence: { host: "a.example" }`);
  });

  it("leaves files outside its list untouched", () => {
    expect(blankPaneOnlyTexts(rule, "/repo/src/core/engine/headline.ts")).toBe(rule);
  });

  it("blanks the could-not-be-checked sentences of engine/skipped.ts", () => {
    const file = join(repo, "src/core/engine/skipped.ts");
    const out = blankPaneOnlyTexts(readFileSync(file, "utf8"), file);
    expect(out).not.toContain("差出人");
    expect(out).toContain("export function describeMissing");
  });
});

describe("isAbsoluteUrl", () => {
  const cases: [string, boolean][] = [
    ["https://www.ipa.go.jp/security/announce/20191202.html", true],
    ["https://github.com/JPCERTCC/EmoCheck/releases", true],
    ["https://例え.jp/パス?q=1#frag", true],
    ["https://[2001:db8::1]:8443/x", true],
    ["https://user@host.example/", true],
    ["www.example.jp", false],
    ["https://", false],
    ["https:// spaced.example/", false],
    ["not a url", false],
    ["", false],
  ];

  it("answers like WHATWG URL where URL exists", () => {
    for (const [text, valid] of cases) expect(isAbsoluteUrl(text), text).toBe(valid);
  });

  it("gives the same answers from its syntax check where URL is missing (Outlook's JavaScript-only runtime)", () => {
    vi.stubGlobal("URL", undefined);
    for (const [text, valid] of cases) expect(isAbsoluteUrl(text), text).toBe(valid);
  });
});

process.on("exit", () => {
  rmSync(temp, { recursive: true, force: true });
});
