import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Policy } from "../core";
// Not from the core's index: that also loads the policy validator (valibot), which a scan of
// files with an already validated policy does not need.
import { analyze } from "../core/engine/analyze";
import { emlDefaults } from "../mime/eml-to-facts";
import { looksLikeMsg } from "../mime/msg-signature";
import { messageToFacts } from "../mime/read-message";
import type { Target } from "./collect";
import { recordFromError, recordFromVerdict, type ScanRecord } from "./report";
import { errorText } from "../core/text/error-text";

const mailHeaders = new Set([
  "from",
  "sender",
  "to",
  "subject",
  "date",
  "message-id",
  "received",
  "return-path",
  "mime-version",
]);

/** The blank line that ends a mail's header section (CRLF or bare LF). */
function headerSectionEnds(bytes: Buffer): boolean {
  return bytes.indexOf("\n\n") >= 0 || bytes.indexOf("\n\r\n") >= 0;
}

type FileBytes = { readonly bytes: Buffer } | { readonly refused: string };

/**
 * Reads a whole file, refusing a huge or empty one before its bytes are read. Synchronous on
 * purpose: a scan thread has nothing else to do meanwhile, and awaiting each read left it idle.
 */
function readWhole(file: string): FileBytes {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > emlDefaults.maxMessageBytes)
      return { refused: `file is ${size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit` };
    if (size === 0) return { refused: "the file is empty" };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    // A file that shrinks while it is read ends early; one that grows is read up to the size seen.
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

/** Judges one file; never throws, so one bad file becomes one `unknown` record and the scan goes on. */
export async function scanFile(file: string, policy: Policy): Promise<ScanRecord> {
  try {
    const read = readWhole(file);
    if ("refused" in read) return recordFromError(file, read.refused);
    const { bytes } = read;
    const parsed = await messageToFacts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      maxBodyChars: policy.limits.maxBodyChars,
      maxAttachmentBytes: policy.limits.maxAttachmentBytes,
    });
    // A file cut off inside its headers parses, but what was cut off was never examined: unknown, not safe.
    // An Outlook .msg is a binary container with no header section of its own to end.
    // Left here for now: the .eml reader (emlToFacts, which already lists missing parts through
    // buildFacts) could report the unended header section itself; this check, with its .msg
    // exception, could then go. That changes the reader's own output (and its tests), so it is a
    // separate change.
    const facts =
      looksLikeMsg(bytes) || headerSectionEnds(bytes)
        ? parsed
        : {
            ...parsed,
            missing: [
              ...parsed.missing,
              {
                part: "body" as const,
                reason: "failed" as const,
                detail: "the header section never ends: the file looks truncated",
              },
            ],
          };
    // Bytes with no header a mail would have (a binary file, a truncated download) are not a mail.
    if (
      facts.from === undefined &&
      facts.subject === "" &&
      facts.to.length === 0 &&
      !(facts.headers ?? []).some((h) => mailHeaders.has(h.name.toLowerCase()))
    ) {
      return recordFromError(file, "no mail headers found (not an .eml message, or truncated before its headers)");
    }
    return recordFromVerdict(file, facts.subject, analyze(facts, policy));
  } catch (error) {
    return recordFromError(file, errorText(error));
  }
}

/** A collected target: judged when it is a file, its collection error as the record otherwise. */
export function scanTarget(target: Target, policy: Policy): Promise<ScanRecord> {
  return target.ok ? scanFile(target.file, policy) : Promise.resolve(recordFromError(target.file, target.error));
}
