/**
 * Whether text is an absolute URL, for the policy's links.
 *
 * Where the runtime has the WHATWG `URL` (browsers, Node) its parser decides, as before. Outlook's
 * JavaScript-only runtime (classic Outlook on Windows, where the launch event runs) does not
 * promise `URL`: there a syntax check stands in — a scheme, "//", a host of URL characters
 * without blanks, then an optional port, path, query and fragment without blanks. It accepts the
 * well-formed https links a policy holds and rejects what `URL` rejects in practice (no scheme,
 * an empty host, blanks, brackets outside an IPv6 host), so a valid hosted policy is not refused
 * just because `URL` is missing.
 */
type UrlConstructor = { new (input: string): unknown; canParse?: (input: string) => boolean };
/** Declared here, not from a DOM library: the core is compiled without one, and it may be absent. */
declare const URL: UrlConstructor | undefined;

const syntax = /^[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@]*@)?(?:\[[0-9a-f:.]+\]|[^\s/?#@[\]:]+)(?::\d{0,5})?(?:[/?#]\S*)?$/iu;

export function isAbsoluteUrl(text: string): boolean {
  if (typeof URL !== "function") return syntax.test(text);
  try {
    if (typeof URL.canParse === "function") return URL.canParse(text);
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
