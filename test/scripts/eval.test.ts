import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { foreignClaims } from "../../scripts/eval/claims";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

describe("eval: display names that name someone else (reporting heuristic)", () => {
  it("lists an address or domain of another registrable domain", () => {
    expect(foreignClaims("service@paypal.com", "x@evil.example")).toContainEqual({
      kind: "address",
      value: "service@paypal.com",
    });
    expect(foreignClaims("Netflix.com", "join@anaadmin.dyana.shop")).toContainEqual({
      kind: "domain",
      value: "Netflix.com",
    });
  });

  it("does not list the sender's own domain or brand", () => {
    expect(foreignClaims("Amazon", "store-news@amazon.co.jp")).toEqual([]);
    expect(foreignClaims("support@mail.coinbase.com", "no-reply@coinbase.com")).toEqual([]);
    expect(foreignClaims("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com")).toEqual(
      [],
    );
  });

  it("lists a brand word only as a whole word", () => {
    expect(foreignClaims("UPS Delivery", "x@evil.example")).toContainEqual({ kind: "brand", value: "ups" });
    expect(foreignClaims("Groups and Setups", "x@evil.example")).toEqual([]);
  });
});

describe("npm run eval", () => {
  it("says so and exits 0 when the corpus is absent", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/eval.ts", "--corpus", "/nonexistent/corpus"],
      { cwd: repoRoot, encoding: "utf8", timeout: 60000 },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No corpus at \/nonexistent\/corpus/);
  });
});
