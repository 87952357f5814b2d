import type { Language, Localized } from "../../core";

/**
 * Short lines for a finding that is not the first on its card: the card's title already names
 * the subject (the sender, the attachment), so these leave it out. Keyed "rule/messageId";
 * {placeholders} are filled from the finding's evidence. A finding without an entry shows its
 * full sentence.
 */
export const shortLines: Readonly<Record<string, Localized>> = {
  "display-name-impersonation/orgNameOutsideDomain": {
    ja: "「{imitates}」を名乗っていますが、アドレスは{genuineDomain}のものではありません",
    en: "Claims to be “{imitates}”, but the address is not at {genuineDomain}",
  },
  "display-name-impersonation/staffNameOutsideDomain": {
    ja: "職員「{imitates}」を名乗っていますが、アドレスは{genuineDomain}のものではありません",
    en: "Claims to be the staff member “{imitates}”, but the address is not at {genuineDomain}",
  },
  "display-name-address/protectedInName": {
    ja: "差出人名に「{named}」と書かれていますが、実際の送信元は別です",
    en: "The sender name shows “{named}”, but the real sender is someone else",
  },
  "display-name-address/addressInName": {
    ja: "差出人名に別のアドレス「{named}」が書かれています",
    en: "The sender name shows another address, “{named}”",
  },
  "display-name-address/domainInName": {
    ja: "差出人名に別のドメイン「{named}」が書かれています",
    en: "The sender name shows another domain, “{named}”",
  },
  "brand-impersonation/brandNameOutsideDomain": {
    ja: "「{matched}」を名乗っていますが、{brand}のアドレスではありません",
    en: "Claims to be “{matched}”, but the address does not belong to {brand}",
  },
  "display-name-script/mixedScriptWord": {
    ja: "差出人名に、ラテン文字に見える別の文字（{scripts}）が混ざっています",
    en: "The sender name mixes in look-alike letters from another script ({scripts})",
  },
  "display-name-script/disguisedBrand": {
    ja: "別の文字で「{matched}」に見せかけていますが、{brand}のアドレスではありません",
    en: "Uses look-alike letters to pass as “{matched}”, but the address does not belong to {brand}",
  },
  "display-name-script/disguisedOrganization": {
    ja: "別の文字で「{imitates}」に見せかけていますが、アドレスは{genuineDomain}のものではありません",
    en: "Uses look-alike letters to pass as “{imitates}”, but the address is not at {genuineDomain}",
  },
  "lookalike-domain/lookalikeCharacters": {
    ja: "{host} は {genuineDomain} に似せた別のドメインです",
    en: "{host} is a different domain made to look like {genuineDomain}",
  },
  "lookalike-domain/lookalikeHyphen": {
    ja: "{host} は {genuineDomain} に似せた別のドメインです",
    en: "{host} is a different domain made to look like {genuineDomain}",
  },
  "lookalike-domain/lookalikeUnicode": {
    ja: "{host} は {genuineDomain} に似せた別のドメインです",
    en: "{host} is a different domain made to look like {genuineDomain}",
  },
  "lookalike-domain/lookalikeSuffix": {
    ja: "{host} は {genuineDomain} と末尾だけが違う別のドメインです",
    en: "{host} is a different domain; only its ending differs from {genuineDomain}",
  },
  "lookalike-domain/lookalikeEmbedded": {
    ja: "{host} は {genuineDomain} の名前を含んだ別のドメインです",
    en: "{host} is a different domain that contains the name {genuineDomain}",
  },
  "from-header-anomaly/multipleFrom": {
    ja: "差出人（From）が{count}個あります",
    en: "The mail has {count} From headers",
  },
  "from-header-anomaly/groupFrom": {
    ja: "差出人（From）が不正なグループ形式で書かれています",
    en: "The From header uses group syntax",
  },
  "authentication/authFailed": {
    ja: "送信元認証に失敗しています（{checks}）",
    en: "Sender authentication failed ({checks})",
  },
  "authentication/trustedSenderFailed": {
    ja: "信頼済みの送信元を名乗っていますが、認証に失敗しています（{checks}）",
    en: "Claims a trusted sender but failed authentication ({checks})",
  },
  "authentication/microsoftImpersonation": {
    ja: "Microsoftがなりすましと判定しています（SFTY {code}）",
    en: "Microsoft flagged it as impersonation (SFTY {code})",
  },
  "authentication/microsoftCategory": {
    ja: "Microsoftの分類は「{meaningJa}」です（CAT:{code}）",
    en: "Microsoft classified it as {meaningEn} (CAT:{code})",
  },
  "authentication/firstContact": {
    ja: "この送信者から初めて届いたメールです（SFTY 9.25）",
    en: "The first mail from this sender (SFTY 9.25)",
  },
  "authentication/microsoftSpam": {
    ja: "Microsoftが迷惑メールと判定しています（{code}）",
    en: "Microsoft judged it to be spam ({code})",
  },
  "reply-to-mismatch/replyToDiffers": {
    ja: "返信すると、別のドメインのアドレス「{address}」に届きます",
    en: "Replies go to another domain: {address}",
  },
  "risky-attachment/riskyType": { ja: "{kindJa}です", en: "It is {kindEn}" },
  "risky-attachment/disguisedName": { ja: "名前を偽装した{kindJa}です", en: "It is {kindEn} with a disguised name" },
  "password-archive/passwordArchive": {
    ja: "パスワード付きのため、ウイルス対策ソフトでは中身を検査できません（本文に「{word}」）",
    en: "Password-protected, so antivirus software cannot look inside (the text mentions “{word}”)",
  },
  "archive-contents/dangerousEntry": {
    ja: "中に{kindJa}「{entry}」が入っています",
    en: "It contains {kindEn}: “{entry}”",
  },
  "archive-contents/nestedArchive": {
    ja: "中に、さらに圧縮ファイル「{entry}」が入っています",
    en: "It contains another archive: “{entry}”",
  },
  "archive-contents/disguisedEntry": {
    ja: "中の「{entry}」は名前で別の種類に見せかけています",
    en: "Inside, “{entry}” uses its name to pass as another type of file",
  },
  "archive-contents/paddedEntry": {
    ja: "中の「{entry}」は {unpackedMB} MB に水増しされています",
    en: "Inside, “{entry}” is padded to {unpackedMB} MB",
  },
  "archive-contents/encryptedEntries": {
    ja: "パスワード付きのため、中身（{count}件）を検査できません",
    en: "Password-protected, so the {filesEn} inside cannot be checked",
  },
  "archive-contents/unreadable": {
    ja: "中身を確認できません：{problemJa}",
    en: "Its contents cannot be checked: {problemEn}",
  },
  "link-mismatch/textShowsOtherHost": {
    ja: "表示は「{shown}」ですが、行き先は「{host}」です",
    en: "Shows “{shown}” but leads to “{host}”",
  },
  "link-mismatch/ipHost": {
    ja: "行き先が名前ではなくIPアドレス「{host}」です",
    en: "Leads to a bare IP address ({host})",
  },
  "link-mismatch/obfuscatedIpHost": {
    ja: "行き先「{written}」はIPアドレスを読みにくく書いたものです",
    en: "Leads to “{written}”, a disguised IP address",
  },
  "link-mismatch/userinfoHost": {
    ja: "本当の行き先は「@」の後ろの「{host}」です",
    en: "Really leads to “{host}”, the part after the “@”",
  },
  "link-mismatch/encodedHost": {
    ja: "行き先「{host}」を記号（%）で読みにくくしています",
    en: "The destination ({host}) is hidden with % escapes",
  },
  "lure-phrase/lurePhrases": {
    ja: "急がせたり添付を開かせたりする言葉：{phrases}",
    en: "Words that hurry you or push you to open attachments: {phrases}",
  },
  "lure-phrase/recipientNameInSubject": {
    ja: "件名にあなたの名前「{name}」が入っています",
    en: "The subject contains your name (“{name}”)",
  },
  "reply-prefix-without-thread/replyWithoutThread": {
    ja: "件名は「{prefix}」で始まりますが、返信・転送の記録がありません",
    en: "The subject starts with “{prefix}”, but there is no record of a reply or forward",
  },
};

