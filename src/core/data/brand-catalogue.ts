/**
 * Services that phishing pretends to be, with the domains they genuinely send from. Kept as one
 * compact text table because the same data ships in the launch-event bundle.
 *
 * One line per brand:  source names|… : domains
 *
 * source (where the brand came from, letters may combine):
 *   J  JPCERT/CC phishing URL list (github.com/JPCERTCC/phishurl-list, 2024–2025 entries; measure
 *      its coverage with `npm run brand-coverage -- DIR`, scripts/brand-coverage.ts).
 *   G  brands most impersonated world-wide in public reports (APWG Phishing Activity Trends,
 *      Check Point Brand Phishing reports, crypto-wallet and Latin-American banking phishing).
 *   P  フィッシング対策協議会 monthly reports and JC3 notices (the earlier list).
 *
 * names:
 * - The first name is the one shown to the reader ("…はAmazonのものではありません").
 * - Matched after the same folding as organisation names (NFKC, case, kana, confusables, legal
 *   forms such as 株式会社 removed, so "株式会社ジェーシービー" is ジェーシービー); Latin names only
 *   as whole words, Japanese names as contiguous text, so "JCB事務局" and "楽天カードカスタマー
 *   センター" match their brand without listing each department.
 * - "=" first: matched as written, case included, as a whole word ("LINE", "UPS", "VISA").
 * - "+" last: too generic alone, matched only with a department or service suffix
 *   (departmentSuffixes in brands.ts: "au+" is au事務局, auお客さまサポート, …, never "au").
 *
 * domains: a domain covers its subdomains; one without a dot is a brand top-level domain
 * (.microsoft). "?" first: a domain the brand uses on its public site that we could not confirm
 * as a sending domain; it is still accepted (refusing a genuine sender is the worse error) and a
 * test keeps the mark parseable. Free-mail domains anyone can sign up for (outlook.com,
 * gmail.com, icloud.com, onmicrosoft.com) are never listed.
 */
