/** Lower-cased host part of an address ("" when there is no @ or nothing after it). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 0) return "";
  return address
    .slice(at + 1)
    .trim()
    .replace(/[>\].\s]+$/u, "")
    .toLowerCase();
}

/** True when host equals domain or is a subdomain of it ("mail.example.jp" within "example.jp"). */
export function isWithinDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}
