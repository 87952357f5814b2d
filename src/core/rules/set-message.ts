import type { Rule } from "./rule";
import { authentication } from "./authentication";
import { replyToMismatch } from "./reply-to-mismatch";
import { replyPrefixWithoutThread } from "./reply-prefix-without-thread";
import { riskyAttachment } from "./risky-attachment";
import { passwordArchive } from "./password-archive";
import { archiveContents } from "./archive-contents";
import { linkMismatch } from "./link-mismatch";
import { lurePhrase } from "./lure-phrase";
import { trustedSender } from "./trusted-sender";
import { drillMail } from "./drill-mail";
import { senderDiffers } from "./sender-differs";

/** Rules about the rest of the message: authentication, headers, attachments, links, wording, policy. */
export const messageRules: readonly Rule[] = [
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