export const brandTable = `
JP Apple|Apple ID|アップル|アップルID|iCloud|App Store|Apple Store|iTunes:apple.com itunes.com apple
JP イオンカード|イオン銀行|イオンフィナンシャルサービス|イオンクレジットサービス|iAEON|AEON|イオン+|イオンスクエア:aeon.co.jp aeon.jp aeonbank.co.jp aeonfinancial.co.jp ?aeoncard.co.jp
JP えきねっと|eki-net|JR東日本|モバイルSuica|Suica|ビューカード|Viewcard|View's NET|ビューカードセンター:eki-net.com jreast.co.jp viewsnet.jp ?viewcard.co.jp mobilesuica.com
JP メルカリ|Mercari|メルペイ|Merpay|メルカード:mercari.com mercari.jp merpay.com
JP 三井住友カード|三井住友銀行|SMBC|Vpass|Vポイント|SMBCモビット|SMBC日興証券|プロミス|SMBCコンシューマーファイナンス:smbc-card.com smbc.co.jp vpass.ne.jp smbcnikko.co.jp mobit.ne.jp promise.co.jp ?vpoint.jp
JP JCB|ジェーシービー|MyJCB|J/Secure:jcb.co.jp jcb.jp ?jcb.com
J JAバンク|JAネットバンク|JAカード|農業協同組合|農協+:jabank.org ?jabank.jp ?ja-card.co.jp
JP クレディセゾン|セゾンカード|SAISON CARD|Saison Card|セゾンNetアンサー|Netアンサー|セゾン+|UCカード|UC Card|ユーシーカード:saisoncard.co.jp credisaison.co.jp uccard.co.jp ?saison.co.jp
JP Amazon|アマゾン|Amazonプライム|Prime Video:amazon.co.jp amazon.com amazon.jp amazon amazonses.com
JP 東京電力|TEPCO|くらしTEPCO|東京電力エナジーパートナー:tepco.co.jp
JP SBI|SBI証券|住信SBIネット銀行|SBI新生銀行|新生銀行|SBIネット銀行:sbisec.co.jp sbishinseibank.co.jp netbk.co.jp sbigroup.co.jp ?shinseibank.com
JP エポスカード|EPOSカード|EPOS|エポス+|マルイ+:eposcard.co.jp 0101.co.jp
JP 三菱UFJ|MUFG|三菱UFJニコス|NICOS|ニコス+|DCカード|三菱UFJeスマート証券|auカブコム証券|カブコム:mufg.jp murc.jp nicos.co.jp kabu.com ?kabu.co.jp
J マネックス証券|Monex|マネックス:monex.co.jp
JP ヤマト運輸|クロネコ|クロネコメンバーズ|Yamato Transport|ヤマト+:kuronekoyamato.co.jp yamato-hd.co.jp
JP ソフトバンク|SoftBank|ワイモバイル|Y!mobile|Yモバイル|LINEMO:softbank.jp softbank.co.jp softbank.ne.jp ymobile.jp ?linemo.jp
JP みずほ銀行|みずほダイレクト|みずほ証券|Mizuho Bank|Mizuho Direct|みずほ+:mizuhobank.co.jp mizuho-fg.co.jp mizuho-sc.com
J 大和証券|Daiwa Securities|ダイワ証券|大和コネクト証券:daiwa.co.jp daiwa-grp.jp ?connect-sec.co.jp
J トヨタファイナンス|TS CUBIC|TS CUBIC CARD|=TS3|MY TS3|Toyota Finance:tscubic.com toyota-finance.co.jp
J 総務省|Ministry of Internal Affairs:soumu.go.jp
G JPMorgan|J.P. Morgan|JPMorgan Chase|Chase Bank|Chase Online|Chase Sapphire:chase.com jpmorgan.com jpmorganchase.com
J BIGLOBE|ビッグローブ:biglobe.ne.jp biglobe.co.jp
JP ETC利用照会サービス|ETC利用照会|ETCマイレージ|ETC+:etc-meisai.jp smile-etc.jp
JP KDDI|au PAY|auじぶん銀行|じぶん銀行|au ID|UQモバイル|UQ mobile|povo|au+:kddi.com au.com auone.jp jibunbank.co.jp uqwimax.jp ?povo.jp
JGP American Express|アメリカン・エキスプレス|アメックス|AMEX:americanexpress.com americanexpress.co.jp aexp.com
JG Mastercard|マスターカード|Master Card:mastercard.com mastercard.co.jp
JP 楽天|Rakuten|楽天カード|楽天銀行|楽天証券|楽天市場|楽天モバイル|楽天ペイ:rakuten.co.jp rakuten.com rakuten.ne.jp rakuten-card.co.jp rakuten-bank.co.jp rakuten-sec.co.jp ?mobile.rakuten.co.jp
J オリコ|Orico|オリエントコーポレーション|オリコカード:orico.co.jp
JP PayPay|PayPayカード|PayPay銀行:paypay.ne.jp paypay-card.co.jp paypay-bank.co.jp
JP ドコモ|docomo|NTTドコモ|NTT docomo|dアカウント|d払い|dポイント|ahamo:docomo.ne.jp nttdocomo.co.jp docomo ?ahamo.com
J GMOあおぞらネット銀行|あおぞら銀行|GMOクリック証券|GMOコイン|GMOインターネット:gmo-aozora.com aozorabank.co.jp click-sec.com coin.z.com gmo.jp z.com
J 松井証券|Matsui Securities:matsui.co.jp
JP 国税庁|税務署|e-Tax:nta.go.jp e-tax.nta.go.jp
J ライフカード|LIFE CARD|LIFECARD:lifecard.co.jp
J アイフル|AIFUL:aiful.co.jp
J ぷらら|plala|OCN|NTTコミュニケーションズ|ドコモ光:plala.or.jp ocn.ne.jp ntt.com ?ocn.jp
J ろうきん|労働金庫|全国労働金庫協会:rokin.or.jp ?rokin.com
JP 日本郵便|郵便局|ゆうパック|Japan Post|ゆうちょ銀行|ゆうちょ|ゆうゆうメルカリ便:japanpost.jp jp-bank.japanpost.jp
J NHK|NHKプラス|NHK受信料|日本放送協会:nhk.or.jp nhk.jp
J 野村證券|野村証券|Nomura Securities:nomura.co.jp nomura.com
JP りそな銀行|りそな|Resona|りそなカード|埼玉りそな銀行|関西みらい銀行:resona-gr.co.jp resonabank.co.jp saitamaresona.co.jp kansaimirai.co.jp ?resonacard.co.jp
J ジャックス|JACCS:jaccs.co.jp
J 北海道銀行|道銀:hokkaidobank.co.jp
J 全国信用金庫協会|信金中央金庫|しんきん+:shinkin.org shinkin-central-bank.jp ?shinkin.co.jp
J =ANA|全日空|ANAマイレージクラブ|ANA Mileage Club|All Nippon Airways:ana.co.jp ?ana.jp
JP 佐川急便|Sagawa Express|SAGAWA|佐川+:sagawa-exp.co.jp
J ポケットカード|Pocket Card|P-one:pocketcard.co.jp
J 横浜銀行|はまぎん|Bank of Yokohama:boy.co.jp
J 東京ガス|TOKYO GAS|myTOKYOGAS:tokyo-gas.co.jp
JG Shopify:shopify.com
J エックスサーバー|XServer|Xserver:xserver.ne.jp xserver.co.jp ?xserver.jp
J 三井住友信託銀行|SMBC信託銀行:smtb.jp smbctb.co.jp
J =JAL|日本航空|JALマイレージバンク|Japan Airlines:jal.co.jp jal.com
JG 任天堂|Nintendo:nintendo.co.jp nintendo.com nintendo.net
J エムアイカード|MICARD|三越伊勢丹:micard.co.jp mistore.jp imhds.co.jp
J 東京都水道局:waterworks.metro.tokyo.lg.jp
JG =VISA|Visa Card|VISAカード|Visa Secure|Visa認証|ビザカード:visa.com visa.co.jp
JGP DHL:dhl.com dhl.de dhl.co.jp
J 警視庁|警察庁:keishicho.metro.tokyo.lg.jp npa.go.jp
J 西日本シティ銀行:ncbank.co.jp
J アプラス|APLUS:aplus.co.jp
J 北洋銀行:hokuyobank.co.jp
J ヤマハ|YAMAHA:yamaha.com yamaha-motor.co.jp
JG TikTok|ティックトック:tiktok.com tiktokv.com bytedance.com
J 北國銀行:hokkokubank.co.jp
J レイクALSA|レイク de ALSA|新生フィナンシャル:lake.jp shinseifinancial.co.jp
G Australia Post|AusPost:auspost.com.au
J ファミリーマート|FamilyMart|ファミマ:family.co.jp
J アコム|ACOM:acom.co.jp
JGP Microsoft|マイクロソフト|Office 365|Microsoft 365|OneDrive|SharePoint|Outlook Web App|Outlook.com|Exchange Online|Microsoft Teams|Outlook+:microsoft.com microsoftonline.com microsoft365.com office.com office365.com sharepoint.com sharepointonline.com onedrive.com microsoft
JP Yahoo|ヤフー|Yahoo! JAPAN:yahoo.co.jp yahoo.com yahoo.net lycorp.co.jp
J 広島銀行|ひろぎん:hirogin.co.jp
J JR東海|エクスプレス予約|スマートEX|JR西日本|Club J-WEST|JR九州:jr-central.co.jp expy.jp smart-ex.jp westjr.co.jp jr-odekake.net jrkyushu.co.jp ?clubj-west.jp
J =JTB|JTBトラベル:jtb.co.jp jtb.com
G Riot Games:riotgames.com
J =DMM|DMM.com:dmm.com dmm.co.jp
J ヨドバシカメラ|ヨドバシ|Yodobashi:yodobashi.com yodobashi.co.jp
J コミュファ光|commufa:commufa.jp ctc-g.co.jp
J ZOZOTOWN|ZOZO:zozo.jp zozo.com
J さくらインターネット|Sakura Internet:sakura.ad.jp
JG Wells Fargo:wellsfargo.com wf.com
J ニフティ|=NIFTY:nifty.com
J きらぼし銀行:kiraboshibank.co.jp
J Paidy|ペイディ:paidy.com
J 静岡銀行|しずぎん:shizuokabank.co.jp
J 福岡銀行:fukuokabank.co.jp
J コインチェック|Coincheck:coincheck.com
J ソニー銀行|Sony Bank:sonybank.jp sonybank.net
J bitFlyer|ビットフライヤー:bitflyer.com bitflyer.jp
J =J:COM|ジェイコム:jcom.co.jp
J 東急カード:tokyu-card.co.jp
J 宝くじ公式サイト|みずほ宝くじ:takarakuji-official.jp
P えらべるPay|マイナポータル|マイナポイント|マイナンバー|デジタル庁:myna.go.jp digital.go.jp
P NEXCO|NEXCO東日本|NEXCO中日本|NEXCO西日本:e-nexco.co.jp c-nexco.co.jp w-nexco.co.jp
P 日本年金機構:nenkin.go.jp
P =LINE|LINEヤフー|LINE Pay:line.me linecorp.com lycorp.co.jp
GP Google|Gmail|YouTube|Google Workspace|Google Drive|Google Play:google.com google.co.jp youtube.com withgoogle.com google
GP PayPal|ペイパル:paypal.com paypal.jp paypal.co.jp
GP Netflix|ネットフリックス:netflix.com
GP FedEx|フェデックス:fedex.com
GP =UPS:ups.com
G USPS|US Postal Service:usps.com usps.gov
G Royal Mail:royalmail.com
G IRS|Internal Revenue Service:irs.gov
G Booking.com:booking.com
G Ethereum|Ethereum Foundation:ethereum.org
G Stellar.org|Stellar Development Foundation:stellar.org
G Proton Mail|ProtonMail|Proton AG:proton.me protonmail.com protonmail.ch
G SiriusXM|Sirius XM:siriusxm.com
G Carrefour:carrefour.com carrefour.fr carrefour.es
G Correios:correios.com.br
GP DocuSign:docusign.net docusign.com
GP Adobe|アドビ|Adobe Acrobat|Adobe Sign:adobe.com adobesign.com
GP Dropbox:dropbox.com dropboxmail.com
GP WeTransfer:wetransfer.com
GP =Meta|Facebook|フェイスブック|Instagram|インスタグラム|WhatsApp:facebook.com facebookmail.com fb.com meta.com instagram.com whatsapp.com
GP LinkedIn:linkedin.com
GP McAfee|マカフィー:mcafee.com
GP Norton 360|Norton LifeLock|ノートン|Norton+:norton.com nortonlifelock.com gen.digital
G Avast:avast.com
G Zoom Video|Zoom Meetings|Zoom Workplace:zoom.us zoom.com
G Spotify:spotify.com
G Steam Support|Steam Community|Steam Wallet|Steam Guard:steampowered.com steamcommunity.com valvesoftware.com
G eBay:ebay.com ebay.co.uk ebay.de
G Walmart:walmart.com
G Costco|コストコ:costco.com costco.co.jp
G Bank of America|BofA:bankofamerica.com bofa.com
G Citibank|Citi Bank:citi.com citibank.com
G HSBC:hsbc.com hsbc.co.uk
G Capital One:capitalone.com
G USAA:usaa.com
G Binance|バイナンス:binance.com binance.co.jp
G Coinbase|コインベース:coinbase.com
G MetaMask|メタマスク:metamask.io consensys.io consensys.net
G Ledger Live|Ledger Wallet|Ledger Nano|Ledger Support:ledger.com
G Trezor:trezor.io
G Kraken:kraken.com
G Crypto.com:crypto.com
G Trust Wallet:trustwallet.com
G Blockchain.com:blockchain.com
G OpenSea:opensea.io
G Phantom Wallet:phantom.app phantom.com
G Exodus Wallet:exodus.com exodus.io
G Bradesco:bradesco.com.br bradesco
G Itaú|Itau Unibanco:itau.com.br itau
G Santander:santander.com santander.com.br santander.co.uk santander.com.mx
G Caixa Econômica|Caixa Economica Federal|=CAIXA|Caixa Tem:caixa.gov.br
G Nubank:nubank.com.br nu.com.mx
G Banco do Brasil:bb.com.br
G Mercado Livre|Mercado Libre|Mercado Pago:mercadolivre.com.br mercadolibre.com mercadolibre.com.mx mercadopago.com mercadopago.com.br
G Banco Inter:bancointer.com.br inter.co
G PicPay:picpay.com
G Serasa:serasa.com.br serasaexperian.com.br
G BBVA:bbva.com bbva.mx bbva.es
G Banorte:banorte.com
G Bancolombia:bancolombia.com
`;
