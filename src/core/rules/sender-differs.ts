import { defineRule } from "./rule";
import { domainOf } from "../net/address";

type Id = "senderDiffers";

export const senderDiffers = defineRule<Id>({
  meta: {
    id: "sender-differs",
    category: "sender",
    // Info, not weak: measured on the shared corpus, 50% of legitimate mail (mailing lists) and
    // 7% of phishing have a Sender in another domain. It explains; it never adds weight.
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "実際の送信者（Sender）が差出人（From）と別のドメインかを見ます。代理送信やメーリングリストでもよくあるため、単独では警告しません。",
      en: "Checks whether the actual sender (Sender) is in another domain than the From. Delegates and mailing lists do this too, so it never warns alone.",
    },
  },
  messages: {
    senderDiffers: {
      ja: "差出人は「{from}」ですが、実際に送信したのは別のドメインの「{sender}」です（代理送信やメーリングリストでもあります）。",
      en: "The mail says it is from {from}, but it was actually sent by {sender} in another domain (delegates and mailing lists do this too).",
    },
  },
  check: ({ facts, derived, env }) => {
    const from = facts.from;
    const sender = facts.sender;
    if (!from || !sender || derived.fromRegistrable === "") return [];
    const host = domainOf(sender.address);
    if (host === "" || (env.registrableDomain(host) ?? host) === derived.fromRegistrable) return [];
    return [{ messageId: "senderDiffers", evidence: { from: from.address, sender: sender.address, domain: host } }];
  },
});
