import { domainOf } from "./address";
import { linkTarget } from "./link-target";

/**
 * The host a link points to, as a browser would read it, without the URL API (absent in the
 * JavaScript-only runtime): mailto: addresses here, web links through linkTarget. Returns
 * undefined for relative links, javascript:, IP-literal IPv6 and anything without a host.
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
  // Web links are read by the same parser as link-mismatch, so every rule sees the same host.
  const host = linkTarget(text)?.host;
  return host === undefined || host.startsWith("[") ? undefined : host;
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
  const folded = host
    .normalize("NFKC")
    .replace(/[\u3002\uff0e\uff61]/g, ".")
    .toLowerCase()
    .replace(/\.+$/, "");
  return folded === "" ? undefined : folded;
}
