import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { errorPage, serveErrorPage } from "../../scripts/start-error-page.mjs";

const repo = resolve(import.meta.dirname, "..", "..");

describe("npm start with a bad policy", () => {
  it("shows the build's field errors in the page instead of a blank playground", async () => {
    // The same development build npm start runs, with an invalid policy: it stops before bundling.
    const build = await promisify(execFile)(
      process.execPath,
      ["scripts/build/run-webpack.mjs", "--mode", "development"],
      {
        cwd: repo,
        encoding: "utf8",
        timeout: 120_000,
        env: {
          ...process.env,
          SENDER_GUARD_POLICY: join(repo, "test", "fixtures", "policies", "invalid-fields.json"),
          SENDER_GUARD_DIST: join(repo, "node_modules", ".cache", "start-error-page-test"),
        },
      },
    ).then(
      () => ({ code: 0, output: "" }),
      (error: unknown) => {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
      },
    );
    expect(build.code).toBe(1);
    const output = build.output;
    const served = await serveErrorPage({ port: 0, output });
    try {
      const response = await fetch(`${served.url}playground.html`);
      const html = await response.text();
      expect(response.status).toBe(500);
      expect(html).toContain("The build failed");
      expect(html).toContain("staff[0].alias: unknown field `alias` — did you mean `aliases`?");
      expect(html).toContain("disableBuiltInBrands: must be true or false (got &#34;yes&#34;)");
    } finally {
      await served.close();
    }
  }, 120_000);

  it("escapes what it shows and drops terminal colours", () => {
    const html = errorPage("\u001b[31mBuild stopped: policy x is invalid:\u001b[0m\n<script>alert(1)</script>");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&#60;script&#62;");
    expect(html).toContain("<p>Build stopped: policy x is invalid:</p>");
  });
});
