import type { CharsetDecoder } from "../core/net/encoded-words";

/**
 * Charset decoding through TextDecoder where the runtime has it (browsers do; Outlook's
 * JavaScript-only runtime may not), so ISO-2022-JP and Shift_JIS names decode in the pane.
 * Without TextDecoder, names in those charsets stay encoded and the address is still compared.
 */
export const platformCharsetDecoder: CharsetDecoder = (charset, bytes) => {
  if (typeof TextDecoder === "undefined") return null;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null;
  }
};
