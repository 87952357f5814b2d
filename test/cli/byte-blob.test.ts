import { describe, expect, it } from "vitest";
import { ByteBlob } from "../../src/cli/byte-blob";

type Part = string | ArrayBuffer | ArrayBufferView;

/** What Node's real Blob gives for the same parts: the reference ByteBlob must match. */
async function both(parts: Part[], type?: string) {
  const options = type === undefined ? undefined : { type };
  const real = new Blob(parts as BlobPart[], options);
  const ours = new ByteBlob(parts, options);
  return {
    real: {
      size: real.size,
      type: real.type,
      hex: Buffer.from(await real.arrayBuffer()).toString("hex"),
      text: await real.text(),
    },
    ours: {
      size: ours.size,
      type: ours.type,
      hex: Buffer.from(await ours.arrayBuffer()).toString("hex"),
      text: await ours.text(),
    },
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe("ByteBlob (postal-mime's Blob in the built CLI)", () => {
  it.each<[string, Part[]]>([
    ["no parts", []],
    ["only empty parts", [new Uint8Array(0), "", new ArrayBuffer(0)]],
    ["lines joined with newlines, as the pass-through decoder does", [bytes(0x61, 0x62), "\n", bytes(0x63), "\n"]],
    ["multi-byte text (Japanese, an emoji, a lone surrogate)", ["差出人：総務課", "\n", "🎉", "\ud800x"]],
    ["ArrayBuffers, as the base64 decoder pushes", [bytes(1, 2, 3).buffer, new ArrayBuffer(2), bytes(255).buffer]],
    [
      "views into a larger buffer keep only their own bytes",
      [bytes(9, 8, 7, 6, 5).subarray(1, 3), new DataView(bytes(4, 3, 2, 1).buffer, 2, 2)],
    ],
    ["bytes that are not UTF-8", [bytes(0xff, 0xfe, 0x80), "é"]],
  ])("matches Blob for %s", async (_name, parts) => {
    const { real, ours } = await both(parts);
    expect(ours).toEqual(real);
  });

  it("keeps the type as Blob does (lower case; dropped when not printable ASCII)", async () => {
    expect((await both([], "application/octet-stream")).ours.type).toBe("application/octet-stream");
    const upper = await both(["x"], "Text/PLAIN");
    expect(upper.ours.type).toBe(upper.real.type);
    const odd = await both(["x"], "text/plain\u00e9");
    expect(odd.ours.type).toBe(odd.real.type);
  });

  it("has the arrayBuffer method postal-mime looks for, returning a new buffer each time", async () => {
    const blob = new ByteBlob([bytes(1, 2)]);
    expect("arrayBuffer" in blob).toBe(true);
    const first = await blob.arrayBuffer();
    new Uint8Array(first)[0] = 99;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2]);
  });

  it("copies the parts when it is made, so a later change to a part does not show", async () => {
    const part = bytes(1, 2, 3);
    const blob = new ByteBlob([part]);
    part[0] = 42;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("joins a large part list in order", async () => {
    const parts: Part[] = [];
    for (let i = 0; i < 5000; i++) parts.push(bytes(i & 0xff, (i >> 8) & 0xff), "\n");
    const { real, ours } = await both(parts);
    expect(ours.size).toBe(15000);
    expect(ours.hex).toBe(real.hex);
  });
});
