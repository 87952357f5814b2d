import type { Rule } from "./rule";
import { displayNameImpersonation } from "./display-name-impersonation";
import { displayNameAddress } from "./display-name-address";
import { brandImpersonation } from "./brand-impersonation";
import { lookalikeDomain } from "./lookalike-domain";
import { fromHeaderAnomaly } from "./from-header-anomaly";
import { displayNameScript } from "./display-name-script";

/** Rules about who the mail claims to be: display names, addresses, lookalike domains. */
export const identityRules: readonly Rule[] = [
  displayNameImpersonation,
  displayNameAddress,
  brandImpersonation,
  displayNameScript,
  lookalikeDomain,
  fromHeaderAnomaly,
];
