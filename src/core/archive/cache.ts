import { readZipDirectory, type ZipReadResult } from "./zip";

const cache = new WeakMap<Uint8Array, ZipReadResult>();

/** readZipDirectory, once per attachment even when several rules ask. */
export function zipDirectoryOf(bytes: Uint8Array): ZipReadResult {
  const known = cache.get(bytes);
  if (known) return known;
  const read = readZipDirectory(bytes);
  cache.set(bytes, read);
  return read;
}
