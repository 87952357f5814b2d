/**
 * A JavaScript string literal with everything outside printable ASCII escaped, so generated data
 * files show no invisible or look-alike characters to a reviewer.
 */
export function asciiLiteral(text) {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (cp >= 0x20 && cp <= 0x7e) out += ch;
    else out += `\\u{${cp.toString(16)}}`;
  }
  return `${out}"`;
}
