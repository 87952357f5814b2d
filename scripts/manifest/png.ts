/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The first chunk must be IHDR: length(4) "IHDR"(4) width(4) height(4).
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
