import type { Rule } from "./rule";
import { displayNameImpersonation } from "./display-name-impersonation";
import { displayNameAddress } from "./display-name-address";
import { brandImpersonation } from "./brand-impersonation";
import { displayNameScript } from "./display-name-script";
import { lookalikeDomain } from "./lookalike-domain";
import { fromHeaderAnomaly } from "./from-header-anomaly";
import { authentication } from "./authentication";
import { replyToMismatch } from "./reply-to-mismatch";
import { senderDiffers } from "./sender-differs";
import { replyPrefixWithoutThread } from "./reply-prefix-without-thread";
import { riskyAttachment } from "./risky-attachment";
import { passwordArchive } from "./password-archive";
import { archiveContents } from "./archive-contents";
import { linkMismatch } from "./link-mismatch";
import { lurePhrase } from "./lure-phrase";
import { trustedSender } from "./trusted-sender";
import { drillMail } from "./drill-mail";

/**
 * Every rule, in a stable order (findings of equal weight keep it). A meta-test checks each rule
 * file in rules/ is listed, its id equals its file name, and it has docs/rules/<id>.md.
 */
export const rules: readonly Rule[] = [
  displayNameImpersonation,
  displayNameAddress,
  brandImpersonation,
  displayNameScript,
  lookalikeDomain,
  fromHeaderAnomaly,
  authentication,
  replyToMismatch,
  senderDiffers,
  replyPrefixWithoutThread,
  riskyAttachment,
  passwordArchive,
  archiveContents,
  linkMismatch,
  lurePhrase,
  trustedSender,
  drillMail,
];
