import { describe, expect, it } from "vitest";
import { defaultPolicy } from "../../src/core";
import { loadHostedPolicy, policyUrl, type FetchLike } from "../../src/office/policy-fetch";

const base = "https://addin.example.jp/sender-guard/";

function answer(status: number, body: string): { fetchFn: FetchLike; urls: string[] } {
  const urls: string[] = [];
  const fetchFn: FetchLike = (url) => {
    urls.push(url);
    return Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) });
  };
  return { fetchFn, urls };
}

const validPolicy = {
  ...defaultPolicy,
  reportMailbox: "abuse@other-org.example.jp",
  organization: { names: ["別組織"], domains: ["other-org.example.jp"] },
};

describe("loadHostedPolicy", () => {
  it("loads a valid policy.json next to the add-in", async () => {
    const { fetchFn, urls } = answer(200, JSON.stringify(validPolicy));
    const loaded = await loadHostedPolicy(`${base}taskpane.html?_host_Info=Outlook`, fetchFn);
    expect(urls).toEqual([`${base}policy.json`]);
    expect(loaded.source).toEqual({ kind: "hosted", url: `${base}policy.json` });
    expect(loaded.policy.reportMailbox).toBe("abuse@other-org.example.jp");
    expect(loaded.policy.organization.names).toEqual(["別組織"]);
  });

  it("falls back to the built-in policy on 404, saying why", async () => {
    const loaded = await loadHostedPolicy(base, answer(404, "not found").fetchFn);
    expect(loaded.policy).toBe(defaultPolicy);
    expect(loaded.source.kind).toBe("default");
    if (loaded.source.kind === "default") expect(loaded.source.reason).toContain("HTTP 404");
  });

  it("marks invalid JSON as an invalid policy", async () => {
    const loaded = await loadHostedPolicy(base, answer(200, "{ not json").fetchFn);
    expect(loaded.policy).toBe(defaultPolicy);
    expect(loaded.source.kind).toBe("invalid");
    if (loaded.source.kind === "invalid") {
      expect(loaded.source.url).toBe(`${base}policy.json`);
      expect(loaded.source.issues[0]?.field).toBe("(root)");
    }
  });

  it("names the invalid field", async () => {
    const loaded = await loadHostedPolicy(
      base,
      answer(200, JSON.stringify({ ...validPolicy, reportMailbox: "not-an-address" })).fetchFn,
    );
    expect(loaded.source.kind).toBe("invalid");
    if (loaded.source.kind === "invalid") expect(loaded.source.issues.map((i) => i.field)).toContain("reportMailbox");
  });

  it("gives up after the timeout so a slow server never holds back the warning", async () => {
    let aborted = false;
    const never: FetchLike = (_url, init) => {
      init?.signal?.addEventListener("abort", () => {
        aborted = true;
      });
      return new Promise(() => undefined);
    };
    const started = Date.now();
    const loaded = await loadHostedPolicy(base, never, { timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(loaded.policy).toBe(defaultPolicy);
    expect(loaded.source.kind).toBe("default");
    if (loaded.source.kind === "default") expect(loaded.source.reason).toContain("50 ms");
    expect(aborted).toBe(true);
  });

  it("falls back when the network fails or nothing is known", async () => {
    const failing: FetchLike = () => Promise.reject(new Error("offline"));
    const offline = await loadHostedPolicy(base, failing);
    expect(offline.source.kind === "default" && offline.source.reason?.includes("offline")).toBe(true);
    expect((await loadHostedPolicy(undefined, failing)).source.kind).toBe("default");
    expect((await loadHostedPolicy(base, undefined)).source.kind).toBe("default");
  });
});

describe("policyUrl", () => {
  it.each([
    ["https://h.example/x/", "https://h.example/x/policy.json"],
    ["https://h.example/x/taskpane.html?et=1#a", "https://h.example/x/policy.json"],
    ["https://h.example/x", "https://h.example/x/policy.json"],
    ["https://h.example", "https://h.example/policy.json"],
  ])("%s → %s", (input, expected) => {
    expect(policyUrl(input)).toBe(expected);
  });
});
