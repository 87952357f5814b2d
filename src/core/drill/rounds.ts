import { emptyFacts, type AttachmentFact, type MessageFacts } from "../model/facts";
import type { Localized } from "../model/verdict";
import type { Policy } from "../policy/schema";
import type { DrillLinkFacts } from "./training-link";

export type Answer = "genuine" | "impersonation";

/** One round of 「本物？なりすまし？」: a mail as the pane would read it, and the right answer. */
export type TrainingRound = {
  readonly id: string;
  readonly facts: MessageFacts;
  readonly answer: Answer;
  /** Why the answer is right, in one line (the pane's own findings follow it). */
  readonly lesson: Localized;
};

const zip = (name: string): AttachmentFact => ({ name, size: 48_213, inline: false, contentType: "application/zip" });

function mail(
  name: string,
  address: string,
  subject: string,
  body: string,
  extra: Partial<MessageFacts> = {},
): MessageFacts {
  return emptyFacts({
    from: { name, address },
    headers: [],
    subject,
    bodyText: body,
    to: [{ name: "", address: "staff01@example.invalid" }],
    ...extra,
  });
}

/** A domain one keystroke away from the genuine one: the hyphen dropped, else an o made a zero. */
function lookalikeOf(domain: string): string {
  const [label = domain, ...rest] = domain.split(".");
  if (label.includes("-")) return [label.replace(/-/g, ""), ...rest].join(".");
  if (label.includes("o")) return [label.replace("o", "0"), ...rest].join(".");
  return [`${label}-jp`, ...rest].join(".");
}

/** The staff name with its first character swapped for a different person's (佐藤 → 加藤). */
function nearMissName(name: string): string {
  if (name.startsWith("佐藤")) return name.replace("佐藤", "加藤");
  const first = name.charAt(0);
  return `${first === "加" ? "佐" : "加"}${name.slice(1)}`;
}

/**
 * Ten rounds built from the policy's own names: the facility's attack and its near misses. The
 * page runs the real `analyze` on each, so the explanation is the pane's, not a script's.
 */
