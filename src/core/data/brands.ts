/**
 * Services that phishing commonly pretends to be, with the domains they genuinely send from.
 * Chosen from the brands named in public phishing reports (フィッシング対策協議会 monthly reports,
 * JC3, APWG): Japanese card issuers, banks, carriers, delivery and government first, then the global
 * services the same reports list.
 *
 * One line per brand:  names | … : domains
 * - The first name is the one shown to the reader ("…はAmazonのものではありません").
 * - Names are matched after the same folding as organisation names (NFKC, case, kana, confusables);
 *   Latin names only as whole words, so "Appleby" is not Apple and "UPSIDE" is not UPS.
 * - A name starting with "=" is matched as written, case included, as a whole word: for brands
 *   whose name is also an everyday word ("LINE", "UPS", "Meta").
 * - A domain covers its subdomains. A domain without a dot is a brand top-level domain (.microsoft).
 * - Free-mail domains anyone can sign up for (outlook.com, hotmail.com, icloud.com, gmail.com,
 *   onmicrosoft.com) are left out on purpose: "Microsoft アカウント チーム" <x@outlook.com> is the
 *   classic impersonation, not the brand.
 * - Too-generic names are left out or qualified: "au" alone (a two-letter word), "みずほ" and
 *   "Mizuho" alone (given names), "イオン" alone (inside ライオン), "Outlook" alone (newsletters),
 *   "佐川" and "ヤマト" alone (family and company names).
 */
const table = `
Amazon|アマゾン:amazon.co.jp amazon.com amazon.jp amazon
楽天|Rakuten:rakuten.co.jp rakuten.com rakuten.ne.jp rakuten-card.co.jp rakuten-bank.co.jp rakuten-sec.co.jp
三井住友カード|三井住友銀行|SMBC|Vpass:smbc-card.com smbc.co.jp vpass.ne.jp smbcnikko.co.jp mobit.ne.jp
三菱UFJ|MUFG:mufg.jp murc.jp
みずほ銀行|みずほダイレクト|みずほ証券:mizuhobank.co.jp mizuho-fg.co.jp mizuho-sc.com
りそな|Resona:resona-gr.co.jp resonabank.co.jp
ゆうちょ銀行|ゆうちょ:jp-bank.japanpost.jp japanpost.jp
日本郵便|郵便局|ゆうパック|Japan Post:japanpost.jp
ヤマト運輸|クロネコ:kuronekoyamato.co.jp
佐川急便:sagawa-exp.co.jp
ドコモ|docomo:docomo.ne.jp nttdocomo.co.jp docomo
KDDI|au PAY|auじぶん銀行|au ID:kddi.com au.com auone.jp jibunbank.co.jp
ソフトバンク|SoftBank|ワイモバイル|Y!mobile:softbank.jp softbank.co.jp softbank.ne.jp ymobile.jp
えきねっと|JR東日本|eki-net:eki-net.com jreast.co.jp
国税庁|税務署|e-Tax:nta.go.jp
マイナポータル|マイナポイント|マイナンバー:myna.go.jp digital.go.jp soumu.go.jp
ETC利用照会サービス|ETC利用照会|ETCマイレージ:etc-meisai.jp smile-etc.jp
NEXCO:e-nexco.co.jp c-nexco.co.jp w-nexco.co.jp
東京電力|TEPCO:tepco.co.jp
日本年金機構:nenkin.go.jp
メルカリ|Mercari|メルペイ:mercari.com mercari.jp merpay.com
PayPay:paypay.ne.jp paypay-card.co.jp paypay-bank.co.jp
=LINE:line.me linecorp.com lycorp.co.jp
Yahoo|ヤフー:yahoo.co.jp yahoo.com lycorp.co.jp
イオンカード|イオン銀行|AEON:aeon.co.jp aeon.jp aeonbank.co.jp
JCB:jcb.co.jp jcb.jp
エポスカード|EPOSカード:eposcard.co.jp
セゾンカード|クレディセゾン:saisoncard.co.jp
American Express|アメックス|AMEX:americanexpress.com americanexpress.co.jp aexp.com
Mastercard:mastercard.com
SBI:sbisec.co.jp sbishinseibank.co.jp netbk.co.jp
Apple|アップルID|iCloud|App Store:apple.com itunes.com apple
Microsoft|マイクロソフト|Office 365|OneDrive|SharePoint|Outlook Web App|Outlook.com|Exchange Online:microsoft.com microsoftonline.com microsoft365.com office.com office365.com sharepoint.com sharepointonline.com onedrive.com microsoft
Google|Gmail|YouTube:google.com google.co.jp youtube.com withgoogle.com google
PayPal|ペイパル:paypal.com paypal.jp
Netflix:netflix.com
DHL:dhl.com dhl.de dhl.co.jp
FedEx:fedex.com
=UPS:ups.com
DocuSign:docusign.net docusign.com
Adobe:adobe.com adobesign.com
Dropbox:dropbox.com dropboxmail.com
WeTransfer:wetransfer.com
=Meta|Facebook|フェイスブック|Instagram|インスタグラム|WhatsApp:facebook.com facebookmail.com fb.com meta.com instagram.com whatsapp.com
LinkedIn:linkedin.com
McAfee|マカフィー:mcafee.com
Norton 360|ノートン:norton.com nortonlifelock.com
Binance:binance.com binance.co.jp
Coinbase:coinbase.com
`;

export type Brand = {
  /** Shown to the reader: the first name of the line. */
  readonly name: string;
  /** Every name, the first included; "=" marks an exact, case-sensitive word. */
  readonly names: readonly string[];
  readonly domains: readonly string[];
};

function parseTable(text: string): Brand[] {
  const brands: Brand[] = [];
  for (const line of text.split("\n")) {
    const colon = line.lastIndexOf(":");
    if (colon < 0) continue;
    const names = line.slice(0, colon).split("|").map((n) => n.trim()).filter((n) => n !== "");
    const domains = line.slice(colon + 1).split(" ").filter((d) => d !== "");
    const first = names[0];
    if (first === undefined || domains.length === 0) continue;
    brands.push({ name: first.replace(/^=/, ""), names, domains });
  }
  return brands;
}

export const builtInBrands: readonly Brand[] = parseTable(table);
