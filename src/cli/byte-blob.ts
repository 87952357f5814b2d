/**
 * The part of `Blob` that postal-mime's decoders use (`new Blob(chunks)`, `'arrayBuffer' in blob`,
 * `await blob.arrayBuffer()`), joining the bytes in memory. Node's own Blob hands every part to
 * native code and reads it back through an asynchronous stream, which cost the CLI about a sixth
 * of its scan time. The CLI build gives only postal-mime's code this class under the name `Blob`
 * (scripts/build/cli.mjs); nothing else sees it.
 */

type Part = string | ArrayBuffer | ArrayBufferView | ByteBlob;

const encoder = new TextEncoder();
const newline = encoder.encode("\n");

function bytesOf(part: Part): Uint8Array {
  if (typeof part === "string") return part === "\n" ? newline : encoder.encode(part);
  if (part instanceof ByteBlob) return part.bytes;
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  // Blob turns any other value into its string form; so does this.
  return encoder.encode(String(part));
}

export class ByteBlob {
  /** The joined bytes, copied when the blob is made (as Blob does), so later changes to a part do not show. */
  readonly bytes: Uint8Array;
  readonly type: string;

  constructor(parts: Iterable<Part> = [], options: { readonly type?: string } = {}) {
    const pieces = Array.from(parts, bytesOf);
    let length = 0;
    for (const piece of pieces) length += piece.byteLength;
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const piece of pieces) {
      bytes.set(piece, at);
      at += piece.byteLength;
    }
    this.bytes = bytes;
    // Blob lower-cases the type and drops one that is not printable ASCII.
    const type = options.type ?? "";
    this.type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : "";
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  /** A new ArrayBuffer on every call, like Blob's. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
  }
}
