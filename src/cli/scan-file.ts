import { readFile, stat } from "node:fs/promises";
import { analyze, type Policy } from "../core";
import { emlDefaults, emlToFacts } from "../mime/eml-to-facts";
import { recordFromError, recordFromVerdict, type ScanRecord } from "./report";
import { errorText } from "../core/text/error-text";

/** Judges one file; never throws, so one bad file becomes one `unknown` record and the scan goes on. */
export async function scanFile(file: string, policy: Policy): Promise<ScanRecord> {
  try {
    // Size first, so a huge file is refused before it is read into memory.
    const info = await stat(file);
    if (info.size > emlDefaults.maxMessageBytes) return recordFromError(file, `file is ${info.size} bytes, larger than the ${emlDefaults.maxMessageBytes}-byte limit`);
    const bytes = await readFile(file);
    const facts = await emlToFacts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      maxBodyChars: policy.limits.maxBodyChars,
      maxAttachmentBytes: policy.limits.maxAttachmentBytes,
    });
    return recordFromVerdict(file, facts.subject, analyze(facts, policy));
  } catch (error) {
    return recordFromError(file, errorText(error));
  }
}
