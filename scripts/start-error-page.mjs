// `npm start` when the build fails (most often an invalid policy): instead of a blank playground,
// the page at the usual address lists what the build said, field errors included.
import { createServer } from "node:http";

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The build's output, without terminal colour codes, as a page. @param {string} output */
export function errorPage(output) {
  // eslint-disable-next-line no-control-regex -- terminal colour codes are control characters by definition
  const plain = output.replace(/\u001b\[[0-9;]*m/g, "").trim();
  const stopped = plain.split("\n").find((l) => l.startsWith("Build stopped:")) ?? "The build failed.";
  return [
    "<!doctype html>",
    '<html lang="ja"><head><meta charset="utf-8"><title>Sender Guard: the build failed</title>',
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
    "<style>body{font-family:sans-serif;margin:2rem;max-width:60rem}pre{white-space:pre-wrap;background:#fdf3f4;border:2px solid #c50f1f;padding:1rem}</style>",
    "</head><body>",
    "<h1>ビルドできませんでした / The build failed</h1>",
    `<p>${escapeHtml(stopped)}</p>`,
    "<p>ポリシーの誤りは次の行に「フィールド: 直し方」の形で示されています。直してから <code>npm start</code> をやり直してください。<br>",
    "Policy mistakes are listed below as “field: what is expected”. Fix them and run <code>npm start</code> again.</p>",
    `<pre>${escapeHtml(plain)}</pre>`,
    "</body></html>",
  ].join("\n");
}

/**
 * Serves the error page on every path of the loopback address the playground would have used.
 * @param {{ port: number, output: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveErrorPage({ port, output }) {
  const page = errorPage(output);
  const server = createServer((_request, response) => {
    response.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(page);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address !== null ? address.port : port;
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
