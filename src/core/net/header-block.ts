import type { HeaderField } from "../model/facts";

/**
 * Splits a raw header block (as Outlook's getAllInternetHeadersAsync or an .eml file gives it)
 * into fields, in order, with folded lines joined.
 *
 * Unfolding follows RFC 5322 §2.2.3: a line break followed by a space or tab is removed, the
 * whitespace itself is kept, so "Subject: a\r\n b" gives "a b". Lines that are not fields (an
 * mbox "From " line, junk before the first field) are skipped rather than failing the message.
 * The block ends at the first empty line, so a body accidentally passed along is ignored.
 *
 * @example parseHeaderBlock("From: a@example.jp\r\nSubject: Re:\r\n hello\r\n")
 *   // => [{ name: "From", value: "a@example.jp" }, { name: "Subject", value: "Re: hello" }]
 */
export function parseHeaderBlock(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let name: string | undefined;
  let value = "";

  const flush = (): void => {
    if (name !== undefined) fields.push({ name, value: value.trim() });
    name = undefined;
    value = "";
  };

  for (const line of block.split(/\r\n|\n|\r/u)) {
    if (line === "") {
      // An empty line ends the header section; a leading one (some hosts prepend it) does not.
      if (name !== undefined || fields.length > 0) break;
      continue;
    }
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (name !== undefined) value += line;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const candidate = line.slice(0, colon).trimEnd();
    if (!isFieldName(candidate)) continue;
    name = candidate;
    value = line.slice(colon + 1);
  }
  flush();
  return fields;
}

/** RFC 5322 field names: printable US-ASCII except colon. */
function isFieldName(text: string): boolean {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 33 || code > 126 || code === 58) return false;
  }
  return true;
}

/** Every value of a header, case-insensitively, in the order they appear. */
export function headerValues(fields: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return fields.filter((field) => field.name.toLowerCase() === wanted).map((field) => field.value);
}