export function trainingRounds(policy: Policy): TrainingRound[] {
  const org = policy.organization.names[0] ?? "";
  const domain = policy.organization.domains[0] ?? "example.jp";
  const staff = policy.staff[0]?.name ?? `${org} 担当`;
  const staffKanji = policy.staff.find((s) => s.name.startsWith("佐藤"))?.name ?? staff;
  // A staff name as the attack wrote it in romaji, else the name itself (only the policy's names count).
  const romaji = policy.staff.flatMap((s) => s.aliases).find((a) => /^[A-Za-z ]+$/.test(a)) ?? staff;
  const trusted = policy.trustedSenders.find((t) => t.domain !== undefined)?.domain;
  const partner = policy.partners[0];
  const rounds: TrainingRound[] = [
    {
      id: "facility-pattern",
      facts: mail(
        `${org} インフォメーション・施設予約`,
        "k.tanaka@shop-example.net",
        "Re: ご確認ください",
        "添付ファイルをご確認ください。",
        { attachments: [zip("施設予約確認.zip")] },
      ),
      answer: "impersonation",
      lesson: {
        ja: `${org}の名前ですが、アドレスは${domain}ではありません。実際の攻撃と同じ形です。`,
        en: `It uses ${org}'s name, but the address is not ${domain}: the real attack's shape.`,
      },
    },
    {
      id: "genuine-domain",
      facts: mail(org, `info@${domain}`, "施設予約のご案内", "ご予約ありがとうございます。当日お待ちしております。", {
        headers: [
          {
            name: "Authentication-Results",
            value: `mx.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`,
          },
        ],
      }),
      answer: "genuine",
      lesson: {
        ja: `アドレスが本物の${domain}で、認証にも合格しています。`,
        en: `The address is the genuine ${domain} and it passed authentication.`,
      },
    },
    {
      id: "lookalike-domain",
      facts: mail(org, `info@${lookalikeOf(domain)}`, "ご利用料金のお知らせ", "下記をご確認ください。"),
      answer: "impersonation",
      lesson: {
        ja: `${lookalikeOf(domain)}は${domain}によく似た別のドメインです。`,
        en: `${lookalikeOf(domain)} is a different domain that looks like ${domain}.`,
      },
    },
    {
      id: "staff-freemail",
      facts: mail(staffKanji, "s1987.office@mail-example.com", "FW: 会議資料", "資料を送ります。ご確認ください。", {
        attachments: [zip("会議資料.zip")],
      }),
      answer: "impersonation",
      lesson: {
        ja: `職員「${staffKanji}」の名前ですが、組織のアドレスではありません。`,
        en: `A staff member's name (${staffKanji}), but not the organisation's address.`,
      },
    },
    {
      id: "near-miss-name",
      facts: mail(
        nearMissName(staffKanji),
        "kato@trading-example.co.jp",
        "お見積りの件",
        "先日はありがとうございました。お見積りをお送りします。",
      ),
      answer: "genuine",
      lesson: {
        ja: `「${nearMissName(staffKanji)}」は「${staffKanji}」とは別の人です。一字違いでも同じ人とはみなしません。`,
        en: `${nearMissName(staffKanji)} is a different person from ${staffKanji}; one character apart is not the same name.`,
      },
    },
    {
      id: "fake-re-romaji",
      facts: mail(
        romaji,
        "hk0412@webmail-example.org",
        "RE: 請求書 ご確認ください",
        "請求書を添付します。ご確認ください。",
        { attachments: [zip("請求書.zip")] },
      ),
      answer: "impersonation",
      lesson: {
        ja: "ローマ字の職員名と、やり取りのない「RE:」。送信元は組織の外です。",
        en: 'A staff name in romaji and an "RE:" with no earlier conversation, from outside.',
      },
    },
    {
      id: "real-thread",
      facts: mail(
        "山本 商事 山本",
        "yamamoto@yamamoto-example.co.jp",
        "Re: 会場下見の日程",
        "ご連絡ありがとうございます。来週火曜でお願いします。",
        {
          headers: [
            { name: "In-Reply-To", value: `<20261130.1@${domain}>` },
            { name: "References", value: `<20261130.1@${domain}>` },
          ],
        },
      ),
      answer: "genuine",
      lesson: {
        ja: "外部の取引先からの本当の返信です。「Re:」だけでは危険ではありません。",
        en: 'A real reply from an outside customer. "Re:" alone is not a danger sign.',
      },
    },
  ];
  if (trusted !== undefined) {
    rounds.push({
      id: "trusted-booking",
      facts: mail(
        `${org} 施設予約システム`,
        `noreply@${trusted}`,
        "【予約確定】ご予約ありがとうございます",
        "ご予約が確定しました。",
      ),
      answer: "genuine",
      lesson: {
        ja: "ポリシーで信頼済みの予約システムからの自動送信です。",
        en: "Automatic mail from a booking system the policy trusts.",
      },
    });
  } else {
    rounds.push({
      id: "suffix-swap",
      facts: mail(org, `info@${domain.split(".")[0] ?? domain}.com`, "ご確認ください", "添付をご確認ください。"),
      answer: "impersonation",
      lesson: { ja: "末尾が違う(.com)別のドメインです。", en: "A different domain with another ending (.com)." },
    });
  }
  const partnerDomain = partner?.domains[0] ?? "partner-example.jp";
  rounds.push({
    id: "ppap",
    facts: mail(
      partner?.name ?? "取引先",
      `tanto@${partnerDomain}`,
      "資料送付",
      "資料を添付します。パスワードは別メールでお送りします。",
      { attachments: [zip("資料.zip")] },
    ),
    answer: "genuine",
    lesson: {
      ja: "本物の取引先ですが、パスワード付きzip(PPAP)は中身を検査できません。電話で確かめてから開きましょう。",
      en: "A genuine partner, but a password zip (PPAP) cannot be scanned: confirm by phone before opening.",
    },
  });
  rounds.push({
    id: "display-name-address",
    facts: mail(`info@${domain}`, "notice@secure-mail-example.net", "FW: ご確認ください", "至急ご確認ください。", {
      attachments: [zip("確認書類.zip")],
    }),
    answer: "impersonation",
    lesson: {
      ja: `表示名に${domain}のアドレスを書いていますが、実際の送信元は別です。`,
      en: `The display name shows a ${domain} address; the real sender is elsewhere.`,
    },
  });
  return rounds.slice(0, 10);
}

/** The drill mail a training link describes, as facts for the real analyze. */
export function drillLinkToFacts(link: DrillLinkFacts): MessageFacts {
  return mail(link.displayName, link.address, link.subject, "", {
    attachments: link.file === "" ? [] : [zip(link.file)],
  });
}
