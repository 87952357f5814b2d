import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STANDIN_PATH, startServer, swapOfficeScript, type Served } from "../../scripts/serve.mjs";

/** The loopback server behind `npm start` and the browser tests. */

const page = `<!doctype html><html><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body></body></html>`;
let root: string;
let server: Served;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), "serve-test-"));
  root = join(parent, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "taskpane.html"), page);
  writeFileSync(join(root, "playground.html"), "<p>playground</p>");
  writeFileSync(join(root, "taskpane.js"), "void 0;");
  writeFileSync(join(root, "manifest.xml"), "<OfficeApp/>");
  writeFileSync(join(root, "policy.json"), "{}");
  writeFileSync(join(root, "assets", "icon-16.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(parent, "secret.txt"), "outside the served folder");
  server = await startServer({ root, port: 0, standinScript: "window.standin = true;" });
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => fetch(new URL(path, server.url));

describe("serve", () => {
  it("listens on loopback only", async () => {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
    await expect(startServer({ root, host: "0.0.0.0" })).rejects.toThrow(/loopback/u);
  });

  it.each([
    ["taskpane.html", "text/html; charset=utf-8"],
    ["taskpane.js", "text/javascript; charset=utf-8"],
    ["manifest.xml", "application/xml; charset=utf-8"],
    ["policy.json", "application/json; charset=utf-8"],
    ["assets/icon-16.png", "image/png"],
  ])("serves %s as %s", async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves the playground at the root when there is no index.html", async () => {
    expect(await (await get("/")).text()).toContain("playground");
  });

  it("answers 404 for missing files and never leaves the served folder", async () => {
    expect((await get("nope.html")).status).toBe(404);
    expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
    expect((await get("/..%2fsecret.txt")).status).toBe(404);
  });

  it("swaps office.js for the stand-in only when asked", async () => {
    expect(await (await get("taskpane.html")).text()).toContain("appsforoffice.microsoft.com");
    const swapped = await (await get("taskpane.html?standin=1")).text();
    expect(swapped).not.toContain("appsforoffice.microsoft.com");
    expect(swapped).toContain(`<script src="${STANDIN_PATH}"></script>`);
    expect(await (await get(STANDIN_PATH)).text()).toBe("window.standin = true;");
  });

  it("says so when a page has no office.js to swap", () => {
    expect(() => swapOfficeScript("<html></html>")).toThrow(/office\.js/u);
  });
});
