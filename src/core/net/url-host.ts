import { domainOf } from "./address";

/**
 * The host a link points to, as a browser would read it, without the URL API (absent in the
 * JavaScript-only runtime). Returns undefined for relative links, javascript:, IP-literal IPv6
 * and anything without a host. Linear in the length of href.
 *
 *   hostOfHref("https://user@westa-kawag0e.jp:8443/x") → "westa-kawag0e.jp"
 *   hostOfHref("mailto:info@westa-kawagoe.jp.example.com?subject=x") → "westa-kawagoe.jp.example.com"
 */
export function hostOfHref(href: string): string | undefined {
  const text = href.trim();
  const colon = text.indexOf(":");
  const scheme = colon > 0 ? text.slice(0, colon).toLowerCase() : "";
  if (scheme === "mailto") {
    const address = text.slice(colon + 1).split(/[?,;]/, 1)[0] ?? "";
    return cleanHost(domainOf(safeDecode(address)));
  }
  let rest: string;
  if (text.startsWith("//")) rest = text.slice(2);
  else if (/^[a-z][a-z0-9+.-]*$/.test(scheme) && /^[/\\]{2}/.test(text.slice(colon + 1))) rest = text.slice(colon + 3);
  else return undefined;
  let end = rest.length;
  for (const stop of ["/", "\\", "?", "#"]) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  let authority = rest.slice(0, end);
  authority = authority.slice(authority.lastIndexOf("@") + 1);
  if (authority.startsWith("[")) return undefined;
  const port = authority.indexOf(":");
  if (port >= 0) authority = authority.slice(0, port);
  return cleanHost(safeDecode(authority));
}

function safeDecode(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Browsers fold full-width letters and ideographic full stops in hosts (ｗｅｓｔａ。jp → westa.jp). */
function cleanHost(host: string): string | undefined {
  const folded = host.normalize("NFKC").replace(/[\u3002\uff0e\uff61]/g, ".").toLowerCase().replace(/\.+$/, "");
  return folded === "" ? undefined : folded;
}
