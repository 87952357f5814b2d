#!/usr/bin/env node
// A small static server for dist/, on loopback only. Used by `npm start` (the playground) and by
// the browser tests. With a stand-in script, `<page>.html?standin=1` is served with the Office CDN
// script swapped for the stand-in, so the real task pane runs outside Outlook.
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

export const OFFICE_CDN_SCRIPT = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const STANDIN_PATH = "/__standin/office.js";

/** @satisfies {Readonly<Record<string, string>>} */
const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".eml": "message/rfc822",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

const loopback = new Set(["127.0.0.1", "localhost", "::1"]);

/**
 * The page with office.js replaced by the stand-in; throws when the page has no office.js tag.
 * @param {string} html
 */
export function swapOfficeScript(html) {
  const tag =
    /<script\b[^>]*\bsrc=["']https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["'][^>]*>\s*<\/script>/i;
  if (!tag.test(html)) throw new Error(`the page does not load ${OFFICE_CDN_SCRIPT}`);
  return html.replace(tag, `<script src="${STANDIN_PATH}"></script>`);
}

/**
 * @typedef {object} ServeOptions
 * @property {string} [root] folder to serve; "dist" by default
 * @property {number} [port] 0 (the default) picks a free port
 * @property {string} [host] loopback only: 127.0.0.1 (default), localhost or ::1
 * @property {string} [standinScript] when set, `/__standin/office.js` serves it and `*.html?standin=1` loads it instead of office.js
 * @property {{ readonly cert: string | Buffer, readonly key: string | Buffer }} [tls]
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {object} Served
 * @property {string} url base URL with a trailing slash, e.g. http://127.0.0.1:3000/
 * @property {number} port
 * @property {() => Promise<void>} close
 */

/**
 * @param {ServeOptions} [options]
 * @returns {Promise<Served>}
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? "dist");
  const host = options.host ?? "127.0.0.1";
  if (!loopback.has(host)) throw new Error(`refusing to listen on ${host}: this server is for loopback only`);
  const log = options.log ?? (() => undefined);

  /** @param {string} pathname */
  async function fileFor(pathname) {
    const decoded = decodeURIComponent(pathname);
    if (decoded.includes("\0")) return undefined;
    let path = resolve(join(root, decoded));
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    let info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const index of ["index.html", "playground.html"]) {
        const candidate = join(path, index);
        const found = await stat(candidate).catch(() => undefined);
        if (found?.isFile()) {
          path = candidate;
          info = found;
          break;
        }
      }
    }
    return info?.isFile() ? path : undefined;
  }

  /**
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   */
  async function handle(request, response) {
    const url = new URL(request.url ?? "/", "http://loopback");
    /**
     * @param {number} status
     * @param {string} type
     * @param {string | Buffer} body
     */
    const send = (status, type, body) => {
      response.writeHead(status, {
        "content-type": type,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD")
      return send(405, "text/plain; charset=utf-8", "method not allowed\n");
    if (url.pathname === STANDIN_PATH && options.standinScript !== undefined)
      return send(200, contentTypes[".js"], options.standinScript);
    let path;
    try {
      path = await fileFor(url.pathname);
    } catch {
      return send(400, "text/plain; charset=utf-8", "bad path\n");
    }
    if (path === undefined) {
      log(`404 ${url.pathname}`);
      return send(404, "text/plain; charset=utf-8", `not found: ${url.pathname}\n`);
    }
    const type =
      /** @type {Readonly<Record<string, string | undefined>>} */ (contentTypes)[extname(path).toLowerCase()] ??
      "application/octet-stream";
    const body = await readFile(path);
    if (type.startsWith("text/html") && url.searchParams.get("standin") === "1") {
      if (options.standinScript === undefined)
        return send(501, "text/plain; charset=utf-8", "this server has no Office stand-in\n");
      try {
        return send(200, type, swapOfficeScript(body.toString("utf8")));
      } catch (error) {
        return send(500, "text/plain; charset=utf-8", `${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
    return send(200, type, body);
  }

  /** @type {import("node:http").RequestListener} */
  const listener = (request, response) => {
    handle(request, response).catch((error) => {
      log(`500 ${request.url}: ${error}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("internal error\n");
    });
  };
  const server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const scheme = options.tls ? "https" : "http";
  const shownHost = host === "::1" ? "[::1]" : host;
  return {
    url: `${scheme}://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done(undefined));
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.env.PORT ?? 3000);
  const served = await startServer({ root, port, log: (line) => console.log(line) });
  console.log(`Serving ${resolve(root)} at ${served.url} (Ctrl+C to stop)`);
}
