import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import PostalMime from "postal-mime";
import { afterAll, describe, expect, it } from "vitest";
import { cli, cliProcess, fixture, repoRoot } from "./helpers";

/**
 * The built CLI bundles postal-mime with ByteBlob in place of Blob (scripts/build/cli.mjs). Run
 * from the sources, the same scan uses the npm package with Node's own Blob: the two must print
 * the same lines for every kind of part postal-mime decodes.
 */
const header = (extra: string) =>
  `From: "総務課" <soumu@example.org>\r\nTo: staff@example.jp\r\nSubject: =?UTF-8?B?${Buffer.from("テスト 件名").toString("base64")}?=\r\nMIME-Version: 1.0\r\n${extra}`;

const mails: Record<string, string> = {
  "base64-attachment.eml":
    header('Content-Type: multipart/mixed; boundary="b"\r\n\r\n') +
    `--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from("お世話になっております。\r\n請求書をご確認ください。\r\n").toString("base64")}\r\n` +
    `--b\r\nContent-Type: application/zip; name="請求書.zip"\r\nContent-Disposition: attachment; filename="invoice.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(
      Array.from({ length: 3000 }, (_, i) => i & 0xff),
    )
      .toString("base64")
      .replace(/.{76}/g, "$&\r\n")}\r\n--b--\r\n`,
  "quoted-printable-html.eml":
    header('Content-Type: multipart/alternative; boundary="alt"\r\n\r\n') +
    "--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E3=83=91=E3=82=B9=E3=83=AF=E3=83=BC=E3=83=89=E3=81=AE=E6=9B=B4=E6=96=B0 =\r\nhttps://example.net/login\r\n" +
    '--alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p><a href=3D"https://examp1e.net/x">=E3=81=93=E3=81=A1=E3=82=89</a></p>\r\n--alt--\r\n',
  "empty-parts.eml":
    header('Content-Type: multipart/mixed; boundary="e"\r\n\r\n') +
    '--e\r\nContent-Type: text/plain\r\n\r\n\r\n--e\r\nContent-Type: application/octet-stream; name="empty.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n\r\n--e\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n--e--\r\n',
  "eight-bit-shift-jis.eml":
    header("Content-Type: text/plain; charset=shift_jis\r\nContent-Transfer-Encoding: 8bit\r\n\r\n") +
    "\x82\xa8\x92\x6d\x82\xe7\x82\xb9\r\n",
  "attached-message.eml":
    header('Content-Type: multipart/mixed; boundary="m"\r\n\r\n') +
    "--m\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--m\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@example.com\r\nSubject: inner\r\n\r\ninner body\r\n--m--\r\n",
};

describe("the built CLI's bundled parser", () => {
  const dir = mkdtempSync(join(tmpdir(), "sender-guard-parser-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  for (const [name, text] of Object.entries(mails)) writeFileSync(join(dir, name), Buffer.from(text, "latin1"));
  for (const name of readdirSync(join(repoRoot, "dev", "samples")).filter((n) => n.endsWith(".eml")))
    copyFileSync(fixture(name), join(dir, name));
  for (const name of readdirSync(join(repoRoot, "test", "fixtures", "msgreader")).filter((n) =>
    /\.(eml|msg)$/i.test(n),
  ))
    copyFileSync(join(repoRoot, "test", "fixtures", "msgreader", name), join(dir, `msgreader-${name}`));

  it("prints what the sources print, with Node's Blob, for base64, quoted-printable, empty and 8-bit parts", async () => {
    const fromSources = await cli("scan", "--jobs", "1", dir);
    const built = cliProcess("scan", "--jobs", "1", dir);
    expect(built.err).toBe(fromSources.err);
    expect(built.out).toBe(fromSources.out);
    expect(built.code).toBe(fromSources.code);
    expect(built.out.trim().split("\n").length).toBeGreaterThanOrEqual(Object.keys(mails).length + 10);
  });
});

type Parse = (input: Uint8Array, options: object) => Promise<unknown>;

/** JSON of a parse result, with attachment bytes as hex so that they are compared too. */
const asJson = (email: unknown): string =>
  JSON.stringify(email, (_key, value: unknown) =>
    value instanceof ArrayBuffer
      ? Buffer.from(value).toString("hex")
      : value instanceof Uint8Array
        ? Buffer.from(value).toString("hex")
        : value,
  );

describe("postal-mime bundled with ByteBlob", () => {
  it("parses every mail to exactly what the npm package gives with Node's Blob", async () => {
    const buildScript = pathToFileURL(join(repoRoot, "scripts", "build", "cli.mjs")).href;
    const { postalMimeBlob } = (await import(buildScript)) as { postalMimeBlob: Plugin };
    const result = await build({
      stdin: { contents: 'export { default } from "postal-mime";', resolveDir: repoRoot, loader: "js" },
      bundle: true,
      format: "esm",
      platform: "node",
      plugins: [postalMimeBlob],
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    // The plugin took effect: the decoders build ByteBlobs, and no Node Blob is made anywhere.
    expect(code).toMatch(/new ByteBlob\(/);
    expect(code).not.toMatch(/new Blob\(/);
    const dir = mkdtempSync(join(tmpdir(), "sender-guard-bundle-"));
    try {
      const file = join(dir, "postal-mime.mjs");
      writeFileSync(file, code);
      const bundled = ((await import(pathToFileURL(file).href)) as { default: { parse: Parse } }).default;
      const inputs = [...Object.values(mails).map((text) => Buffer.from(text, "latin1"))];
      for (const name of readdirSync(join(repoRoot, "dev", "samples")).filter((n) => n.endsWith(".eml")))
        inputs.push(readFileSync(fixture(name)));
      const options = { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" };
      for (const input of inputs) {
        const view = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
        expect(asJson(await bundled.parse(view, options))).toBe(asJson(await PostalMime.parse(view, options as never)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
