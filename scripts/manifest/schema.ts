import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Problem } from "./problem";

/**
 * `<MessageAttachments>` (the preview child of the OnMessageReadWithCustomAttachment launch event, as
 * documented in Microsoft's manifest reference) is not in the shared offline XSD. It is removed before
 * the schema check — keeping line numbers — and checked by the project's own rules instead.
 */
export function withoutPreviewAttachments(xml: string): { xml: string; removed: number } {
  let removed = 0;
  const out = xml.replace(
    /<LaunchEvent\b([^>]*?)\s*>\s*<MessageAttachments>[\s\S]*?<\/MessageAttachments>\s*<\/LaunchEvent>/g,
    (whole, attributes: string) => {
      removed += 1;
      return `<LaunchEvent${attributes}/>${"\n".repeat(whole.split("\n").length - 1)}`;
    },
  );
  return { xml: out, removed };
}

export type SchemaResult = { readonly problems: Problem[]; readonly notes: string[] };

/** Runs `xmllint --noout --nonet --schema` on the manifest text and turns its messages into problems. */
export function checkSchema(label: string, xml: string, schemaPath: string): SchemaResult {
  const notes: string[] = [];
  const prepared = withoutPreviewAttachments(xml);
  if (prepared.removed > 0) {
    notes.push(
      `${label}: <MessageAttachments> (preview, not in the shared XSD) was left out of the schema check; the project's own checks cover it.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "sender-guard-manifest-"));
  const file = join(dir, basename(label));
  try {
    writeFileSync(file, prepared.xml);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schemaPath, file], { encoding: "utf8" });
    if (result.error) {
      return {
        notes,
        problems: [
          {
            severity: "error",
            file: label,
            element: "<OfficeApp>",
            message: `could not run xmllint (${result.error.message}); install it with: sudo apt-get install -y libxml2-utils`,
          },
        ],
      };
    }
    if (result.status === 0) return { problems: [], notes };
    const problems: Problem[] = [];
    for (const raw of result.stderr.split("\n")) {
      const text = raw.replace(file, label).trim();
      if (text === "" || text.endsWith("fails to validate") || text.endsWith("validates")) continue;
      const schemaError = /^.*?:(\d+): element (\S+): Schemas validity error : (.*)$/.exec(text);
      if (schemaError) {
        const [, line, element = "", message = ""] = schemaError;
        problems.push({
          severity: "error",
          file: label,
          element: `<${element}>`,
          line: Number(line),
          message: `schema: ${message.replace(/\{[^}]*\}/g, "")}`,
        });
        continue;
      }
      const parserError = /^.*?:(\d+): (.*)$/.exec(text);
      if (parserError) {
        const [, line, message = ""] = parserError;
        problems.push({
          severity: "error",
          file: label,
          element: "<OfficeApp>",
          line: Number(line),
          message: `xmllint: ${message}`,
        });
      } else if (!text.startsWith("^") && !text.startsWith("<")) {
        problems.push({ severity: "error", file: label, element: "<OfficeApp>", message: `xmllint: ${text}` });
      }
    }
    if (problems.length === 0) {
      problems.push({
        severity: "error",
        file: label,
        element: "<OfficeApp>",
        message: `xmllint rejected the manifest (exit ${String(result.status)}) without a readable message`,
      });
    }
    return { problems, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
