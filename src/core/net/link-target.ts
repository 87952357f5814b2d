/**
 * Where a web link really goes, with the tricks that hide it (userinfo before "@", IP addresses
 * written as integers or hex, %-escaped hosts), and which host a link's visible text claims.
 * Hand-written: the URL class may be absent in Outlook's JavaScript-only runtime, and it would
 * silently normalise away exactly the tricks we want to see.
 */

export type IpForm = "ipv4" | "ipv4Obfuscated" | "ipv6";

export type LinkTarget = {
  /** Lower-cased host, percent-decoded, without port or trailing dot. */
  readonly host: string;
  /** `https://westa-kawagoe.jp@evil.example/`: the part before "@" that a reader takes for the host. */
  readonly userinfo?: string;
  /** The host was written with %xx escapes. */
  readonly percentEncoded: boolean;
  readonly ip?: IpForm;
};

const webSchemes = new Set(["http", "https", "ftp"]);

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One IPv4 part in decimal, 0x-hex or 0-octal (as browsers accept); NaN when not numeric. */
function ipv4Part(part: string): number {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^\d+$/.test(part)) return parseInt(part, 10);
  return NaN;
}

const ipv4Characters = /^[0-9a-fx.]+$/i;

/** NFKC leaves printable ASCII as it is, and that is most hosts: only other text needs the (slow) normalisation. */
const asciiOnly = /^[ -~]*$/;

/**
 * Classifies a host as an IP literal, including the disguises browsers accept:
 * "192.0.2.1" → ipv4; "3221225985", "0xc0000201", "0300.0.2.1" → ipv4Obfuscated; "[2001:db8::1]" → ipv6.
 */
export function ipForm(host: string): IpForm | undefined {
  if (host.startsWith("[") && host.endsWith("]")) return "ipv6";
  // Most hosts have a letter beyond a–f or x in them: no IPv4 form can be read from those.
  if (!ipv4Characters.test(host)) return undefined;
  const parts = host.split(".");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 0 || parts.length > 4) return undefined;
  if (!parts.every((p) => p !== "" && !Number.isNaN(ipv4Part(p)))) return undefined;
  const plain = parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
  return plain ? "ipv4" : "ipv4Obfuscated";
}

/**
 * The target of a web link (http, https, ftp, or "//host"); undefined for mailto:, tel:, cid:,
 * fragments and anything without an authority.
 *
 * @example linkTarget("https://westa-kawagoe.jp@evil.example/login")
 *   → { host: "evil.example", userinfo: "westa-kawagoe.jp", percentEncoded: false }
 */
export function linkTarget(href: string): LinkTarget | undefined {
  // Browsers drop tabs/newlines and read "\" as "/" in web URLs.
  const url = href
    .trim()
    .replace(/[\t\n\r]/g, "")
    .replace(/\\/g, "/");
  let rest: string;
  if (url.startsWith("//")) rest = url.slice(2);
  else {
    const colon = url.indexOf(":");
    if (colon <= 0 || !webSchemes.has(url.slice(0, colon).toLowerCase())) return undefined;
    let i = colon + 1;
    while (url.charAt(i) === "/") i += 1;
    rest = url.slice(i);
  }
  let end = rest.length;
  for (const stop of ["/", "?", "#"]) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  const authority = rest.slice(0, end);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : undefined;
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close >= 0) hostPort = hostPort.slice(0, close + 1);
  } else {
    const portColon = hostPort.lastIndexOf(":");
    if (portColon >= 0) hostPort = hostPort.slice(0, portColon);
  }
  const percentEncoded = hostPort.includes("%");
  // Browsers fold full-width letters and ideographic full stops in hosts (ｗｅｓｔａ。jp → westa.jp).
  const written = percentEncoded ? percentDecode(hostPort) : hostPort;
  const host = (asciiOnly.test(written) ? written : written.normalize("NFKC").replace(/\u3002/g, "."))
    .toLowerCase()
    .replace(/\.+$/, "");
  if (host === "") return undefined;
  const ip = ipForm(host);
  return {
    host,
    ...(userinfo !== undefined && userinfo !== "" ? { userinfo: percentDecode(userinfo) } : {}),
    percentEncoded,
    ...(ip ? { ip } : {}),
  };
}

/**
 * Top-level domains a reader recognises as a web address in running text. A closed list on
 * purpose: "report.pdf" or "setup.exe" in link text are file names, not hosts.
 */
const textTlds = new Set(
  (
    "com net org info biz edu gov jp io co uk us de fr it es nl ru cn kr tw hk au ca ch se no fi dk be at pl br in " +
    "me app dev xyz top site online shop club link live store tech cloud email"
  ).split(" "),
);

const maxTokens = 20;
const schemePrefix = /^[a-z][a-z0-9+.-]*:\/\//i;

function asHost(token: string): string | undefined {
  let host = token.toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return undefined;
  const tld = host.slice(host.lastIndexOf(".") + 1);
  return textTlds.has(tld) || host.startsWith("www.") ? host : undefined;
}

/** Strips closing punctuation a sentence puts after an address ("westa-kawagoe.jp。"). */
function trimPunctuation(token: string): string {
  let end = token.length;
  while (end > 0 && ".,;:!?。、)".includes(token.charAt(end - 1))) end -= 1;
  return token.slice(0, end);
}

/**
 * The host a link's visible text shows, when the text is itself an address: a URL
 * ("https://westa-kawagoe.jp/login", possibly followed by words) or a lone host
 * ("www.westa-kawagoe.jp"). Prose that merely mentions a site ("Top stories at News.com"),
 * "こちら", e-mail addresses and file names show no host: newsletters write brand names in
 * their link text all the time, and only an address in the text is a promise about the target.
 */
export function hostShownInText(text: string): string | undefined {
  const tokens = text
    .normalize("NFKC")
    .split(/[\s<>()「」『』【】"']+/u, maxTokens)
    .map(trimPunctuation)
    .filter((t) => t !== "");
  const first = tokens[0];
  if (first === undefined) return undefined;
  if (schemePrefix.test(first)) return linkTarget(first)?.host;
  if (tokens.length > 1 || first.includes("@")) return undefined;
  return asHost(first.split(/[/?#:]/, 1)[0] ?? "");
}
