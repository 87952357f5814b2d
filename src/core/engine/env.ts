import { getDomain, getPublicSuffix } from "tldts-icann";
import { skeleton } from "../text/skeleton";

/**
 * Data-heavy lookups injected at the seam, so rules are testable with small fakes and the
 * Public Suffix List / confusables tables live in one place.
 */
export type CoreEnv = {
  /** Registrable domain (eTLD+1) of a host, lower-cased; null for IPs, bare suffixes, junk. */
  readonly registrableDomain: (host: string) => string | null;
  /** Public suffix of a host ("jp", "co.jp", "com"); null when none. */
  readonly publicSuffix: (host: string) => string | null;
  /** UTS #39-style skeleton used to compare lookalike strings. */
  readonly skeleton: (text: string) => string;
};

export const defaultEnv: CoreEnv = {
  registrableDomain: (host) => getDomain(host.toLowerCase(), { allowPrivateDomains: false }) ?? null,
  publicSuffix: (host) => getPublicSuffix(host.toLowerCase()) ?? null,
  skeleton,
};
