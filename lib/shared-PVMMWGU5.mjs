// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  recordFromError,
  recordFromVerdict
} from "./shared-DZLTXA7M.mjs";
import {
  analyze
} from "./shared-EKA33KFR.mjs";
import {
  emlDefaults,
  emlToFacts,
  looksLikeMsg
} from "./shared-3SKTSMIP.mjs";
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/scan-file.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/mime/read-message.ts
async function messageToFacts(bytes, options = {}) {
  if (!looksLikeMsg(bytes)) return emlToFacts(bytes, options);
  const { msgToFacts } = await import("./shared-3BWYITV2.mjs");
  return msgToFacts(bytes, options);
}

// src/cli/scan-file.ts
var mailHeaders = /* @__PURE__ */ new Set([
  "from",
  "sender",
  "to",
  "subject",
  "date",
  "message-id",
  "received",
  "return-path",
  "mime-version"
]);
function headerSectionEnds(bytes) {
  return bytes.indexOf("\n\n") >= 0 || bytes.indexOf("\n\r\n") >= 0;
}
function readWhole(file) {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > emlDefaults.maxMessageBytes)
      return { refused: `file is ${size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit` };
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
    const facts = looksLikeMsg(bytes) || headerSectionEnds(bytes) ? parsed : {
      ...parsed,
      missing: [
        ...parsed.missing,
        {
          part: "body",
          reason: "failed",
          detail: "the header section never ends: the file looks truncated"
        }
      ]
    };
    if (facts.from === void 0 && facts.subject === "" && facts.to.length === 0 && !(facts.headers ?? []).some((h) => mailHeaders.has(h.name.toLowerCase()))) {
      return recordFromError(file, "no mail headers found (not an .eml message, or truncated before its headers)");
    }
    return recordFromVerdict(file, facts.subject, analyze(facts, policy));
  } catch (error) {
    return recordFromError(file, errorText(error));
  }
}
function scanTarget(target, policy) {
  return target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error));
}

export {
  scanFile,
  scanTarget
};
