/** Synthetic mails for robustness tests: plain, readable, and built only from what a test passes in. */

export type MailAttachment = {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
};

export type MailSpec = {
  /** Raw header lines written as given (no encoding is applied), e.g. `From: a <b@c.example>`. */
  readonly headers: readonly string[];
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly MailAttachment[];
};

const boundary = "sg-robustness-boundary";

/** Base64 in 76-character lines, without Node's Buffer (the helper stays runtime-neutral). */
export function base64Lines(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const encoded = btoa(binary);
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join("\r\n");
}

function encodeUtf8Base64(text: string): string {
  return base64Lines(new TextEncoder().encode(text));
}

/** Builds a MIME message as bytes: a text part, an optional HTML part, attachments in base64. */
export function buildMail(spec: MailSpec): Uint8Array {
  const parts: string[] = [];
  parts.push(
    [
      "Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: base64",
      "",
      encodeUtf8Base64(spec.text ?? ""),
    ].join("\r\n"),
  );
  if (spec.html !== undefined)
    parts.push(
      [
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        encodeUtf8Base64(spec.html),
      ].join("\r\n"),
    );
  for (const a of spec.attachments ?? []) {
    parts.push(
      [
        `Content-Type: ${a.contentType}; name="${a.name}"`,
        "Content-Transfer-Encoding: base64",
        `Content-Disposition: attachment; filename="${a.name}"`,
        "",
        base64Lines(a.bytes),
      ].join("\r\n"),
    );
  }
  const head = [...spec.headers, "MIME-Version: 1.0", `Content-Type: multipart/mixed; boundary="${boundary}"`];
  const body = parts.map((p) => `--${boundary}\r\n${p}\r\n`).join("") + `--${boundary}--\r\n`;
  return new TextEncoder().encode(`${head.join("\r\n")}\r\n\r\n${body}`);
}

/** RFC 2047 B-encoding of a UTF-8 string, e.g. for display names that smuggle quotes or addresses. */
export function encodedWord(text: string): string {
  return `=?UTF-8?B?${encodeUtf8Base64(text).replace(/\r\n/g, "")}?=`;
}