/**
 * Which findings say the same thing about a subject: on one card only the first (strongest) of
 * each topic is shown. All archive-contents findings already call the file an archive, so the
 * "it is an archive" line adds nothing next to them.
 */
export const topics: Readonly<Record<string, string>> = {
  "password-archive/passwordArchive": "password",
  "archive-contents/encryptedEntries": "password",
  "risky-attachment/riskyType": "type",
  "archive-contents/dangerousEntry": "type",
  "archive-contents/nestedArchive": "type",
  "archive-contents/disguisedEntry": "type",
  "archive-contents/paddedEntry": "type",
  "archive-contents/unreadable": "type",
};

/** Technical words in the notes and reasons, each explained in one plain clause. */
export const glossary: readonly { readonly term: string; readonly pattern: RegExp; readonly meaning: Localized }[] = [
  {
    term: "SPF",
    pattern: /\bspf\b/iu,
    meaning: {
      ja: "送信したサーバーが、そのドメインから送ってよいと登録されているかの確認です。",
      en: "checks that the sending server is registered to send for that domain.",
    },
  },
  {
    term: "DKIM",
    pattern: /\bdkim\b/iu,
    meaning: {
      ja: "メールに付いた電子署名で、途中で書き換えられていないかの確認です。",
      en: "checks a digital signature showing the mail was not changed on the way.",
    },
  },
  {
    term: "DMARC",
    pattern: /\bdmarc\b/iu,
    meaning: {
      ja: "SPFやDKIMの結果が、差出人のドメインと一致しているかの確認です。",
      en: "checks that the SPF or DKIM result matches the sender's domain.",
    },
  },
  {
    term: "compauth",
    pattern: /\bcompauth\b/iu,
    meaning: {
      ja: "Microsoftが上の結果などを総合して出した、送信元の判定です。",
      en: "is Microsoft's overall verdict on the sender, built from the results above.",
    },
  },
  {
    term: "SCL",
    pattern: /\bSCL\b/u,
    meaning: {
      ja: "Microsoftが付けた迷惑メールらしさの点数です（5以上は迷惑メール扱い）。",
      en: "is Microsoft's spam score (5 or more means it is treated as spam).",
    },
  },
  {
    term: "Return-Path",
    pattern: /return-path/iu,
    meaning: {
      ja: "届かなかったときにエラーが返されるアドレスです。配信サービスでは差出人と違うのが普通です。",
      en: "is the address errors are sent back to; mailing services often use their own.",
    },
  },
  {
    term: "Sender",
    pattern: /（Sender）|\(Sender\)/u,
    meaning: {
      ja: "実際に送信したアカウントです。代理送信やメーリングリストでは差出人と違います。",
      en: "is the account that actually sent the mail; delegates and mailing lists differ from the From.",
    },
  },
];

/** Fills {name} placeholders from evidence; unknown placeholders stay visible. */
export function fill(template: Localized, language: Language, values: Readonly<Record<string, string>>): string {
  return template[language].replace(/\{([A-Za-z0-9_]+)\}/gu, (whole, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? whole) : whole,
  );
}
