// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  analyze
} from "./shared-PDZVKWGP.mjs";
import {
  emlDefaults,
  emlToFacts,
  looksLikeMsg
} from "./shared-4ESLJZ37.mjs";
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/report.ts
var unreadableHeadline = {
  ja: "このファイルは読み取れなかったため、確認できませんでした。",
  en: "This file could not be read, so it was not checked."
};
function unknownReason(verdict) {
  const parts = [
    ...verdict.skipped.map((s) => `${s.message.en}${s.detail !== void 0 ? ` (${s.detail})` : ""}`),
    ...verdict.ruleFailures.map((f) => `rule ${f.rule} failed: ${f.error}`)
  ];
  if (verdict.sender.address === "" && !verdict.skipped.some((s) => s.part === "from")) parts.unshift("no sender address (From) could be read");
  return parts.length > 0 ? [...new Set(parts)].join("; ") : verdict.headline.en;
}
function recordFromVerdict(file, subject, verdict) {
  return {
    file,
    level: verdict.level,
    headline: verdict.headline,
    sender: { displayName: verdict.sender.displayName, address: verdict.sender.address },
    subject,
    findings: verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId })),
    skipped: verdict.skipped.map((s) => ({ part: s.part, reason: s.reason, ...s.detail !== void 0 ? { detail: s.detail } : {} })),
    ...verdict.ruleFailures.length > 0 ? { ruleFailures: verdict.ruleFailures } : {},
    ...verdict.drill === true ? { drill: true } : {},
    ...verdict.drillId !== void 0 ? { drillId: verdict.drillId } : {},
    ...verdict.trustedReason !== void 0 ? { trustedReason: verdict.trustedReason } : {},
    ...verdict.level === "unknown" ? { reason: unknownReason(verdict) } : {}
  };
}
function recordFromError(file, error) {
  return { file, level: "unknown", headline: unreadableHeadline, findings: [], skipped: [], error, reason: `could not be read: ${error}` };
}
function jsonLine(record) {
  return JSON.stringify(record);
}
function width(text) {
  let n = 0;
  for (const char of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return n;
}
function pad(text, columns) {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}
function row(r) {
  const warningSigns = r.level === "danger" || r.level === "caution" ? r.findings.filter((f) => f.severity !== "info") : [];
  const notes = r.findings.length - warningSigns.length;
  const detail = r.level === "unknown" ? r.reason ?? "not checked" : warningSigns[0]?.rule ?? "-";
  return [r.level, warningSigns.length > 0 ? String(warningSigns.length) : "-", notes > 0 ? String(notes) : "-", r.file, detail];
}
function table(records) {
  const header = ["LEVEL", "SIGNS", "NOTES", "FILE", "TOP SIGN / REASON"];
  const all = [header, ...records.map(row)];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => width(cells[i] ?? ""))));
  return all.map((cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0)).join("  ")).join("\n") + "\n";
}
function summary(records) {
  const count = (level) => records.filter((r) => r.level === level).length;
  const unreadable = records.filter((r) => r.error !== void 0).length;
  const unknown = count("unknown");
  const parts = [unreadable > 0 ? `${unreadable} could not be read` : "", unknown - unreadable > 0 ? `${unknown - unreadable} not fully checked` : ""].filter((p) => p !== "");
  return `${records.length} message(s): danger ${count("danger")}, caution ${count("caution")}, safe ${count("safe")}, unknown ${unknown}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

// src/cli/scan-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/mime/read-message.ts
async function messageToFacts(bytes, options = {}) {
  if (!looksLikeMsg(bytes)) return emlToFacts(bytes, options);
  const { msgToFacts } = await import("./shared-MUZUXXY6.mjs");
  return msgToFacts(bytes, options);
}

// src/cli/scan-file.ts
var mailHeaders = /* @__PURE__ */ new Set(["from", "sender", "to", "subject", "date", "message-id", "received", "return-path", "mime-version"]);
function headerSectionEnds(bytes) {
  return bytes.indexOf("\n\n") >= 0 || bytes.indexOf("\n\r\n") >= 0;
}
function readWhole(file) {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > emlDefaults.maxMessageBytes) return { refused: `file is ${size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit` };
    if (size === 0) return { refused: "the file is empty" };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: filled === size ? bytes : bytes.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
async function scanFile(file, policy) {
  try {
    const read = readWhole(file);
    if ("refused" in read) return recordFromError(file, read.refused);
    const { bytes } = read;
    const parsed = await messageToFacts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      maxBodyChars: policy.limits.maxBodyChars,
      maxAttachmentBytes: policy.limits.maxAttachmentBytes
    });
    const facts = looksLikeMsg(bytes) || headerSectionEnds(bytes) ? parsed : { ...parsed, missing: [...parsed.missing, { part: "body", reason: "failed", detail: "the header section never ends: the file looks truncated" }] };
    if (facts.from === void 0 && facts.subject === "" && facts.to.length === 0 && !(facts.headers ?? []).some((h) => mailHeaders.has(h.name.toLowerCase()))) {
      return recordFromError(file, "no mail headers found (not an .eml message, or truncated before its headers)");
    }
    return recordFromVerdict(file, facts.subject, analyze(facts, policy));
  } catch (error) {
    return recordFromError(file, errorText(error));
  }
}

// src/cli/worker-pool.ts
import { Worker, parentPort } from "node:worker_threads";
var PoolError = class extends Error {
  constructor(message, delivered) {
    super(message);
    this.delivered = delivered;
    this.name = "PoolError";
  }
};
function mapInWorkers(items, options, onResult) {
  const batches = [];
  for (let start = 0; start < items.length; start += options.batchSize) batches.push({ start, items: items.slice(start, start + options.batchSize) });
  const count = Math.max(1, Math.min(options.workers, batches.length));
  const done = /* @__PURE__ */ new Map();
  const workers = [];
  let next = 0;
  let delivered = 0;
  let settled = false;
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error === void 0) resolve();
      else reject(new PoolError(error, delivered));
    };
    const flush = () => {
      for (let results = done.get(delivered); results !== void 0; results = done.get(delivered)) {
        done.delete(delivered);
        for (const result of results) {
          onResult(delivered, result);
          delivered += 1;
        }
      }
      if (delivered === items.length) finish();
    };
    const feed = (worker) => {
      const batch = batches[next];
      if (batch === void 0) return;
      next += 1;
      worker.postMessage(batch);
    };
    if (items.length === 0) {
      finish();
      return;
    }
    for (let i = 0; i < count; i++) {
      const worker = new Worker(options.workerUrl, { workerData: options.workerData });
      workers.push(worker);
      worker.on("message", (reply) => {
        if (settled) return;
        if ("error" in reply) {
          finish(`worker failed on items from ${reply.start}: ${reply.error}`);
          return;
        }
        done.set(reply.start, reply.results);
        feed(worker);
        try {
          flush();
        } catch (error) {
          finish(errorText(error));
        }
      });
      worker.on("error", (error) => {
        finish(`worker failed: ${errorText(error)}`);
      });
      worker.on("exit", (code) => {
        if (!settled) finish(`worker stopped (exit code ${code}) before the work was done`);
      });
      feed(worker);
      feed(worker);
    }
  });
}
function serveBatches(handle) {
  const port = parentPort;
  if (port === null) throw new Error("serveBatches must run in a worker thread");
  let queue = Promise.resolve();
  port.on("message", (batch) => {
    queue = queue.then(async () => {
      try {
        const results = [];
        for (const item of batch.items) results.push(await handle(item));
        port.postMessage({ start: batch.start, results });
      } catch (error) {
        port.postMessage({ start: batch.start, error: errorText(error) });
      }
    });
  });
}

export {
  recordFromError,
  jsonLine,
  table,
  summary,
  scanFile,
  mapInWorkers,
  serveBatches
};
