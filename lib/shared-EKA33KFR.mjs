// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  readDrillMark
} from "./shared-EXHIW62P.mjs";
import {
  decodeEncodedWords,
  htmlToText
} from "./shared-B6C7M5UA.mjs";
import {
  defaultPolicy,
  errorText
} from "./shared-A7SG4TO2.mjs";

// require:tldts-icann
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var required = require2("tldts-icann");
var getDomain = required.getDomain;
var getDomainWithoutSuffix = required.getDomainWithoutSuffix;
var getFullDomain = required.getFullDomain;
var getHostname = required.getHostname;
var getPublicSuffix = required.getPublicSuffix;
var getSubdomain = required.getSubdomain;
var parse = required.parse;

// src/core/data/confusables.generated.ts
var asciiConfusables = [
  [" ", " \u2028\u2029"],
  ["!", "ǃⵑ"],
  ["&", "ꝸ"],
  ["'", "`ʹʻʼʽʾˈˊˋ˴՚՝י׳ߴߵᑊᛌ‘’‛′‵ꞌ𖽑𖽒"],
  ["''", '"ʺˮ˶ײ״᳓“”‟〃'],
  ["'B", "Ɓ"],
  ["'D", "Ɗ"],
  ["'P", "Ƥ"],
  ["'T", "Ƭ"],
  ["'Y", "Ƴ"],
  ["(", "❨❲〔﴾"],
  ["((", "⸨"],
  [")", "❩❳〕﴿"],
  ["))", "⸩"],
  ["*", "٭⁎∗𐌟"],
  ["+", "᛭➕𐊛"],
  [",", "؍٫‚ꓹ"],
  ["-", "˗۔‐‒–⁃−➖Ⲻ"],
  ["-.", "꓾"],
  [".", "٠۰܁܂ꓸ꘎𐩐𝅭"],
  [".,", "ꓻ"],
  ["..", "ꓺ"],
  ["/", "᜵⁁⁄∕╱⟋⧸Ⳇ〳ノ㇓丿𝈺"],
  ["//", "⫽"],
  ["///", "⫻"],
  ["2", "ƧϨᒿꙄꛯꝚ"],
  ["3", "ƷȜЗӠⳌꝪꞫ𑣊𖼻𝈆"],
  ["4", "Ꮞ𑢯"],
  ["5", "Ƽ𑢻"],
  ["6", "бᏮⳒ𑣕"],
  ["7", "𐓒𑣆𝈒"],
  ["8", "Ȣȣ৪੪ଃ𐌚𞣋"],
  ["9", "৭੧୨൭ⳊꝮ𑢬𑣌𑣖"],
  [":", "ː˸։׃܃܄ःઃ᛬᠃᠉⁚∶ꓽ꞉"],
  ["<", "˂ᐸᚲ‹❮𝈶"],
  ["<<", "≪"],
  ["<<<", "⋘"],
  ["=", "᐀⹀゠꓿"],
  [">", "˃ᐳ›❯𖼿𝈷"],
  ["><", "⪥"],
  [">>", "≫⨠"],
  [">>>", "⋙"],
  ["?", "ɁʔॽᎮꛫ"],
  ["A", "ΑАᎪᗅꓮ𐊠𖽀"],
  ["AA", "Ꜳ"],
  ["AE", "ÆӔ"],
  ["AO", "Ꜵ"],
  ["AR", "🜇"],
  ["AU", "Ꜷ"],
  ["AV", "ꜸꜺ"],
  ["AY", "Ꜽ"],
  ["B", "ΒВᏴᗷꓐꞴ𐊂𐊡𐌁"],
  ["C", "СᏟⲤꓚ𐊢𐌂𐐕𐔜𑣩𑣲🝌"],
  ["C'", "Ƈ"],
  ["D", "Ꭰᗞᗪꓓ"],
  ["E", "ΕЕᎬ⋿ⴹꓰ𐊆𑢦𑢮"],
  ["F", "ϜᖴꓝꞘ𐊇𐊥𐔥𑢢𑣂𝈓"],
  ["G", "ԌᏀᏳꓖ"],
  ["G'", "Ɠ"],
  ["H", "ΗНᎻᕼⲎꓧ𐋏"],
  ["J", "ͿЈᎫᒍꓙꞲ"],
  ["K", "ΚКᏦᛕⲔꓗ𐔘"],
  ["K'", "Ƙ"],
  ["L", "ᏞᒪⳐꓡ𐐛𐔦𑢣𑢲𖼖𝈪"],
  ["M", "ΜϺМᎷᗰᛖⲘꓟ𐊰𐌑"],
  ["MB", "🝫"],
  ["N", "ΝⲚꓠ𐔓"],
  ["O", "0ΟОՕ߀০ଠ୦ዐⲞⵔ〇ꓳ𐊒𐊫𐐄𐓂𐔖𑓐𑢵𑣠"],
  ["O'", "ƠᎤ"],
  ["OE", "Œ"],
  ["OO", "ꚘꝎ"],
  ["P", "ΡРᏢᑭⲢꓑ𐊕"],
  ["P'", "ᒆ"],
  ["Q", "ⵕ"],
  ["QE", "🜀"],
  ["R", "ƦᎡᏒᖇꓣ𐒴𖼵𝈖"],
  ["S", "ЅՏᏕᏚꓢ𐊖𐐠𖼺"],
  ["T", "ΤТᎢ⊤⟙Ⲧꓔ𐊗𐊱𐌕𑢼𖼊🝨"],
  ["T3", "Ꜩ"],
  ["U", "Սሀᑌ∪⋃ꓴ𐓎𑢸𖽂"],
  ["U'", "ᑧ"],
  ["V", "Ѵ٧۷Ꮩᐯⴸꓦꛟ𐔝𑢠𖼈𝈍"],
  ["VB", "🝬"],
  ["W", "ԜᎳᏔꓪ𑣦𑣯"],
  ["X", "ΧХ᙭ᚷ╳ⲬⵝꓫꞳ𐊐𐊴𐌗𐌢𐔧𑣬"],
  ["Y", "ΥУҮᎩᎽⲨꓬ𐊲𑢤𖽃"],
  ["Z", "ΖᏃꓜ𐋵𑢩𑣥"],
  ["\\", "∖⟍⧵⧹㇔丶𝈏𝈻"],
  ["\\\\", "⑊⳹"],
  ["^", "˄ˆ"],
  ["_", "ߺ"],
  ["a", "ɑαа⍺"],
  ["aa", "ꜳ"],
  ["ae", "æӕ"],
  ["ao", "ꜵ"],
  ["au", "ꜷ"],
  ["av", "ꜹꜻ"],
  ["ay", "ꜽ"],
  ["b", "ƄЬᏏᖯ"],
  ["bl", "Ы"],
  ["c", "сᴄⲥꮯ𐐽"],
  ["d", "ԁᏧᑯꓒ"],
  ["d'", "ᒇ"],
  ["dz", "ʣ"],
  ["e", "еҽ℮ꬲ"],
  ["f", "քẝꞙꬵ"],
  ["g", "ƍɡցᶃ"],
  ["h", "һհᏂ"],
  ["i", "ıɩɪιіӏᎥ⍳ꙇꭵ𑣃"],
  ["j", "ϳј"],
  ["l", "1I|ƖǀΙІӀ׀וןا١۱ߊᛁ∣⏽Ⲓⵏꓲ𐊊𐌉𐌠𖼨𞣇"],
  ["l'", "ױ"],
  ["lO", "Ю"],
  ["ll", "ǁװ‖∥"],
  ["ls", "ʪ"],
  ["lt", "₶"],
  ["lz", "ʫ"],
  ["n", "ոռ"],
  ["o", "οσоօסه٥ھہە۵०੦૦௦ం౦ಂ೦ംഠ൦ං๐໐ဝ၀ჿᴏᴑⲟꬽ𐐬𐓪𑣈𑣗"],
  ["o'", "ơ"],
  ["oe", "œ"],
  ["oo", "∞ꚙꝏ"],
  ["p", "ρр⍴ⲣ"],
  ["q", "ԛգզ"],
  ["r", "гᴦⲅꭇꭈꮁ"],
  ["r'", "ґ"],
  ["rn", "m𑜀𑣣"],
  ["s", "ƽѕꜱꮪ𐑈𑣁"],
  ["sss", "🝜"],
  ["tf", "ꝷ"],
  ["ts", "ʦ"],
  ["u", "ʋυսᴜꞟꭎꭒ𐓶𑣘"],
  ["ue", "ᵫ"],
  ["uo", "ꭣ"],
  ["v", "νѵטᴠ∨⋁ꮩ𑜆𑣀"],
  ["w", "ɯѡԝաᴡꮃ𑜊𑜎𑜏"],
  ["x", "×хᕁᕽ᙮⤫⤬⨯"],
  ["y", "ɣʏγуүყᶌỿꭚ𑣜"],
  ["z", "ᴢꮓ𑣄"],
  ["{", "❴𝄔"],
  ["}", "❵"],
  ["~", "⁓∼"]
];

// src/core/data/kana-kanji-confusables.ts
var kanaKanjiConfusables = [
  // katakana ta vs kanji yū (evening): identical strokes, kanji slightly wider
  { canonical: "タ", lookalikes: "夕" },
  // katakana ka vs kanji chikara (power): same two strokes
  { canonical: "カ", lookalikes: "力" },
  // katakana e vs kanji kō (craft): three identical strokes
  { canonical: "エ", lookalikes: "工" },
  // katakana ro vs kanji kuchi (mouth) and the enclosure radical: a box in all three
  { canonical: "ロ", lookalikes: "口囗" },
  // katakana ni vs kanji ni (two): two horizontal strokes
  { canonical: "ニ", lookalikes: "二" },
  // katakana ha vs kanji hachi (eight): two diagonal strokes
  { canonical: "ハ", lookalikes: "八" },
  // katakana to vs kanji boku (divination): same two strokes
  { canonical: "ト", lookalikes: "卜" },
  // katakana o vs kanji sai (talent, also used for age): near-identical hook
  { canonical: "オ", lookalikes: "才" },
  // katakana chi vs kanji sen (thousand): differ only in the first stroke's slant
  { canonical: "チ", lookalikes: "千" },
  // katakana hi vs the spoon radical
  { canonical: "ヒ", lookalikes: "匕" },
  // katakana me vs kanji gai: two crossing strokes
  { canonical: "メ", lookalikes: "乂" },
  // long-vowel mark vs kanji ichi (one), dashes and box-drawing lines (‐ and − already fold to ASCII -)
  { canonical: "ー", lookalikes: "一―—─━㇐" },
  // hiragana and katakana he are the same shape
  { canonical: "ヘ", lookalikes: "へ" },
  // hiragana and katakana be are the same shape
  { canonical: "ベ", lookalikes: "べ" },
  // hiragana and katakana pe are the same shape
  { canonical: "ペ", lookalikes: "ぺ" },
  // hiragana ri and katakana ri differ only by a joining hook
  { canonical: "リ", lookalikes: "り" },
  // tsu vs shi: the same three strokes at a different slant
  { canonical: "ツ", lookalikes: "シ" },
  // n vs so: the same two strokes at a different slant
  { canonical: "ン", lookalikes: "ソ" },
  // kanji zero vs circles (confusables.txt maps 〇 to O, circles are not listed)
  { canonical: "〇", lookalikes: "○◯" },
  // ladder-form taka (髙橋) is the same name as 高
  { canonical: "高", lookalikes: "髙" },
  // variant forms of saki (山﨑, 宮嵜) are the same name
  { canonical: "崎", lookalikes: "﨑嵜碕" },
  // variant forms of be/nabe (渡邊, 渡邉) are the same name
  { canonical: "辺", lookalikes: "邊邉" },
  // variant forms of sai (齋藤, 斎藤) are read the same and easily mistaken
  { canonical: "斉", lookalikes: "齊齋斎" },
  // old form of sawa (澤田) is the same name
  { canonical: "沢", lookalikes: "澤" },
  // old form of hama (濱田) is the same name
  { canonical: "浜", lookalikes: "濱" },
  // variant forms of shima (中嶋) are the same name
  { canonical: "島", lookalikes: "嶋嶌" }
];

// src/core/text/skeleton.ts
function buildTable() {
  const table2 = /* @__PURE__ */ new Map();
  for (const [prototype, sources] of asciiConfusables) {
    for (const source of sources) table2.set(source, prototype);
  }
  for (const row of kanaKanjiConfusables) {
    const target = table2.get(row.canonical) ?? row.canonical;
    for (const source of row.lookalikes) {
      if (!table2.has(source)) table2.set(source, target);
    }
  }
  return table2;
}
var table = buildTable();
function mapOnce(text) {
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}
function skeleton(text) {
  return mapOnce(mapOnce(text.normalize("NFKC")).toLowerCase()).toLowerCase();
}

// src/core/engine/env.ts
var defaultEnv = {
  registrableDomain: (host) => getDomain(host.toLowerCase(), { allowPrivateDomains: false }) ?? null,
  publicSuffix: (host) => getPublicSuffix(host.toLowerCase()) ?? null,
  skeleton
};

// src/core/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/core/text/kana.ts
var smallToLarge = {
  ぁ: "あ",
  ぃ: "い",
  ぅ: "う",
  ぇ: "え",
  ぉ: "お",
  っ: "つ",
  ゃ: "や",
  ゅ: "ゆ",
  ょ: "よ",
  ゎ: "わ",
  "ゕ": "か",
  "ゖ": "け",
  ァ: "ア",
  ィ: "イ",
  ゥ: "ウ",
  ェ: "エ",
  ォ: "オ",
  ッ: "ツ",
  ャ: "ヤ",
  ュ: "ユ",
  ョ: "ヨ",
  ヮ: "ワ",
  ヵ: "カ",
  ヶ: "ケ",
  "ㇰ": "ク",
  "ㇱ": "シ",
  "ㇲ": "ス",
  "ㇳ": "ト",
  "ㇴ": "ヌ",
  "ㇵ": "ハ",
  "ㇶ": "ヒ",
  "ㇷ": "フ",
  "ㇸ": "ヘ",
  "ㇹ": "ホ",
  "ㇺ": "ム",
  "ㇻ": "ラ",
  "ㇼ": "リ",
  "ㇽ": "ル",
  "ㇾ": "レ",
  "ㇿ": "ロ"
};
var hiraganaStart = 12353;
var hiraganaEnd = 12438;
var hiraganaIteration = 12445;
var toKatakana = 96;
function isKatakana(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 12449 && cp <= 12538 || cp === 12540 || cp >= 12784 && cp <= 12799;
}
function foldKana(text) {
  let out = "";
  for (const ch of text) {
    const large = smallToLarge[ch] ?? ch;
    const cp = large.codePointAt(0) ?? 0;
    if (cp >= hiraganaStart && cp <= hiraganaEnd || cp === hiraganaIteration || cp === hiraganaIteration + 1) {
      out += String.fromCodePoint(cp + toKatakana);
    } else {
      out += large;
    }
  }
  return out;
}

// src/core/text/normalize.ts
var maxNameLength = 1e3;
var legalForms = [
  "特定非営利活動法人",
  "地方独立行政法人",
  "独立行政法人",
  "国立大学法人",
  "一般社団法人",
  "一般財団法人",
  "公益社団法人",
  "公益財団法人",
  "社会福祉法人",
  "株式会社",
  "有限会社",
  "合同会社",
  "合資会社",
  "合名会社",
  "学校法人",
  "医療法人",
  "宗教法人",
  "NPO法人",
  "(一社)",
  "(一財)",
  "(公社)",
  "(公財)",
  "(特非)",
  "(株)",
  "(有)",
  "(同)",
  "(合)",
  "(名)",
  "(資)",
  "(社)",
  "(財)",
  "(福)",
  "(学)",
  "(医)",
  "(独)"
];
var legalFormPattern = new RegExp(legalForms.map((f) => f.replace(/[()]/g, "\\$&")).join("|"), "g");
var latinNoise = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "madam",
  "san",
  "sama",
  "sensei",
  "kun",
  "inc",
  "ltd",
  "llc",
  "co",
  "corp",
  "corporation",
  "kk",
  "gk",
  "plc",
  "gmbh"
]);
var honorificSuffixes = [
  "御中",
  "先生",
  "せんせい",
  "さま",
  "サマ",
  "さん",
  "サン",
  "どの",
  "くん",
  "ちゃん",
  "各位",
  "あて",
  "様",
  "殿",
  "氏",
  "君",
  "宛"
];
var dashes = /* @__PURE__ */ new Set(["-", "‐", "‑", "‒", "–", "—", "―", "−", "─", "━", "〜", "~"]);
function isWordChar(ch) {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 128) return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122;
  if (cp < 192) return false;
  if (cp === 215 || cp === 247) return false;
  if (cp >= 8192 && cp <= 11263) return false;
  if (cp >= 12288 && cp <= 12351) return cp === 12293 || cp === 12294 || cp === 12295 || cp === 12347;
  if (cp === 12448 || cp === 12539) return false;
  if (cp >= 57344 && cp <= 63743) return false;
  if (cp >= 65040 && cp <= 65135) return false;
  if (cp >= 65280 && cp <= 65295) return false;
  if (cp === 65279) return false;
  if (cp >= 126976 && cp <= 129791) return false;
  return true;
}
var isAsciiLower = (ch) => ch >= "a" && ch <= "z";
var isAsciiUpper = (ch) => ch >= "A" && ch <= "Z";
function splitWords(text) {
  const chars = Array.from(text);
  const words = [];
  let word = "";
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? "";
    if (dashes.has(ch) && word !== "" && isKatakana(word.slice(-1))) {
      const next = chars[i + 1] ?? "";
      if (next === "" || isKatakana(next) || !isWordChar(next)) {
        word += "ー";
        continue;
      }
    }
    if (!isWordChar(ch)) {
      if (word !== "") words.push(word);
      word = "";
      continue;
    }
    if (word !== "" && isAsciiUpper(ch) && isAsciiLower(word.slice(-1))) {
      words.push(word);
      word = "";
    }
    word += ch;
  }
  if (word !== "") words.push(word);
  return words;
}
function stripHonorifics(word) {
  let current = word;
  for (let round = 0; round < 3; round += 1) {
    const suffix = honorificSuffixes.find((s) => current.length > s.length && current.endsWith(s));
    if (suffix === void 0) break;
    current = current.slice(0, -suffix.length);
  }
  return current;
}
function foldRomaji(word) {
  if (!/^[a-z]+$/.test(word)) return word;
  return word.replace(/oh(?![aeiouy])/g, "o").replace(/ou/g, "o").replace(/oo/g, "o").replace(/uu/g, "u");
}
function foldWord(raw) {
  const lower = raw.toLowerCase();
  if (latinNoise.has(lower)) return "";
  if (honorificSuffixes.includes(raw)) return "";
  const stripped = stripHonorifics(raw);
  const plain = stripped.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return foldRomaji(skeleton(foldKana(plain)));
}
function nameForm(name) {
  const text = name.slice(0, maxNameLength).normalize("NFKC").replace(legalFormPattern, " ");
  const tokens = [];
  const boundaries = /* @__PURE__ */ new Set([0]);
  let compact2 = "";
  for (const raw of splitWords(text)) {
    const token = foldWord(raw);
    if (token === "") continue;
    tokens.push(token);
    compact2 += token;
    boundaries.add(compact2.length);
  }
  return { tokens, compact: compact2, boundaries };
}

// src/core/text/name-match.ts
var isLatinEdge = (ch) => ch !== void 0 && /^[a-z0-9]$/.test(ch);
var minimumLength = 2;
function hanCount(text) {
  let count = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 19968 && cp <= 40959 || cp >= 13312 && cp <= 19903 || cp >= 63744 && cp <= 64255) count += 1;
  }
  return count;
}
function staffForms(staff, written, into) {
  const { tokens } = nameForm(written);
  const forms = [tokens.join("")];
  if (tokens.length >= 2) forms.push([...tokens].reverse().join(""));
  for (const form of forms) {
    if (Array.from(form).length < minimumLength || into.has(form)) continue;
    into.set(form, { matched: written, staff, form, mayEndWord: hanCount(form) >= 3 });
  }
}
function prepare(policy) {
  const orgNames = [];
  for (const name of policy.organization.names) {
    const { compact: compact2 } = nameForm(name);
    if (Array.from(compact2).length < minimumLength) continue;
    orgNames.push({
      name,
      compact: compact2,
      latinStart: isLatinEdge(compact2[0]),
      latinEnd: isLatinEdge(compact2[compact2.length - 1])
    });
  }
  orgNames.sort((a, b) => b.compact.length - a.compact.length);
  const forms = /* @__PURE__ */ new Map();
  for (const member of policy.staff) {
    for (const written of [member.name, ...member.aliases]) staffForms(member.name, written, forms);
  }
  let longestStaffForm = 0;
  for (const form of forms.keys()) longestStaffForm = Math.max(longestStaffForm, form.length);
  return { orgNames, staffForms: forms, longestStaffForm };
}
var cache = /* @__PURE__ */ new WeakMap();
function preparedNames(policy) {
  let prepared = cache.get(policy);
  if (prepared === void 0) {
    prepared = prepare(policy);
    cache.set(policy, prepared);
  }
  return prepared;
}
function findOrgName(display, names) {
  const text = display.compact;
  for (const org of names) {
    let at = text.indexOf(org.compact);
    while (at >= 0) {
      const end = at + org.compact.length;
      const startOk = !org.latinStart || display.boundaries.has(at) || !isLatinEdge(text[at - 1]);
      const endOk = !org.latinEnd || display.boundaries.has(end) || !isLatinEdge(text[end]);
      if (startOk && endOk) return org;
      at = text.indexOf(org.compact, at + 1);
    }
  }
  return void 0;
}
function findStaff(display, prepared) {
  const { tokens } = display;
  for (let i = 0; i < tokens.length; i += 1) {
    let joined = "";
    for (let j = i; j < tokens.length; j += 1) {
      joined += tokens[j] ?? "";
      if (joined.length > prepared.longestStaffForm) break;
      const hit = prepared.staffForms.get(joined);
      if (hit) return hit;
    }
  }
  for (const token of tokens) {
    for (const form of prepared.staffForms.values()) {
      if (form.mayEndWord && token.length > form.form.length && token.endsWith(form.form)) return form;
    }
  }
  return void 0;
}
function matchDisplayName(displayName, policy) {
  if (displayName.trim() === "") return void 0;
  const prepared = preparedNames(policy);
  const display = nameForm(displayName);
  if (display.tokens.length === 0) return void 0;
  const org = findOrgName(display, prepared.orgNames);
  if (org) return { kind: "organization", matched: org.name, name: org.name };
  const staff = findStaff(display, prepared);
  if (staff) return { kind: "staff", matched: staff.matched, name: staff.staff };
  return void 0;
}

// src/core/net/named-domains.ts
var maxScanned = 1e3;
var commonTlds = /* @__PURE__ */ new Set([
  "com",
  "net",
  "org",
  "info",
  "biz",
  "xyz",
  "top",
  "online",
  "site",
  "shop",
  "store",
  "club",
  "app",
  "dev",
  "email",
  "link",
  "live",
  "tech",
  "cloud",
  "page",
  "web",
  "website",
  "space",
  "fun",
  "icu",
  "vip",
  "work",
  "asia",
  "mobi",
  "name",
  "pro",
  "jobs",
  "gov",
  "edu",
  "int",
  "tokyo",
  "osaka",
  "nagoya",
  "yokohama",
  "kyoto",
  "news",
  "blog",
  "support",
  "services",
  "company",
  "group",
  "global",
  "digital",
  "network",
  "systems"
]);
var labelPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
function validLabels(host) {
  if (host.length > 253) return void 0;
  const labels = host.split(".");
  if (labels.length < 2 || !labels.every((l) => l.length <= 63 && labelPattern.test(l))) return void 0;
  const tld = labels[labels.length - 1] ?? "";
  if (!/^[a-z]{2,}$/.test(tld) && !tld.startsWith("xn--")) return void 0;
  return labels;
}
function looksLikeBareDomain(labels) {
  const tld = labels[labels.length - 1] ?? "";
  if (commonTlds.has(tld) || tld.startsWith("xn--")) return true;
  if (tld.length !== 2) return false;
  return labels.length >= 3 || (labels[0] ?? "").length >= 3;
}
var edgePunctuation = /* @__PURE__ */ new Set([".", "_", "%", "+", "@", "-"]);
function trimPunctuation(token) {
  let start = 0;
  let end = token.length;
  while (start < end && edgePunctuation.has(token.charAt(start))) start += 1;
  while (end > start && edgePunctuation.has(token.charAt(end - 1))) end -= 1;
  return token.slice(start, end);
}
function namedDomainOf(token) {
  const at = token.lastIndexOf("@");
  if (at > 0) {
    const host = token.slice(at + 1);
    return validLabels(host) ? { text: token, host, isAddress: true } : void 0;
  }
  if (at < 0 && token.includes(".")) {
    const labels = validLabels(token);
    if (labels && looksLikeBareDomain(labels)) return { text: token, host: token, isAddress: false };
  }
  return void 0;
}
var addressChars = /[^a-z0-9.@_%+-]+/;
function withDisplayedRuns(text) {
  if (!/[\u202B\u202E\u2067]/.test(text)) return text;
  let shown2 = text;
  for (const match of text.matchAll(/[\u202B\u202E\u2067]([^\u202C\u2069]*)/g)) {
    shown2 += ` ${Array.from(match[1] ?? "").reverse().join("")}`;
  }
  return shown2;
}
function scanDisplayName(displayName) {
  const text = withDisplayedRuns(displayName.slice(0, maxScanned)).normalize("NFKC").replace(/[\u3002\uff61]/g, ".").toLowerCase();
  const named = [];
  for (const raw of text.split(addressChars)) {
    const found = namedDomainOf(trimPunctuation(raw));
    if (found) named.push(found);
  }
  return { named };
}
function withoutAddresses(displayName) {
  const text = displayName.slice(0, maxScanned).normalize("NFKC").replace(/[\u3002\uff61]/g, ".");
  const parts = text.split(/([^A-Za-z0-9.@_%+-]+)/);
  let out = "";
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? "";
    const isSeparator = i % 2 === 1;
    out += !isSeparator && namedDomainOf(trimPunctuation(part.toLowerCase())) ? " " : part;
  }
  return out;
}

// src/core/rules/display-name-impersonation.ts
function nameForEnglish(names) {
  return names.find((name) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(name)) ?? names[0];
}
var displayNameImpersonation = defineRule({
  meta: {
    id: "display-name-impersonation",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名が組織名や職員名を名乗っているのに、送信元アドレスが組織のドメインではないメールを見つけます。",
      en: "Finds mail whose sender name claims the organisation or a staff member while the address is not the organisation's."
    }
  },
  messages: {
    orgNameOutsideDomain: {
      ja: "差出人名は「{imitates}」を名乗っていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name claims to be "{imitates}", but the address {address} is not from {genuineDomain}.'
    },
    staffNameOutsideDomain: {
      ja: "差出人名は職員「{imitates}」を名乗っていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name claims to be the staff member "{imitates}", but the address {address} is not from {genuineDomain}.'
    }
  },
  headlines: {
    orgNameOutsideDomain: {
      ja: "「{imitates}」を名乗っていますが、送信元アドレスは{organization}のものではありません。",
      en: 'It claims to be "{imitates}", but the address does not belong to {organizationEn}.'
    },
    staffNameOutsideDomain: {
      ja: "「{imitates}」を名乗っていますが、送信元アドレスは{organization}のものではありません。",
      en: 'It claims to be "{imitates}", but the address does not belong to {organizationEn}.'
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0) return [];
    const domain = ctx.derived.fromDomain;
    if (domain !== "" && ctx.derived.isOrganizationDomain(domain)) return [];
    const match = matchDisplayName(withoutAddresses(claimed.name), ctx.policy);
    if (match === void 0) return [];
    const genuineDomains = ctx.policy.organization.domains;
    return [
      {
        messageId: match.kind === "organization" ? "orgNameOutsideDomain" : "staffNameOutsideDomain",
        evidence: {
          displayName: claimed.name,
          address: claimed.address,
          imitates: match.matched,
          genuineDomain: genuineDomains.join(", "),
          organization: ctx.policy.organization.names[0] ?? genuineDomains[0] ?? "",
          organizationEn: nameForEnglish(ctx.policy.organization.names) ?? genuineDomains[0] ?? ""
        },
        imitates: { kind: match.kind, name: match.name, genuineDomains }
      }
    ];
  }
});

// src/core/net/address.ts
function domainOf(address) {
  const at = address.lastIndexOf("@");
  if (at < 0) return "";
  return address.slice(at + 1).trim().replace(/[>\].\s]+$/u, "").toLowerCase();
}
function isWithinDomain(host, domain) {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

// src/core/net/char-diff.ts
var maxCells = 7e4;
function charDiff(seen, genuine) {
  const a = Array.from(seen);
  const b = Array.from(genuine);
  let prefix2 = 0;
  while (prefix2 < a.length && prefix2 < b.length && a[prefix2] === b[prefix2]) prefix2 += 1;
  let suffix = 0;
  while (suffix < a.length - prefix2 && suffix < b.length - prefix2 && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix += 1;
  const midA = a.slice(prefix2, a.length - suffix);
  const midB = b.slice(prefix2, b.length - suffix);
  if (midA.length === 0 && midB.length === 0) return [];
  if ((midA.length + 1) * (midB.length + 1) > maxCells) {
    return [{ index: prefix2, seen: midA.join(""), genuine: midB.join("") }];
  }
  return aligned(midA, midB).map((d) => ({ ...d, index: d.index + prefix2 }));
}
function aligned(a, b) {
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i2 = a.length - 1; i2 >= 0; i2 -= 1) {
    for (let j2 = b.length - 1; j2 >= 0; j2 -= 1) {
      lcs[i2 * width + j2] = a[i2] === b[j2] ? (lcs[(i2 + 1) * width + j2 + 1] ?? 0) + 1 : Math.max(lcs[(i2 + 1) * width + j2] ?? 0, lcs[i2 * width + j2 + 1] ?? 0);
    }
  }
  const diffs = [];
  let i = 0;
  let j = 0;
  let run;
  const flush = () => {
    if (run) diffs.push(run);
    run = void 0;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i += 1;
      j += 1;
      continue;
    }
    run ??= { index: i, seen: "", genuine: "" };
    const skipA = j >= b.length || i < a.length && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0);
    if (skipA) {
      run.seen += a[i] ?? "";
      i += 1;
    } else {
      run.genuine += b[j] ?? "";
      j += 1;
    }
  }
  flush();
  return diffs;
}

// src/core/net/punycode.ts
var base = 36;
var tMin = 1;
var tMax = 26;
var skew = 38;
var damp = 700;
var initialBias = 72;
var initialN = 128;
var maxCodePoint = 1114111;
function digitValue(cp) {
  if (cp >= 48 && cp <= 57) return cp - 22;
  if (cp >= 65 && cp <= 90) return cp - 65;
  if (cp >= 97 && cp <= 122) return cp - 97;
  return base;
}
function adapt(delta, numPoints, firstTime) {
  let d = firstTime ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > (base - tMin) * tMax >> 1) {
    d = Math.floor(d / (base - tMin));
    k += base;
  }
  return k + Math.floor((base - tMin + 1) * d / (d + skew));
}
function decodePunycode(input) {
  const output = [];
  const lastDelimiter = input.lastIndexOf("-");
  for (let i2 = 0; i2 < Math.max(lastDelimiter, 0); i2 += 1) {
    const cp = input.charCodeAt(i2);
    if (cp >= 128) return null;
    output.push(cp);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  let index = lastDelimiter > 0 ? lastDelimiter + 1 : 0;
  while (index < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index));
      index += 1;
      if (digit >= base || digit > Math.floor((maxCodePoint * base - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > maxCodePoint * base) return null;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > maxCodePoint || n >= 55296 && n <= 57343) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}
function labelToUnicode(label) {
  if (!label.startsWith("xn--")) return label;
  return decodePunycode(label.slice(4)) ?? label;
}

// src/core/net/lookalike.ts
var distinctiveLength = 5;
var maxHostLength = 253;
function keyOf(env, text) {
  return env.skeleton(text).replace(/[-_.]/g, "");
}
function prepareDomain(env, domain, owner) {
  const registrable = env.registrableDomain(domain) ?? domain;
  const suffix = env.publicSuffix(domain) ?? "";
  const label = registrable.split(".")[0] ?? "";
  if (label === "") return void 0;
  return { domain, registrable, label, suffix, labelKey: keyOf(env, label), fullKey: keyOf(env, domain), owner };
}
var cache2 = /* @__PURE__ */ new WeakMap();
function protectedDomains(policy, env) {
  let byPolicy = cache2.get(env);
  if (byPolicy === void 0) {
    byPolicy = /* @__PURE__ */ new WeakMap();
    cache2.set(env, byPolicy);
  }
  const cached = byPolicy.get(policy);
  if (cached) return cached;
  const list = [];
  const org = {
    kind: "organization",
    name: policy.organization.names[0] ?? "",
    domains: policy.organization.domains
  };
  for (const domain of policy.organization.domains) {
    const prepared = prepareDomain(env, domain, org);
    if (prepared) list.push(prepared);
  }
  for (const partner of policy.partners) {
    const owner = { kind: "partner", name: partner.name, domains: partner.domains };
    for (const domain of partner.domains) {
      const prepared = prepareDomain(env, domain, owner);
      if (prepared) list.push(prepared);
    }
  }
  byPolicy.set(policy, list);
  return list;
}
function isAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}
function codePointLength(text) {
  return Array.from(text).length;
}
function sameNameKind(env, label, suffix, p) {
  if (keyOf(env, label) !== p.labelKey) return void 0;
  if (suffix !== p.suffix && p.labelKey.length < distinctiveLength) return void 0;
  if (label === p.label) return "suffix";
  if (!isAscii(label)) return "unicode";
  if (label.replace(/-/g, "") === p.label.replace(/-/g, "")) return "hyphen";
  return "characters";
}
function piecesOf(env, host, ownLength) {
  const pieces = [];
  let start = 0;
  for (let i = 0; i <= ownLength; i += 1) {
    const ch = host.charAt(i);
    if (i === ownLength || ch === "." || ch === "-") {
      if (i > start) pieces.push({ key: keyOf(env, host.slice(start, i)), start, end: i });
      start = i + 1;
    }
  }
  return pieces;
}
function embeddedSpan(pieces, p) {
  const longest = Math.max(p.fullKey.length, p.labelKey.length);
  let labelOnly;
  for (let i = 0; i < pieces.length; i += 1) {
    let joined = "";
    for (let j = i; j < pieces.length; j += 1) {
      joined += pieces[j]?.key ?? "";
      if (joined.length > longest) break;
      const start = pieces[i]?.start ?? 0;
      const end = pieces[j]?.end ?? 0;
      if (joined === p.fullKey) return { start, end, whole: true };
      if (joined === p.labelKey && p.labelKey.length >= distinctiveLength) labelOnly ??= { start, end, whole: false };
    }
  }
  return labelOnly;
}
function embeddedDiff(host, span, p) {
  const genuine = span.whole ? p.domain : p.label;
  const before = host.slice(0, span.start);
  const after = host.slice(span.end);
  const offset = codePointLength(before);
  const diffs = [];
  if (before !== "") diffs.push({ index: 0, seen: before, genuine: "" });
  for (const d of charDiff(host.slice(span.start, span.end), genuine)) diffs.push({ ...d, index: d.index + offset });
  if (after !== "")
    diffs.push({
      index: codePointLength(host.slice(0, span.end)),
      seen: after,
      genuine: span.whole ? "" : p.domain.slice(p.label.length)
    });
  return diffs;
}
function checkHost(rawHost, domains, env) {
  const asciiHost = rawHost.toLowerCase().replace(/\.+$/, "");
  if (asciiHost === "" || asciiHost.length > maxHostLength) return { verdict: "unrelated" };
  const labels = asciiHost.split(".").map(labelToUnicode);
  const host = labels.join(".");
  for (const p of domains) {
    if (isWithinDomain(host, p.domain) || isWithinDomain(asciiHost, p.domain)) return { verdict: "genuine" };
  }
  const registrable = env.registrableDomain(host);
  if (registrable === null || !host.endsWith(registrable)) return { verdict: "unrelated" };
  for (const p of domains) {
    if (registrable === p.registrable) return { verdict: "genuine" };
  }
  const suffix = env.publicSuffix(host) ?? "";
  const label = registrable.split(".")[0] ?? "";
  const offset = codePointLength(host) - codePointLength(registrable);
  const found = (kind, p, diff) => ({
    verdict: "lookalike",
    lookalike: { kind, host, asciiHost, registrable, genuine: p, diff }
  });
  for (const p of domains) {
    const kind = sameNameKind(env, label, suffix, p);
    if (kind) {
      const diff = charDiff(registrable, p.registrable).map((d) => ({ ...d, index: d.index + offset }));
      return found(kind, p, diff);
    }
  }
  const ownLength = Math.max(host.length - (suffix === "" ? 0 : suffix.length + 1), 0);
  const pieces = piecesOf(env, host, ownLength);
  for (const p of domains) {
    const span = embeddedSpan(pieces, p);
    if (span) return found("embedded", p, embeddedDiff(host, span, p));
  }
  return { verdict: "unrelated" };
}

// src/core/net/link-target.ts
var webSchemes = /* @__PURE__ */ new Set(["http", "https", "ftp"]);
function percentDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function ipv4Part(part) {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  if (/^0[0-7]+$/.test(part)) return parseInt(part.slice(1), 8);
  if (/^\d+$/.test(part)) return parseInt(part, 10);
  return NaN;
}
var ipv4Characters = /^[0-9a-fx.]+$/i;
var asciiOnly = /^[ -~]*$/;
function ipForm(host) {
  if (host.startsWith("[") && host.endsWith("]")) return "ipv6";
  if (!ipv4Characters.test(host)) return void 0;
  const parts = host.split(".");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 0 || parts.length > 4) return void 0;
  if (!parts.every((p) => p !== "" && !Number.isNaN(ipv4Part(p)))) return void 0;
  const plain = parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
  return plain ? "ipv4" : "ipv4Obfuscated";
}
function linkTarget(href) {
  const url = href.trim().replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
  let rest;
  if (url.startsWith("//")) rest = url.slice(2);
  else {
    const colon = url.indexOf(":");
    if (colon <= 0 || !webSchemes.has(url.slice(0, colon).toLowerCase())) return void 0;
    let i = colon + 1;
    while (url.charAt(i) === "/") i += 1;
    rest = url.slice(i);
  }
  let end = rest.length;
  for (const stop of ["/", "?", "#"]) {
    const at2 = rest.indexOf(stop);
    if (at2 >= 0 && at2 < end) end = at2;
  }
  const authority = rest.slice(0, end);
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : void 0;
  let hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close >= 0) hostPort = hostPort.slice(0, close + 1);
  } else {
    const portColon = hostPort.lastIndexOf(":");
    if (portColon >= 0) hostPort = hostPort.slice(0, portColon);
  }
  const percentEncoded = hostPort.includes("%");
  const written = percentEncoded ? percentDecode(hostPort) : hostPort;
  const host = (asciiOnly.test(written) ? written : written.normalize("NFKC").replace(/\u3002/g, ".")).toLowerCase().replace(/\.+$/, "");
  if (host === "") return void 0;
  const ip = ipForm(host);
  return {
    host,
    ...userinfo !== void 0 && userinfo !== "" ? { userinfo: percentDecode(userinfo) } : {},
    percentEncoded,
    ...ip ? { ip } : {}
  };
}
var textTlds = new Set(
  "com net org info biz edu gov jp io co uk us de fr it es nl ru cn kr tw hk au ca ch se no fi dk be at pl br in me app dev xyz top site online shop club link live store tech cloud email".split(" ")
);
var maxTokens = 20;
var schemePrefix = /^[a-z][a-z0-9+.-]*:\/\//i;
function asHost(token) {
  let host = token.toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) return void 0;
  const tld = host.slice(host.lastIndexOf(".") + 1);
  return textTlds.has(tld) || host.startsWith("www.") ? host : void 0;
}
function trimPunctuation2(token) {
  let end = token.length;
  while (end > 0 && ".,;:!?。、)".includes(token.charAt(end - 1))) end -= 1;
  return token.slice(0, end);
}
function hostShownInText(text) {
  const tokens = text.normalize("NFKC").split(/[\s<>()「」『』【】"']+/u, maxTokens).map(trimPunctuation2).filter((t) => t !== "");
  const first = tokens[0];
  if (first === void 0) return void 0;
  if (schemePrefix.test(first)) return linkTarget(first)?.host;
  if (tokens.length > 1 || first.includes("@")) return void 0;
  return asHost(first.split(/[/?#:]/, 1)[0] ?? "");
}

// src/core/net/url-host.ts
function hostOfHref(href) {
  const text = href.trim();
  const colon = text.indexOf(":");
  const scheme = colon > 0 ? text.slice(0, colon).toLowerCase() : "";
  if (scheme === "mailto") {
    const address = text.slice(colon + 1).split(/[?,;]/, 1)[0] ?? "";
    return cleanHost(domainOf(safeDecode(address)));
  }
  const host = linkTarget(text)?.host;
  return host === void 0 || host.startsWith("[") ? void 0 : host;
}
function safeDecode(text) {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function cleanHost(host) {
  const folded = host.normalize("NFKC").replace(/[\u3002\uff0e\uff61]/g, ".").toLowerCase().replace(/\.+$/, "");
  return folded === "" ? void 0 : folded;
}

// src/core/engine/level.ts
var severityRank = { strong: 3, medium: 2, weak: 1, info: 0 };
function compareFindings(a, b) {
  return severityRank[b.severity] - severityRank[a.severity] || Number(b.senderSignal) - Number(a.senderSignal);
}
function levelFromFindings(findings) {
  let medium = 0;
  let weak = 0;
  let senderMedium = false;
  for (const f of findings) {
    if (f.severity === "strong") return "danger";
    if (f.severity === "medium") {
      medium += 1;
      if (f.senderSignal) senderMedium = true;
    }
    if (f.severity === "weak") weak += 1;
  }
  if (senderMedium && (medium >= 2 || weak >= 2)) return "danger";
  if (medium >= 1) return "caution";
  return null;
}

// src/core/rules/display-name-address.ts
function score(candidate) {
  return severityRank[candidate.severity] * 2 + (candidate.genuine ? 1 : 0);
}
function firstLabel(domain) {
  return domain.split(".")[0] ?? "";
}
function linkRegistrables(ctx) {
  const hosts = /* @__PURE__ */ new Set();
  for (const link of ctx.facts.links) {
    const host = hostOfHref(link.href);
    if (host !== void 0) hosts.add(host);
  }
  const domains = /* @__PURE__ */ new Set();
  for (const host of hosts) domains.add(ctx.env.registrableDomain(host) ?? host);
  return domains;
}
function strayLinks(ctx, named, linkDomains) {
  if (linkDomains.size === 0) return false;
  const namedLabel = firstLabel(named);
  for (const domain of linkDomains) {
    if (domain === named || domain === ctx.derived.fromRegistrable || firstLabel(domain) === namedLabel) return false;
  }
  return true;
}
function classify(ctx, named, linkDomains, ownDomains) {
  const registrable = ctx.env.registrableDomain(named.host) ?? named.host;
  if (ownDomains.has(registrable)) return void 0;
  const genuine = protectedDomains(ctx.policy, ctx.env).find(
    (p) => isWithinDomain(named.host, p.domain) || registrable === p.registrable
  );
  if (genuine) return { named, registrable, messageId: "protectedInName", severity: "strong", genuine };
  const sameName = firstLabel(registrable) === firstLabel(ctx.derived.fromRegistrable);
  const relayed = linkDomains.size > 0 && [...linkDomains].every((domain) => domain === registrable);
  if (named.isAddress)
    return { named, registrable, messageId: "addressInName", severity: sameName || relayed ? "medium" : "strong" };
  return {
    named,
    registrable,
    messageId: "domainInName",
    severity: strayLinks(ctx, registrable, linkDomains) ? "medium" : "weak"
  };
}
function draftFor(ctx, best) {
  const claimed = ctx.derived.claimed;
  const evidence = {
    displayName: claimed?.name ?? "",
    named: best.named.text,
    namedDomain: best.registrable,
    address: claimed?.address ?? ""
  };
  if (!best.genuine) return { messageId: best.messageId, severity: best.severity, evidence };
  const owner = best.genuine.owner;
  return {
    messageId: best.messageId,
    severity: best.severity,
    evidence: { ...evidence, imitates: owner.name, genuineDomain: owner.domains.join(", ") },
    imitates: { kind: owner.kind, name: owner.name, genuineDomains: owner.domains }
  };
}
var displayNameAddress = defineRule({
  meta: {
    id: "display-name-address",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名の中に、実際の送信元とは別のメールアドレスやドメインが書かれていないか調べます。",
      en: "Checks whether the sender name shows an address or domain other than the real sender's."
    }
  },
  messages: {
    protectedInName: {
      ja: "差出人名に {imitates} のアドレス・ドメイン「{named}」が書かれていますが、実際の送信元は {address} です。",
      en: 'The sender name shows "{named}", which belongs to {imitates}, but the mail really comes from {address}.'
    },
    addressInName: {
      ja: "差出人名にメールアドレス「{named}」が書かれていますが、実際の送信元は別のドメインの {address} です。",
      en: 'The sender name shows the address "{named}", but the mail really comes from {address}, another domain.'
    },
    domainInName: {
      ja: "差出人名にドメイン「{named}」が書かれていますが、実際の送信元は {address} です（メールマガジンでも見られる書き方です）。",
      en: 'The sender name shows the domain "{named}", but the mail comes from {address} (newsletters do this too).'
    }
  },
  headlines: {
    protectedInName: {
      ja: "差出人名に{imitates}のアドレスがありますが、実際の送信元は別です。",
      en: "The sender name shows an address of {imitates}, but the real sender is someone else."
    },
    addressInName: {
      ja: "差出人名のアドレスと、実際の送信元アドレスが違います。",
      en: "The address in the sender name is not the real sender address."
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0 || ctx.derived.fromRegistrable === "") return [];
    const scan = scanDisplayName(claimed.name);
    if (scan.named.length === 0) return [];
    const ownDomains = /* @__PURE__ */ new Set([ctx.derived.fromRegistrable]);
    for (const own of scanDisplayName(claimed.address).named)
      ownDomains.add(ctx.env.registrableDomain(own.host) ?? own.host);
    const linkDomains = linkRegistrables(ctx);
    let best;
    for (const named of scan.named) {
      const candidate = classify(ctx, named, linkDomains, ownDomains);
      if (candidate && (best === void 0 || score(candidate) > score(best))) best = candidate;
    }
    return best ? [draftFor(ctx, best)] : [];
  }
});

// src/core/data/brand-catalogue.ts
var brandTable = `
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

// src/core/data/brands.ts
var sourceCodes = { J: "jpcert", G: "global", P: "prior" };
var departmentSuffixes = [
  "事務局",
  "会員事務局",
  "カスタマーセンター",
  "カスタマーサポート",
  "カスタマーサービス",
  "サポートセンター",
  "サポート",
  "お客様センター",
  "お客さまセンター",
  "お客さまサポート",
  "インフォメーション",
  "公式",
  "カード",
  "ID",
  " Support",
  " Billing",
  " Payment",
  " Account",
  " Membership",
  " Subscription",
  " Renewal",
  " Security",
  " Service",
  " Team",
  " Help Desk",
  " Customer Service"
];
function expandNames(written) {
  const expanded = written.flatMap(
    (name) => name.endsWith("+") ? departmentSuffixes.map((suffix) => name.slice(0, -1) + suffix) : [name]
  );
  return [...new Set(expanded)];
}
function parseBrandTable(text) {
  const brands = [];
  for (const line of text.split("\n")) {
    const space = line.indexOf(" ");
    const colon = line.lastIndexOf(":");
    if (space < 0 || colon < space) continue;
    const sources = Array.from(line.slice(0, space)).map((code) => sourceCodes[code]);
    if (sources.length === 0 || sources.some((s) => s === void 0)) continue;
    const names = expandNames(
      line.slice(space + 1, colon).split("|").map((n) => n.trim()).filter((n) => n !== "")
    );
    const written = line.slice(colon + 1).split(" ").filter((d) => d !== "");
    const domains = written.map((d) => d.replace(/^\?/, ""));
    const first = names[0];
    if (first === void 0 || domains.length === 0) continue;
    brands.push({
      name: first.replace(/^=/, ""),
      names,
      domains,
      unconfirmed: written.filter((d) => d.startsWith("?")).map((d) => d.slice(1)),
      sources: sources.filter((s) => s !== void 0)
    });
  }
  return brands;
}
var builtInBrands = parseBrandTable(brandTable);

// src/core/text/brand-match.ts
function longEnough(compact2) {
  return compact2.length >= (/^[a-z0-9]*$/.test(compact2) ? 3 : 2);
}
var isLatinEdge2 = (ch) => ch !== void 0 && /^[a-z0-9]$/.test(ch);
var isAsciiWordChar = (ch) => ch !== void 0 && /^[A-Za-z0-9]$/.test(ch);
var storefrontSuffixes = ["店", "市場店"];
function prepare2(policy) {
  const folded = [];
  const exact = [];
  for (const brand of brandsOf(policy)) {
    for (const name of brand.names) {
      if (name.startsWith("=")) {
        const written = name.slice(1).normalize("NFKC");
        if (written.length >= 2) exact.push({ brand, written });
        continue;
      }
      const { compact: compact2 } = nameForm(name);
      if (longEnough(compact2)) {
        folded.push({
          brand,
          written: name,
          compact: compact2,
          latinStart: isLatinEdge2(compact2[0]),
          latinEnd: isLatinEdge2(compact2[compact2.length - 1])
        });
      }
    }
  }
  folded.sort((a, b) => b.compact.length - a.compact.length);
  return { folded, exact };
}
var cache3 = /* @__PURE__ */ new WeakMap();
function preparedBrands(policy) {
  let prepared = cache3.get(policy);
  if (prepared === void 0) {
    prepared = prepare2(policy);
    cache3.set(policy, prepared);
  }
  return prepared;
}
function wordIndex(display, key, latinStart, latinEnd) {
  const text = display.compact;
  let at = text.indexOf(key);
  while (at >= 0) {
    const end = at + key.length;
    const startOk = !latinStart || display.boundaries.has(at) || !isLatinEdge2(text[at - 1]);
    const endOk = !latinEnd || display.boundaries.has(end) || !isLatinEdge2(text[end]);
    if (startOk && endOk && !storefrontSuffixes.some((suffix) => text.startsWith(suffix, end))) return at;
    at = text.indexOf(key, at + 1);
  }
  return -1;
}
function hasExactWord(text, word) {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!isAsciiWordChar(text[at - 1]) && !isAsciiWordChar(text[at + word.length])) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}
function withoutMailAddresses(displayName) {
  return displayName.slice(0, maxNameLength).normalize("NFKC").split(/(\s+|[<>()[\]"'「」【】,;:、])/).map((part) => /[^@\s]@[^@\s]+\.[^@\s]/.test(part) ? " " : part).join("");
}
function findBrands(displayName, policy) {
  if (displayName.trim() === "") return [];
  const text = withoutMailAddresses(displayName);
  const prepared = preparedBrands(policy);
  const display = nameForm(text);
  const matches = [];
  for (const name of prepared.folded) {
    if (wordIndex(display, name.compact, name.latinStart, name.latinEnd) >= 0)
      matches.push({ brand: name.brand, matched: name.written });
  }
  for (const name of prepared.exact) {
    if (hasExactWord(text, name.written)) matches.push({ brand: name.brand, matched: name.written });
  }
  return matches;
}
function senderNamesItself(displayName, registrable, matches) {
  const own = nameForm((registrable.split(".")[0] ?? "").replace(/-/g, "")).compact;
  if (own.length < 4) return false;
  const display = nameForm(withoutMailAddresses(displayName).toLowerCase());
  let firstBrand = display.compact.length;
  for (const match of matches) {
    const key = nameForm(match.matched.toLowerCase()).compact;
    const at2 = display.compact.indexOf(key);
    if (own.includes(key) || at2 < 0) return false;
    firstBrand = Math.min(firstBrand, at2);
  }
  const at = wordIndex(display, own, true, true);
  return at >= 0 && at + own.length <= firstBrand;
}
var brandLists = /* @__PURE__ */ new WeakMap();
function brandsOf(policy) {
  let list = brandLists.get(policy);
  if (list === void 0) {
    const own = policy.brands.map((b) => ({
      name: b.name,
      names: [b.name, ...b.aliases],
      domains: b.domains,
      unconfirmed: [],
      sources: []
    }));
    list = [...policy.disableBuiltInBrands ? [] : builtInBrands, ...own];
    brandLists.set(policy, list);
  }
  return list;
}
function brandOwning(host, policy) {
  const h = host.toLowerCase().replace(/\.$/, "");
  return brandsOf(policy).find((brand) => brand.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}

// src/core/rules/brand-impersonation.ts
var shownDomains = (domains) => domains.filter((d) => d.includes("."));
var brandImpersonation = defineRule({
  meta: {
    id: "brand-impersonation",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule; a name that is just the address
    // claims nothing the address does not (lookalike-domain judges the address).
    quietWhen: ["trustedSender", "nameIsAddress"],
    description: {
      ja: "差出人名が有名なサービスや銀行・カード会社を名乗るのに、送信元がそのドメインではないメールを見つけます。",
      en: "Finds mail whose sender name claims a well-known service, bank or card issuer from an address not of its domains."
    }
  },
  messages: {
    brandNameOutsideDomain: {
      ja: "差出人名は「{matched}」を名乗っていますが、送信元アドレス {address} は{brand}のものではありません。",
      en: 'The sender name claims to be "{matched}", but the address {address} does not belong to {brand}.'
    }
  },
  headlines: {
    brandNameOutsideDomain: {
      ja: "「{matched}」を名乗っていますが、送信元アドレスは{brand}のものではありません。",
      en: 'It claims to be "{matched}", but the address does not belong to {brand}.'
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0) return [];
    const host = ctx.derived.fromDomain;
    if (host !== "" && ctx.derived.isOrganizationDomain(host)) return [];
    const found = findBrands(claimed.name, ctx.policy);
    const first = found[0];
    if (first === void 0) return [];
    if (host !== "" && found.some((m) => m.brand.domains.some((d) => isWithinDomain(host, d)))) return [];
    if (matchDisplayName(withoutAddresses(claimed.name), ctx.policy) !== void 0) return [];
    if (senderNamesItself(claimed.name, ctx.derived.fromRegistrable, found)) return [];
    const genuineDomains = shownDomains(first.brand.domains);
    return [
      {
        messageId: "brandNameOutsideDomain",
        evidence: {
          displayName: claimed.name,
          matched: first.matched,
          brand: first.brand.name,
          address: claimed.address,
          genuineDomain: genuineDomains.join(", ")
        },
        imitates: { kind: "brand", name: first.brand.name, genuineDomains }
      }
    ];
  }
});

// src/core/text/mixed-script.ts
var lookalikeScripts = [
  { script: "Latin", pattern: new RegExp("\\p{Script=Latin}", "u") },
  { script: "Greek", pattern: new RegExp("\\p{Script=Greek}", "u") },
  { script: "Cyrillic", pattern: new RegExp("\\p{Script=Cyrillic}", "u") },
  { script: "Armenian", pattern: new RegExp("\\p{Script=Armenian}", "u") },
  { script: "Cherokee", pattern: new RegExp("\\p{Script=Cherokee}", "u") }
];
var wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
function scriptsOf(word) {
  const found = /* @__PURE__ */ new Set();
  for (const ch of word) {
    for (const { script, pattern } of lookalikeScripts) if (pattern.test(ch)) found.add(script);
  }
  return [...found];
}
function readsAsLatin(looksLike) {
  const plain = looksLike.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "");
  return /^[a-z0-9]+$/.test(plain) && /[a-z]/.test(plain);
}
function nameWords(name) {
  return Array.from(name.normalize("NFC").matchAll(wordPattern), (m) => ({ word: m[0], scripts: scriptsOf(m[0]) }));
}
function disguisedWords(name) {
  const words = nameWords(name);
  const isMixed = (scripts) => scripts.length >= 2 && scripts.includes("Latin");
  const latinAround = words.some((w) => isMixed(w.scripts) || w.scripts.length === 1 && w.scripts[0] === "Latin");
  const out = [];
  for (const { word, scripts } of words) {
    if (!isMixed(scripts) && (!latinAround || scripts.length !== 1 || scripts[0] === "Latin")) continue;
    const looksLike = skeleton(word);
    if (isMixed(scripts) || readsAsLatin(looksLike))
      out.push({ word, looksLike, kind: isMixed(scripts) ? "mixed" : "wholeScript", scripts });
  }
  return out;
}
function asReaderSees(name) {
  return name.normalize("NFKC").replace(wordPattern, (word) => scriptsOf(word).some((s) => s !== "Latin") ? skeleton(word) : word);
}

// src/core/rules/display-name-script.ts
var shownWords = (words) => words.map((w) => `${w.word} → ${w.looksLike}`).join(", ");
var shownScripts = (words) => [...new Set(words.flatMap((w) => w.scripts))].join(", ");
var displayNameScript = defineRule({
  meta: {
    id: "display-name-script",
    category: "sender",
    defaultSeverity: "medium",
    senderSignal: true,
    // A trusted sender is explained by the trusted-sender rule.
    quietWhen: ["trustedSender"],
    description: {
      ja: "差出人名に、ラテン文字に見えるギリシャ文字やキリル文字を混ぜた語がないかを見ます。",
      en: "Looks for sender-name words that pass for Latin but are written with Greek or Cyrillic letters."
    }
  },
  messages: {
    mixedScriptWord: {
      ja: "差出人名「{displayName}」には、ラテン文字に見える別の文字（{scripts}）を混ぜた語があります（{words}）。見た目をごまかす書き方です。",
      en: 'The sender name "{displayName}" has words that mix in look-alike letters from another script ({scripts}): {words}. This is written to deceive the eye.'
    },
    disguisedBrand: {
      ja: "差出人名「{displayName}」は、{scripts}の文字で「{matched}」に見せかけていますが、送信元アドレス {address} は{brand}のものではありません。",
      en: 'The sender name "{displayName}" uses {scripts} letters to look like "{matched}", but the address {address} does not belong to {brand}.'
    },
    disguisedOrganization: {
      ja: "差出人名「{displayName}」は、{scripts}の文字で「{imitates}」に見せかけていますが、送信元アドレス {address} は {genuineDomain} のものではありません。",
      en: 'The sender name "{displayName}" uses {scripts} letters to look like "{imitates}", but the address {address} is not from {genuineDomain}.'
    }
  },
  headlines: {
    mixedScriptWord: {
      ja: "差出人名に、ラテン文字に見せかけた別の文字が混ざっています。",
      en: "The sender name mixes in letters that only look Latin."
    },
    disguisedBrand: {
      ja: "別の文字で「{matched}」に見せかけた差出人名です。{brand}からのメールではありません。",
      en: 'The sender name imitates "{matched}" with look-alike letters; it is not from {brand}.'
    },
    disguisedOrganization: {
      ja: "別の文字で「{imitates}」に見せかけた差出人名です。",
      en: 'The sender name imitates "{imitates}" with look-alike letters.'
    }
  },
  check: (ctx) => {
    const claimed = ctx.derived.claimed;
    if (claimed === void 0) return [];
    const host = ctx.derived.fromDomain;
    if (host !== "" && ctx.derived.isOrganizationDomain(host)) return [];
    const name = claimed.name.slice(0, maxNameLength);
    const words = disguisedWords(name);
    if (words.length === 0) return [];
    const base2 = {
      displayName: claimed.name,
      address: claimed.address,
      words: shownWords(words),
      scripts: shownScripts(words)
    };
    const seen = asReaderSees(name).replace(/@/g, " ");
    const disguised = new Set(words.map((w) => w.word));
    const plain = name.normalize("NFC").replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => disguised.has(word) ? " " : word);
    const plainBrands = new Set(findBrands(plain, ctx.policy).map((m) => m.brand));
    const brand = findBrands(seen, ctx.policy).find((m) => !plainBrands.has(m.brand));
    if (brand !== void 0 && !brand.brand.domains.some((d) => host !== "" && isWithinDomain(host, d))) {
      const genuineDomains = brand.brand.domains.filter((d) => d.includes("."));
      const draft = {
        messageId: "disguisedBrand",
        severity: "strong",
        evidence: {
          ...base2,
          matched: brand.matched,
          brand: brand.brand.name,
          genuineDomain: genuineDomains.join(", ")
        },
        imitates: { kind: "brand", name: brand.brand.name, genuineDomains }
      };
      return [draft];
    }
    const org = matchDisplayName(withoutAddresses(seen), ctx.policy);
    if (org !== void 0 && matchDisplayName(withoutAddresses(plain), ctx.policy) === void 0) {
      const genuineDomains = ctx.policy.organization.domains;
      return [
        {
          messageId: "disguisedOrganization",
          severity: "strong",
          evidence: { ...base2, imitates: org.matched, genuineDomain: genuineDomains.join(", ") },
          imitates: { kind: org.kind, name: org.name, genuineDomains }
        }
      ];
    }
    if (!words.some((w) => w.kind === "mixed")) return [];
    return [{ messageId: "mixedScriptWord", evidence: base2 }];
  }
});

// src/core/rules/lookalike-domain.ts
var messageIdByKind = {
  characters: "lookalikeCharacters",
  hyphen: "lookalikeHyphen",
  unicode: "lookalikeUnicode",
  suffix: "lookalikeSuffix",
  embedded: "lookalikeEmbedded"
};
var maxLinkFindings = 5;
function candidateHosts(ctx) {
  const hosts = /* @__PURE__ */ new Map();
  const { facts } = ctx;
  const trustedHost = ctx.derived.trustedReason !== void 0 ? ctx.derived.fromDomain : "";
  const add = (host, where) => {
    if (host === void 0 || host === "" || hosts.has(host)) return;
    if (where !== "link" && host === trustedHost) return;
    hosts.set(host, where);
  };
  if (facts.from) add(domainOf(facts.from.address), "from");
  if (facts.sender) add(domainOf(facts.sender.address), "sender");
  for (const mailbox of facts.replyTo) add(domainOf(mailbox.address), "replyTo");
  for (const link of facts.links) add(hostOfHref(link.href), "link");
  return hosts;
}
function draftFor2(where, found) {
  const evidence = {
    where,
    host: found.host,
    genuineDomain: found.genuine.domain,
    owner: found.registrable,
    imitates: found.genuine.owner.name
  };
  if (found.asciiHost !== found.host) evidence.punycode = found.asciiHost;
  return {
    messageId: messageIdByKind[found.kind],
    senderSignal: where !== "link",
    evidence,
    diff: { evidence: "host", changes: found.diff },
    ...where === "link" ? { about: { kind: "links" } } : {},
    imitates: {
      kind: found.genuine.owner.kind,
      name: found.genuine.owner.name,
      genuineDomains: found.genuine.owner.domains
    }
  };
}
var lookalikeDomain = defineRule({
  meta: {
    id: "lookalike-domain",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: {
      ja: "組織や取引先のドメインに似せたドメインが、差出人・返信先・リンクに使われていないか調べます。",
      en: "Looks for domains made to resemble the organisation's or a partner's in the sender, Reply-To and links."
    }
  },
  messages: {
    lookalikeCharacters: {
      ja: "{host} は {genuineDomain} ではありません。似た形の文字に置き換えた、よく似た別のドメインです。",
      en: "{host} is not {genuineDomain}: it swaps in characters that look alike."
    },
    lookalikeHyphen: {
      ja: "{host} は {genuineDomain} ではありません。ハイフンの有無だけが違う、よく似た別のドメインです。",
      en: "{host} is not {genuineDomain}: only a hyphen differs."
    },
    lookalikeUnicode: {
      ja: "{host} は {genuineDomain} ではありません。英字そっくりの別の文字（キリル文字など）を使った、別のドメインです。",
      en: "{host} is not {genuineDomain}: it uses letters from another alphabet (such as Cyrillic) that look like Latin ones."
    },
    lookalikeSuffix: {
      ja: "{host} は {genuineDomain} ではありません。名前は同じですが末尾（.com や .co.jp など）が違う、別の持ち主のドメインです。",
      en: "{host} is not {genuineDomain}: same name, different ending (such as .com or .co.jp), so a different owner."
    },
    lookalikeEmbedded: {
      ja: "{host} は {genuineDomain} ではありません。{genuineDomain} の名前を含めた、{owner} という別のドメインです。",
      en: "{host} is not {genuineDomain}: it is a domain of {owner} that merely contains the genuine name."
    }
  },
  headlines: {
    lookalikeCharacters: {
      ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。",
      en: "A fake domain {host} imitates {genuineDomain}."
    },
    lookalikeHyphen: {
      ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。",
      en: "A fake domain {host} imitates {genuineDomain}."
    },
    lookalikeUnicode: {
      ja: "{genuineDomain} に似せた偽のドメイン {host} が使われています。",
      en: "A fake domain {host} imitates {genuineDomain}."
    },
    lookalikeSuffix: {
      ja: "{genuineDomain} に似せた別のドメイン {host} が使われています。",
      en: "A different domain {host} imitates {genuineDomain}."
    },
    lookalikeEmbedded: {
      ja: "{genuineDomain} を装った別のドメイン {host} が使われています。",
      en: "A different domain {host} poses as {genuineDomain}."
    }
  },
  check: (ctx) => {
    const domains = protectedDomains(ctx.policy, ctx.env);
    if (domains.length === 0) return [];
    const drafts = [];
    let links = 0;
    for (const [host, where] of candidateHosts(ctx)) {
      if (where === "link" && links >= maxLinkFindings) break;
      const result = checkHost(host, domains, ctx.env);
      if (result.verdict !== "lookalike") continue;
      if (where === "link") links += 1;
      drafts.push(draftFor2(where, result.lookalike));
    }
    return drafts;
  }
});

// src/core/rules/from-header-anomaly.ts
var maxShown = 200;
function hasGroupSyntax(value) {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    if (quoted) {
      if (c === "\\") i += 1;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "(") depth += 1;
    else if (c === ")" && depth > 0) depth -= 1;
    else if (depth === 0 && (c === "<" || c === "@")) return false;
    else if (depth === 0 && c === ":") return true;
  }
  return false;
}
function shown(value) {
  return Array.from(decodeEncodedWords(value).replace(/\s+/g, " ").trim()).slice(0, maxShown).join("");
}
var fromHeaderAnomaly = defineRule({
  meta: {
    id: "from-header-anomaly",
    category: "sender",
    defaultSeverity: "strong",
    senderSignal: true,
    description: {
      ja: "差出人（From）ヘッダーが複数ある、またはグループ形式で書かれているなど、表示される差出人が食い違う書き方を調べます。",
      en: "Checks for From headers that mail programs may show differently: several From headers, or group syntax."
    }
  },
  messages: {
    multipleFrom: {
      ja: "差出人（From）が{count}個あります（{values}）。メールソフトによって表示される差出人が異なるため、見えている差出人は信用できません。",
      en: "The mail has {count} From headers ({values}). Mail programs may show a different one, so the sender you see cannot be relied on."
    },
    groupFrom: {
      ja: "差出人（From）がグループ形式「{value}」で書かれています。正規のメールではまず使われない書き方で、実際の送信元アドレスが分かりにくくなっています。",
      en: 'The From header uses group syntax ("{value}"), which genuine mail practically never does; it hides the real sender address.'
    }
  },
  headlines: {
    multipleFrom: {
      ja: "差出人が複数書かれた不正な形式のメールです。添付ファイルやURLを開かないでください。",
      en: "This mail names several senders, a malformed trick. Do not open its attachments or links."
    }
  },
  check: ({ derived }) => {
    const values = derived.header("From");
    const findings = [];
    if (values.length > 1) {
      findings.push({
        messageId: "multipleFrom",
        evidence: { count: String(values.length), values: values.map(shown).join(" / ") }
      });
    }
    const group = values.find(hasGroupSyntax);
    if (group !== void 0) findings.push({ messageId: "groupFrom", evidence: { value: shown(group) } });
    return findings;
  }
});

// src/core/net/forefront.ts
function parseForefrontReport(value) {
  const fields = {};
  for (const part of value.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (key !== "" && !Object.hasOwn(fields, key)) fields[key] = part.slice(colon + 1).trim();
  }
  const upper = (key) => {
    const v = fields[key];
    return v === void 0 || v === "" ? void 0 : v.toUpperCase();
  };
  const cat = upper("CAT");
  const sfty = upper("SFTY");
  const sfv = upper("SFV");
  const sclText = fields.SCL;
  const scl = sclText !== void 0 && /^-?\d$/.test(sclText) ? Number(sclText) : void 0;
  return {
    fields,
    ...cat !== void 0 ? { cat } : {},
    ...sfty !== void 0 ? { sfty } : {},
    ...sfv !== void 0 ? { sfv } : {},
    ...scl !== void 0 ? { scl } : {}
  };
}
function receivingForefrontReport(headers) {
  const field = headers?.find((h) => h.name.toLowerCase() === "x-forefront-antispam-report");
  return field ? parseForefrontReport(field.value) : void 0;
}
var categoryMeaning = {
  SPOOF: { ja: "送信元のなりすまし（ドメインの偽装）", en: "spoofing (a forged sender domain)" },
  UIMP: { ja: "人物へのなりすまし", en: "impersonation of a person" },
  DIMP: { ja: "ドメインへのなりすまし", en: "impersonation of a domain" },
  GIMP: { ja: "普段のやり取りから見たなりすまし", en: "impersonation detected from your usual contacts" },
  PHSH: { ja: "フィッシング", en: "phishing" },
  HPHSH: { ja: "確度の高いフィッシング", en: "high-confidence phishing" },
  HPHISH: { ja: "確度の高いフィッシング", en: "high-confidence phishing" },
  MALW: { ja: "マルウェア", en: "malware" },
  AMP: { ja: "マルウェア対策による検出", en: "anti-malware detection" },
  SAP: { ja: "添付ファイルの検査による検出", en: "detection by attachment scanning" },
  FTBP: { ja: "禁止されたファイル形式", en: "a blocked file type" },
  SPM: { ja: "迷惑メール", en: "spam" },
  HSPM: { ja: "確度の高い迷惑メール", en: "high-confidence spam" },
  BULK: { ja: "一斉配信メール", en: "bulk mail" },
  OSPM: { ja: "送信側の迷惑メール判定", en: "outbound spam" },
  INTOS: { ja: "組織内のフィッシング", en: "phishing inside the organisation" },
  NONE: { ja: "分類なし", en: "no category" }
};
var safetyTipMeaning = {
  "9.19": {
    ja: "送信元ドメインが、保護対象のドメインになりすまそうとしています",
    en: "the sending domain tries to pass itself off as a protected domain"
  },
  "9.20": {
    ja: "送信者が、組織内の人物または保護対象の人物になりすまそうとしています",
    en: "the sender tries to pass themself off as a person in your organisation or a protected person"
  },
  "9.25": { ja: "初めてやり取りする相手からのメールです", en: "this is the first mail from this sender" }
};
function compauthReasonMeaning(reason) {
  if (reason === void 0 || !/^\d{3}$/.test(reason)) return void 0;
  if (reason === "000")
    return {
      ja: "送信元ドメインの認証ポリシーに明確に違反しています",
      en: "it clearly fails the sending domain's authentication policy"
    };
  if (reason === "001")
    return { ja: "送信元ドメインを確認できる認証がありません", en: "nothing authenticates the sending domain" };
  if (reason === "002")
    return {
      ja: "管理者がこの送信元のなりすましを禁止しています",
      en: "the administrator forbids spoofing of this sender"
    };
  if (reason === "010" || reason.startsWith("6"))
    return {
      ja: "自組織のドメインを名乗っていますが、認証に失敗しています",
      en: "it uses one of your own organisation's domains but fails authentication"
    };
  return void 0;
}

// src/core/net/auth-results.ts
function joinSplitKeys(tokens) {
  const out = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === void 0) continue;
    const prev = out[out.length - 1];
    const joins = prev?.kind === "word" && token.kind === "word" && (/[/.]$/.test(prev.text) || /^[/.]/.test(token.text));
    if (prev !== void 0 && joins && keyFollows(tokens, i))
      out[out.length - 1] = { kind: "word", text: prev.text + token.text };
    else out.push(token);
  }
  return out;
}
function keyFollows(tokens, i) {
  for (let j = i; j < tokens.length; j += 1) {
    const t = tokens[j];
    if (t?.kind === "=") return true;
    if (t?.kind !== "word") return false;
    const next = tokens[j + 1];
    if (next?.kind === "word" && !/[/.]$/.test(t.text) && !/^[/.]/.test(next.text)) return false;
  }
  return false;
}
function tokenize(value) {
  const tokens = [];
  let malformed = false;
  let i = 0;
  while (i < value.length) {
    const c = value.charAt(i);
    if (c === "(") {
      let depth = 1;
      i += 1;
      while (i < value.length && depth > 0) {
        const d = value.charAt(i);
        if (d === "\\") i += 1;
        else if (d === "(") depth += 1;
        else if (d === ")") depth -= 1;
        i += 1;
      }
      if (depth > 0) malformed = true;
    } else if (c === '"') {
      let text = "";
      i += 1;
      while (i < value.length && value.charAt(i) !== '"') {
        if (value.charAt(i) === "\\") i += 1;
        text += value.charAt(i);
        i += 1;
      }
      if (i >= value.length) malformed = true;
      i += 1;
      tokens.push({ kind: "quoted", text });
    } else if (c === "=" || c === ";") {
      tokens.push({ kind: c, text: c });
      i += 1;
    } else if (c === ")") {
      malformed = true;
      i += 1;
    } else if (/\s/.test(c)) {
      i += 1;
    } else {
      const start = i;
      while (i < value.length && !/[\s()";=]/.test(value.charAt(i))) i += 1;
      tokens.push({ kind: "word", text: value.slice(start, i) });
    }
  }
  return { tokens: joinSplitKeys(tokens), malformed };
}
function readSegment(tokens) {
  const lead = [];
  const pairs = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind === "=") continue;
    const next = tokens[i + 1];
    if (next?.kind === "=") {
      const value = tokens[i + 2];
      const hasValue = value !== void 0 && (value.kind === "word" || value.kind === "quoted");
      pairs.push({ key: token.text.toLowerCase(), value: hasValue ? value.text : "" });
      i += hasValue ? 2 : 1;
    } else if (pairs.length === 0) {
      lead.push(token.text);
    }
  }
  return { lead, pairs };
}
function isMethodKey(key) {
  return !key.includes(".") && key !== "reason" && key !== "action";
}
function parseAuthenticationResults(value) {
  const segments = [[]];
  const { tokens, malformed } = tokenize(value);
  for (const token of tokens) {
    if (token.kind === ";") segments.push([]);
    else segments[segments.length - 1]?.push(token);
  }
  let authservId;
  let version;
  const results = [];
  segments.forEach((segment, index) => {
    const { lead, pairs } = readSegment(segment);
    if (index === 0 && lead.length > 0) authservId = lead[0]?.toLowerCase();
    if (index === 0 && /^\d+$/.test(lead[1] ?? "")) version = Number(lead[1]);
    let current;
    for (const pair of pairs) {
      if (isMethodKey(pair.key)) {
        const [method = pair.key, written] = pair.key.split("/");
        current = {
          method,
          result: pair.value.toLowerCase(),
          properties: {},
          ...written !== void 0 && /^\d+$/.test(written) ? { version: Number(written) } : {}
        };
        results.push(current);
      } else if (current) {
        if (pair.key === "reason") current.reason = pair.value;
        else if (pair.key === "action") current.action = pair.value.toLowerCase();
        else current.properties[pair.key] = pair.value;
      }
    }
  });
  return {
    ...authservId !== void 0 ? { authservId } : {},
    ...version !== void 0 ? { version } : {},
    results,
    ...malformed ? { malformed: true } : {}
  };
}
var empty = { headers: [], ignored: 0, dkim: [] };
function receivingAuthResults(headers) {
  if (!headers) return empty;
  const chosen = [];
  let total = 0;
  let closed = false;
  let authAs;
  for (const field of headers) {
    const name = field.name.toLowerCase();
    if (name === "x-ms-exchange-organization-authas" && authAs === void 0) authAs = field.value.trim().toLowerCase();
    if (name === "received" && chosen.length > 0) closed = true;
    if (name !== "authentication-results") continue;
    total += 1;
    if (closed) continue;
    const parsed = parseAuthenticationResults(field.value);
    if (chosen.length > 0 && parsed.authservId !== chosen[0]?.authservId) {
      closed = true;
      continue;
    }
    chosen.push(parsed);
  }
  const all = chosen.flatMap((h) => h.malformed === true ? h.results.filter((r) => !isPass(r)) : h.results);
  const first = (method) => all.find((r) => r.method === method);
  const spf = first("spf");
  const dmarc = first("dmarc");
  const compauth = first("compauth");
  return {
    headers: chosen,
    ignored: total - chosen.length,
    ...spf ? { spf } : {},
    dkim: all.filter((r) => r.method === "dkim"),
    ...dmarc ? { dmarc } : {},
    ...compauth ? { compauth } : {},
    ...authAs !== void 0 ? { authAs } : {}
  };
}
function resultDomain(result) {
  const p = result.properties;
  const raw = p["header.from"] ?? p["smtp.mailfrom"] ?? p["header.d"] ?? p["header.i"] ?? "";
  const at = raw.lastIndexOf("@");
  return (at >= 0 ? raw.slice(at + 1) : raw).toLowerCase();
}
function isFail(result) {
  return result !== void 0 && (result.result === "fail" || result.result === "hardfail");
}
function isPass(result) {
  return result?.result === "pass";
}

// src/core/rules/authentication.ts
var alarmingCategories = /* @__PURE__ */ new Set([
  "SPOOF",
  "UIMP",
  "DIMP",
  "GIMP",
  "PHSH",
  "HPHSH",
  "HPHISH",
  "MALW",
  "AMP",
  "INTOS"
]);
var spamCategories = /* @__PURE__ */ new Set(["SPM", "HSPM"]);
var junkScl = 5;
var spamFilterVerdicts = /* @__PURE__ */ new Set(["SPM", "SKS", "SKB"]);
function spamVerdict(forefront, sclHeader) {
  const spam = categoryMeaning.SPM ?? { ja: "迷惑メール", en: "spam" };
  const cat = forefront?.cat;
  const catMeaning = cat !== void 0 ? categoryMeaning[cat] : void 0;
  if (cat !== void 0 && catMeaning && spamCategories.has(cat))
    return { code: `CAT:${cat}`, meaningJa: catMeaning.ja, meaningEn: catMeaning.en };
  const sfv = forefront?.sfv;
  if (sfv !== void 0 && spamFilterVerdicts.has(sfv))
    return { code: `SFV:${sfv}`, meaningJa: spam.ja, meaningEn: spam.en };
  const headerScl = sclHeader !== void 0 && /^\s*-?\d\s*$/.test(sclHeader) ? Number(sclHeader) : void 0;
  const scl = forefront?.scl ?? headerScl;
  if (scl !== void 0 && scl >= junkScl) return { code: `SCL:${scl}`, meaningJa: spam.ja, meaningEn: spam.en };
  return void 0;
}
var dmarcExplanation = {
  ja: "送信元ドメインが自ら公開している認証ルールを満たしていません",
  en: "it does not meet the rules the sending domain itself publishes"
};
function describeChecks(failed, compauth) {
  return failed.map(
    (m) => m === "compauth" && compauth?.reason !== void 0 ? `compauth=fail (reason ${compauth.reason})` : `${m}=fail`
  ).join(", ");
}
var authentication = defineRule({
  meta: {
    id: "authentication",
    category: "authentication",
    defaultSeverity: "medium",
    senderSignal: true,
    description: {
      ja: "受信側が記録した送信元認証（SPF・DKIM・DMARC・compauth）と、Microsoftの迷惑メール判定を読みます。",
      en: "Reads the sender authentication the receiving side recorded (SPF, DKIM, DMARC, compauth) and Microsoft's filtering verdict."
    }
  },
  messages: {
    authFailed: {
      ja: "送信元「{domain}」の送信元認証に失敗しています（{checks}）：{explanationJa}。差出人が偽装されている可能性があります。",
      en: "Sender authentication failed for {domain} ({checks}): {explanationEn}. The sender may be forged."
    },
    trustedSenderFailed: {
      ja: "信頼済みの送信元「{domain}」を名乗っていますが、送信元認証に失敗しています（{checks}）。本物ではない可能性があるため、信頼済みとして扱いません。",
      en: "This mail claims to be from the trusted sender {domain}, but sender authentication failed ({checks}). It may not be genuine, so it is not treated as trusted."
    },
    microsoftImpersonation: {
      ja: "Microsoftの検査で、{meaningJa}と判定されています（SFTY {code}）。",
      en: "Microsoft's filtering found that {meaningEn} (SFTY {code})."
    },
    microsoftCategory: {
      ja: "Microsoftの検査で「{meaningJa}」と分類されています（CAT:{code}）。",
      en: "Microsoft's filtering classified this mail as {meaningEn} (CAT:{code})."
    },
    firstContact: {
      ja: "Microsoftの検査によると、この送信者から初めて届いたメールです（SFTY 9.25）。それだけで危険とは限りません。",
      en: "According to Microsoft's filtering, this is the first mail from this sender (SFTY 9.25). That alone does not make it dangerous."
    },
    microsoftSpam: {
      ja: "Microsoftの迷惑メールフィルターが、このメールを「{meaningJa}」と判定しています（{code}）。迷惑メールフォルダーから開いた場合は特に注意してください。",
      en: "Microsoft's spam filter judged this mail to be {meaningEn} ({code}). Take special care if you opened it from the Junk folder."
    },
    authPassed: {
      ja: "送信元「{domain}」の認証には成功しています（{checks}）。これはそのドメインから送られたことを示すだけで、送信者が信頼できることは意味しません。",
      en: "Authentication passed for {domain} ({checks}). This only shows the mail came from that domain, not that the sender can be trusted."
    }
  },
  headlines: {
    microsoftImpersonation: {
      ja: "Microsoftがなりすましと判定したメールです。添付ファイルやURLを開かないでください。",
      en: "Microsoft flagged this mail as impersonation. Do not open its attachments or links."
    },
    microsoftCategory: {
      ja: "Microsoftが「{meaningJa}」と判定したメールです。添付ファイルやURLを開かないでください。",
      en: "Microsoft flagged this mail as {meaningEn}. Do not open its attachments or links."
    },
    trustedSenderFailed: {
      ja: "信頼済みの送信元を名乗っていますが、認証に失敗しています。",
      en: "This mail claims a trusted sender but failed authentication."
    }
  },
  check: ({ derived }) => {
    const findings = [];
    const { auth, forefront } = derived;
    const sfty = forefront?.sfty;
    const tip = sfty !== void 0 ? safetyTipMeaning[sfty] : void 0;
    if (tip && (sfty === "9.19" || sfty === "9.20")) {
      findings.push({
        messageId: "microsoftImpersonation",
        severity: "strong",
        evidence: { code: sfty, meaningJa: tip.ja, meaningEn: tip.en }
      });
    } else if (sfty === "9.25") {
      findings.push({ messageId: "firstContact", severity: "weak", senderSignal: false, evidence: { code: sfty } });
    }
    const cat = forefront?.cat;
    const catMeaning = cat !== void 0 ? categoryMeaning[cat] : void 0;
    if (cat !== void 0 && catMeaning && alarmingCategories.has(cat)) {
      findings.push({
        messageId: "microsoftCategory",
        severity: "strong",
        evidence: { code: cat, meaningJa: catMeaning.ja, meaningEn: catMeaning.en }
      });
    } else {
      const spam = spamVerdict(forefront, derived.header("X-MS-Exchange-Organization-SCL")[0]);
      if (spam) findings.push({ messageId: "microsoftSpam", severity: "medium", senderSignal: false, evidence: spam });
    }
    const failed = derived.authFailures;
    const domain = (auth.dmarc ? resultDomain(auth.dmarc) : "") || derived.fromDomain || "?";
    if (failed.length > 0) {
      const checks = describeChecks(failed, auth.compauth);
      if (derived.trustRefused) {
        findings.push({ messageId: "trustedSenderFailed", evidence: { domain, checks } });
      } else {
        const explanation = (failed.includes("compauth") ? compauthReasonMeaning(auth.compauth?.reason) : void 0) ?? dmarcExplanation;
        findings.push({
          messageId: "authFailed",
          evidence: { domain, checks, explanationJa: explanation.ja, explanationEn: explanation.en }
        });
      }
    } else if (isPass(auth.dmarc) || isPass(auth.compauth)) {
      const passed = [auth.dmarc, auth.compauth].filter(isPass).map((r) => `${r?.method ?? ""}=${r?.result ?? ""}`);
      findings.push({
        messageId: "authPassed",
        severity: "info",
        senderSignal: false,
        evidence: { domain, checks: passed.join(", ") }
      });
    }
    return findings;
  }
});

// src/core/rules/reply-to-mismatch.ts
var replyToMismatch = defineRule({
  meta: {
    id: "reply-to-mismatch",
    category: "sender",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "返信先（Reply-To）やエラー返送先（Return-Path）のドメインが差出人と違うかを見ます。メーリングリストや配信サービスでもよくあるため、単独では警告しません。",
      en: "Checks whether the Reply-To or Return-Path domain differs from the sender's. Mailing lists and mailing services do this too, so it never warns alone."
    }
  },
  messages: {
    replyToDiffers: {
      ja: "返信すると、差出人（{fromDomain}）ではなく別のドメインのアドレス「{address}」に届きます。",
      en: "Replies go to {address}, not to the sender's domain ({fromDomain})."
    },
    returnPathDiffers: {
      ja: "エラー返送先（Return-Path）が差出人とは別のドメイン「{domain}」です（配信サービスでもよくあります）。",
      en: "The Return-Path is in another domain ({domain}) than the sender's (common with mailing services)."
    }
  },
  check: ({ facts, derived, env }) => {
    const from = derived.fromRegistrable;
    if (from === "") return [];
    const registrable = (host) => env.registrableDomain(host) ?? host;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const mailbox of facts.replyTo) {
      const host = domainOf(mailbox.address);
      if (host === "" || registrable(host) === from || seen.has(registrable(host))) continue;
      seen.add(registrable(host));
      findings.push({
        messageId: "replyToDiffers",
        evidence: { address: mailbox.address, domain: host, fromDomain: derived.fromDomain }
      });
    }
    const bounce = domainOf(facts.returnPath ?? "");
    if (bounce !== "" && registrable(bounce) !== from) {
      findings.push({
        messageId: "returnPathDiffers",
        severity: "info",
        evidence: { address: facts.returnPath ?? "", domain: bounce, fromDomain: derived.fromDomain }
      });
    }
    return findings;
  }
});

// src/core/rules/sender-differs.ts
var senderDiffers = defineRule({
  meta: {
    id: "sender-differs",
    category: "sender",
    // Info, not weak: measured on the shared corpus, 50% of legitimate mail (mailing lists) and
    // 7% of phishing have a Sender in another domain. It explains; it never adds weight.
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "実際の送信者（Sender）が差出人（From）と別のドメインかを見ます。代理送信やメーリングリストでもよくあるため、単独では警告しません。",
      en: "Checks whether the actual sender (Sender) is in another domain than the From. Delegates and mailing lists do this too, so it never warns alone."
    }
  },
  messages: {
    senderDiffers: {
      ja: "差出人は「{from}」ですが、実際に送信したのは別のドメインの「{sender}」です（代理送信やメーリングリストでもあります）。",
      en: "The mail says it is from {from}, but it was actually sent by {sender} in another domain (delegates and mailing lists do this too)."
    }
  },
  check: ({ facts, derived, env }) => {
    const from = facts.from;
    const sender = facts.sender;
    if (!from || !sender || derived.fromRegistrable === "") return [];
    const host = domainOf(sender.address);
    if (host === "" || (env.registrableDomain(host) ?? host) === derived.fromRegistrable) return [];
    return [{ messageId: "senderDiffers", evidence: { from: from.address, sender: sender.address, domain: host } }];
  }
});

// src/core/rules/reply-prefix-without-thread.ts
var prefix = /\s*(re|fwd?|aw|wg|返信|転送|回复|转发)\s*(?:[[(]\s*\d{1,4}\s*[\])])?\s*:/iy;
function replyPrefixes(subject) {
  const text = subject.normalize("NFKC");
  const found = [];
  prefix.lastIndex = 0;
  for (let m = prefix.exec(text); m !== null && found.length < 50; m = prefix.exec(text)) found.push(m[1] ?? "");
  return found;
}
var replyPrefixWithoutThread = defineRule({
  meta: {
    id: "reply-prefix-without-thread",
    category: "content",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "件名が「Re:」「FW:」などで始まるのに、返信・転送の記録（In-Reply-To / References）がないかを見ます。",
      en: "Checks for a subject starting with Re:, FW: and the like while the mail has no reply history (In-Reply-To / References)."
    }
  },
  messages: {
    replyWithoutThread: {
      ja: "件名は「{prefix}」で始まりますが、これまでのやり取りへの返信・転送である記録がありません。過去のメールを装っている可能性があります。",
      en: 'The subject starts with "{prefix}", but the mail carries no record of being a reply or forward. It may be posing as part of an earlier conversation.'
    }
  },
  check: ({ facts, derived }) => {
    if (facts.headers === void 0) return [];
    const found = replyPrefixes(facts.subject);
    if (found.length === 0) return [];
    const threaded = [...derived.header("in-reply-to"), ...derived.header("references")].some((v) => v.trim() !== "");
    if (threaded) return [];
    return [{ messageId: "replyWithoutThread", evidence: { prefix: `${found.join(": ")}:`, subject: facts.subject } }];
  }
});

// src/core/text/file-name.ts
var kinds = {};
function register(kind, list) {
  for (const ext of list.split(" ")) kinds[ext] = kind;
}
register("archive", "zip rar 7z lzh lha gz tgz tar cab bz2 xz arj ace z zipx");
register("diskImage", "iso img vhd vhdx");
register("macroOffice", "docm xlsm pptm dotm xltm xlam potm ppam ppsm sldm xlsb");
register("legacyOffice", "doc xls ppt dot xlt pps");
register("oneNote", "one onepkg");
register("shortcut", "lnk url scf");
register("script", "js jse vbs vbe wsf wsh hta ps1 bat cmd jar");
register("executable", "exe scr com pif msi dll cpl");
register("html", "html htm shtml svg xhtml");
var decoys = /* @__PURE__ */ new Set([
  "pdf",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "ppt",
  "pptx",
  "txt",
  "csv",
  "rtf",
  "jpg",
  "jpeg",
  "png",
  "gif",
  "bmp",
  "mp3",
  "mp4",
  "zip"
]);
var runnable = /* @__PURE__ */ new Set(["executable", "script", "shortcut", "html"]);
var bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/gu;
function trailingRun(text, dots) {
  let i = text.length;
  while (i > 0) {
    const c = text.charAt(i - 1);
    if (!(c.trim() === "" || dots && c === ".")) break;
    i -= 1;
  }
  return text.length - i;
}
function kindOfExtension(extension) {
  return Object.hasOwn(kinds, extension) ? kinds[extension] : void 0;
}
function inspectFileName(name) {
  const normalised = name.normalize("NFKC");
  const withoutBidi = normalised.replace(bidiControls, "");
  const cleaned = withoutBidi.slice(0, withoutBidi.length - trailingRun(withoutBidi, true));
  const lastDot = cleaned.lastIndexOf(".");
  const extension = lastDot < 0 ? "" : cleaned.slice(lastDot + 1).trim().toLowerCase();
  const kind = kindOfExtension(extension);
  let disguise;
  if (withoutBidi.length !== normalised.length) disguise = "bidiControl";
  else if (kind !== void 0 && runnable.has(kind) && lastDot > 0) {
    const stem = cleaned.slice(0, lastDot);
    const innerDot = stem.lastIndexOf(".");
    const inner = innerDot < 0 ? "" : stem.slice(innerDot + 1).trim().toLowerCase();
    if (decoys.has(inner)) disguise = "doubleExtension";
    else if (trailingRun(stem, false) >= 3) disguise = "paddedName";
  }
  return { cleaned, extension, ...kind ? { kind } : {}, ...disguise ? { disguise } : {} };
}
function isArchiveKind(kind) {
  return kind === "archive" || kind === "diskImage";
}
var imageExtensions = /* @__PURE__ */ new Set(["png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "emz", "wmz", "ico"]);
function isImageExtension(extension) {
  return imageExtensions.has(extension);
}

// src/core/text/file-kind-names.ts
var kindNames = {
  archive: { ja: "圧縮ファイル", en: "an archive" },
  diskImage: { ja: "ディスクイメージ", en: "a disk image" },
  macroOffice: { ja: "マクロ付きのOfficeファイル", en: "an Office file with macros" },
  legacyOffice: {
    ja: "マクロを含むことがある旧形式のOfficeファイル",
    en: "an old-format Office file (such files can carry macros)"
  },
  oneNote: { ja: "OneNoteファイル", en: "a OneNote file" },
  shortcut: { ja: "ショートカット", en: "a shortcut" },
  script: { ja: "スクリプト（プログラム）", en: "a script (a program)" },
  executable: { ja: "実行ファイル（プログラム）", en: "an executable program" },
  html: {
    ja: "HTMLファイル（開くとWebページのように動きます）",
    en: "an HTML file (it behaves like a web page when opened)"
  }
};

// src/core/rules/risky-attachment.ts
var disguiseNames = {
  bidiControl: {
    ja: "文字の並びを逆にする制御文字で拡張子を隠しています",
    en: "a control character reverses the text to hide the extension"
  },
  doubleExtension: {
    ja: "二重の拡張子で別の種類のファイルに見せかけています",
    en: "a double extension makes it look like another type of file"
  },
  paddedName: {
    ja: "空白を詰めて本当の拡張子を見えにくくしています",
    en: "padding spaces push the real extension out of sight"
  }
};
var riskyAttachment = defineRule({
  meta: {
    id: "risky-attachment",
    category: "attachment",
    defaultSeverity: "medium",
    senderSignal: false,
    description: {
      ja: "ウイルスがよく使う種類の添付ファイル（圧縮ファイル、マクロ付き・旧形式のOffice、OneNote、ショートカット、スクリプト、実行ファイル、HTML）と、拡張子の偽装を見ます。",
      en: "Looks for attachment types malware often uses (archives, macro or old-format Office, OneNote, shortcuts, scripts, programs, HTML) and disguised extensions."
    }
  },
  messages: {
    riskyType: {
      ja: "添付ファイル「{file}」は{kindJa}です。送信者に心当たりがない場合は開かないでください。",
      en: 'The attachment "{file}" is {kindEn}. Do not open it unless you know the sender.'
    },
    disguisedName: {
      ja: "添付ファイル「{file}」は名前を偽装しています：{disguiseJa}。本当の種類は{kindJa}（.{extension}）です。開かないでください。",
      en: 'The attachment "{file}" has a disguised name: {disguiseEn}. It is really {kindEn} (.{extension}). Do not open it.'
    }
  },
  headlines: {
    disguisedName: {
      ja: "添付ファイルの名前が偽装されています。開かないでください。",
      en: "An attachment's name is disguised. Do not open it."
    }
  },
  check: ({ facts }) => {
    const findings = [];
    for (const attachment of facts.attachments) {
      const name = inspectFileName(attachment.name);
      if (attachment.inline && isImageExtension(name.extension)) continue;
      if (name.disguise !== void 0) {
        const disguise = disguiseNames[name.disguise];
        const kind = name.kind ? kindNames[name.kind] : { ja: "別の種類のファイル", en: "another type of file" };
        findings.push({
          messageId: "disguisedName",
          severity: "strong",
          evidence: {
            file: attachment.name,
            shownAs: name.cleaned,
            extension: name.extension,
            disguiseJa: disguise.ja,
            disguiseEn: disguise.en,
            kindJa: kind.ja,
            kindEn: kind.en
          }
        });
      } else if (name.kind !== void 0) {
        const kind = kindNames[name.kind];
        findings.push({
          messageId: "riskyType",
          evidence: { file: attachment.name, extension: name.extension, kindJa: kind.ja, kindEn: kind.en }
        });
      }
    }
    return findings;
  }
});

// src/core/text/body.ts
var cache4 = /* @__PURE__ */ new WeakMap();
function visibleBody(facts) {
  const known = cache4.get(facts);
  if (known !== void 0) return known;
  const text = facts.bodyText.trim() !== "" || facts.bodyHtml === void 0 ? facts.bodyText : htmlToText(facts.bodyHtml);
  cache4.set(facts, text);
  return text;
}

// src/core/archive/names.ts
var cp437High = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ";
var jisRow1 = "　、。，．・：；？！゛゜´｀¨＾￣＿ヽヾゝゞ〃仝々〆〇ー―‐／＼～∥｜…‥‘’“”（）〔〕［］｛｝〈〉《》「」『』【】";
function isAscii2(bytes) {
  for (const b of bytes) if (b >= 128) return false;
  return true;
}
function asciiText(bytes) {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}
function decodeUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need;
    let cp;
    let min;
    if (b < 128) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    } else if (b >= 194 && b <= 223) [need, cp, min] = [1, b & 31, 128];
    else if (b >= 224 && b <= 239) [need, cp, min] = [2, b & 15, 2048];
    else if (b >= 240 && b <= 244) [need, cp, min] = [3, b & 7, 65536];
    else return null;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return null;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
function isSjisLead(b) {
  return b >= 129 && b <= 159 || b >= 224 && b <= 252;
}
function isSjisTrail(b) {
  return b >= 64 && b <= 126 || b >= 128 && b <= 252;
}
function jisChar(row, cell) {
  if (row === 1) return jisRow1.charAt(cell - 1) || void 0;
  if (row === 3) {
    if (cell >= 16 && cell <= 25) return String.fromCharCode(65296 + cell - 16);
    if (cell >= 33 && cell <= 58) return String.fromCharCode(65313 + cell - 33);
    if (cell >= 65 && cell <= 90) return String.fromCharCode(65345 + cell - 65);
  }
  if (row === 4 && cell <= 83) return String.fromCharCode(12353 + cell - 1);
  if (row === 5 && cell <= 86) return String.fromCharCode(12449 + cell - 1);
  return void 0;
}
function decodeShiftJis(bytes) {
  let out = "";
  let lossy = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 128) {
      out += String.fromCharCode(b);
      i += 1;
    } else if (b >= 161 && b <= 223) {
      out += String.fromCharCode(65377 + b - 161);
      i += 1;
    } else if (isSjisLead(b)) {
      const t = bytes[i + 1];
      if (t === void 0 || !isSjisTrail(t)) return null;
      let row = (b <= 159 ? b - 129 : b - 193) * 2 + 1;
      let cell;
      if (t >= 159) {
        row += 1;
        cell = t - 158;
      } else {
        cell = t - (t >= 128 ? 64 : 63);
      }
      const ch = jisChar(row, cell);
      if (ch === void 0) lossy = true;
      out += ch ?? "�";
      i += 2;
    } else {
      return null;
    }
  }
  return { name: out, encoding: "shift_jis", lossy };
}
function decodeCp437(bytes) {
  let out = "";
  for (const b of bytes) out += b < 128 ? String.fromCharCode(b) : cp437High.charAt(b - 128);
  return out;
}
function decodeEntryName(bytes, utf8Flag) {
  if (isAscii2(bytes)) return { name: asciiText(bytes), encoding: "ascii", lossy: false };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { name: utf8, encoding: "utf8", lossy: false };
  if (utf8Flag) {
    return { name: decodeCp437(bytes), encoding: "cp437", lossy: true };
  }
  return decodeShiftJis(bytes) ?? { name: decodeCp437(bytes), encoding: "cp437", lossy: false };
}

// src/core/archive/zip.ts
var maxEntries = 2e4;
var sigEocd = 101010256;
var sigEocd64 = 101075792;
var sigLocator64 = 117853008;
var sigCentral = 33639248;
var eocdSize = 22;
var centralSize = 46;
var Reader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  u16(at) {
    return (this.bytes[at] ?? 0) | (this.bytes[at + 1] ?? 0) << 8;
  }
  u32(at) {
    return this.u16(at) + this.u16(at + 2) * 65536 >>> 0;
  }
  /** 64-bit little-endian as a number; values beyond 2^53 lose precision but stay huge. */
  u64(at) {
    return this.u32(at) + this.u32(at + 4) * 4294967296;
  }
  fits(at, length) {
    return at >= 0 && length >= 0 && at + length <= this.bytes.length;
  }
};
function fail(error, detail) {
  return { ok: false, error, detail };
}
function findEocd(r) {
  const last = r.bytes.length - eocdSize;
  const stop = Math.max(0, last - 65535);
  let loose = -1;
  for (let at = last; at >= stop; at -= 1) {
    if (r.bytes[at] !== 80 || r.u32(at) !== sigEocd) continue;
    if (at + eocdSize + r.u16(at + 20) === r.bytes.length) return at;
    if (loose < 0) loose = at;
  }
  return loose;
}
function readEnd(r, eocd) {
  const end = {
    entries: r.u16(eocd + 10),
    cdSize: r.u32(eocd + 12),
    cdOffset: r.u32(eocd + 16),
    zip64: false,
    multiDisk: r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0
  };
  const locator = eocd - 20;
  if (locator < 0 || r.u32(locator) !== sigLocator64) return end;
  const at = r.u64(locator + 8);
  if (!r.fits(at, 56) || r.u32(at) !== sigEocd64)
    return fail("corrupt", "ZIP64 end record not found where its locator points");
  return {
    entries: r.u64(at + 32),
    cdSize: r.u64(at + 40),
    cdOffset: r.u64(at + 48),
    zip64: true,
    multiDisk: r.u32(at + 16) !== 0 || r.u32(at + 20) !== 0
  };
}
function readExtra(r, start, length, compressed, uncompressed) {
  const sizes = { compressed, uncompressed, aes: false };
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const id = r.u16(at);
    const size = r.u16(at + 2);
    const data = at + 4;
    if (data + size > end) break;
    if (id === 1) {
      let p = data;
      if (uncompressed === 4294967295 && p + 8 <= data + size) {
        sizes.uncompressed = r.u64(p);
        p += 8;
      }
      if (compressed === 4294967295 && p + 8 <= data + size) sizes.compressed = r.u64(p);
    } else if (id === 28789 && size > 5 && r.bytes[data] === 1) {
      const name = decodeUtf8(r.bytes.subarray(data + 5, data + size));
      if (name !== null) sizes.unicodeName = name;
    } else if (id === 39169) {
      sizes.aes = true;
    }
    at = data + size;
  }
  return sizes;
}
function readZipDirectory(bytes) {
  const r = new Reader(bytes);
  if (bytes.length < eocdSize) return fail("notZip", `only ${bytes.length} bytes`);
  const eocd = findEocd(r);
  if (eocd < 0) return fail("notZip", "no end-of-central-directory record in the last 64 KiB");
  const end = readEnd(r, eocd);
  if ("ok" in end) return end;
  if (end.multiDisk) return fail("multiDisk", "the archive is split across several files");
  const problems = [];
  let cd = end.cdOffset;
  if (!r.fits(cd, centralSize) || r.u32(cd) !== sigCentral) {
    const shifted = eocd - end.cdSize - (end.zip64 ? 76 : 0);
    if (r.fits(shifted, centralSize) && r.u32(shifted) === sigCentral) {
      cd = shifted;
      problems.push("shiftedDirectory");
    } else if (end.entries === 0) {
      return { ok: true, directory: { entries: [], declaredEntries: 0, zip64: end.zip64, problems } };
    } else {
      return fail(
        cd + centralSize > bytes.length ? "truncated" : "corrupt",
        `central directory not found at offset ${end.cdOffset}`
      );
    }
  }
  const entries = [];
  let at = cd;
  while (r.fits(at, centralSize) && r.u32(at) === sigCentral) {
    if (entries.length >= maxEntries) {
      problems.push("entryLimit");
      break;
    }
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + centralSize;
    if (!r.fits(nameStart, nameLength + extraLength)) break;
    const decoded = decodeEntryName(bytes.subarray(nameStart, nameStart + nameLength), (flags & 2048) !== 0);
    const sizes = readExtra(r, nameStart + nameLength, extraLength, r.u32(at + 20), r.u32(at + 24));
    const name = sizes.unicodeName ?? decoded.name;
    entries.push({
      name,
      nameEncoding: sizes.unicodeName !== void 0 ? "utf8" : decoded.encoding,
      nameLossy: sizes.unicodeName === void 0 && decoded.lossy,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      encrypted: (flags & 1) !== 0 || (flags & 64) !== 0 || method === 99 || sizes.aes,
      method,
      directory: name.endsWith("/") || name.endsWith("\\")
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  if (entries.length < Math.min(end.entries, maxEntries)) problems.push("fewerEntriesThanDeclared");
  if (entries.length === 0 && end.entries > 0) return fail("corrupt", "no readable entry in the central directory");
  return { ok: true, directory: { entries, declaredEntries: end.entries, zip64: end.zip64, problems } };
}
function looksLikeZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

// src/core/archive/cache.ts
var cache5 = /* @__PURE__ */ new WeakMap();
function zipDirectoryOf(bytes) {
  const known = cache5.get(bytes);
  if (known) return known;
  const read = readZipDirectory(bytes);
  cache5.set(bytes, read);
  return read;
}

// src/core/rules/password-archive.ts
var passwordWords = /パスワード|暗証番号|暗証|解凍|password|passcode|kennwort|(?:^|[^a-z])pw(?:[^a-z]|$)|(?:^|[^a-z])pass\s*:/iu;
function passwordMention(text) {
  const m = passwordWords.exec(text.normalize("NFKC"));
  return m ? m[0].replace(/[^\p{L}\p{N}]/gu, "") || m[0] : void 0;
}
function mayBeEncrypted(attachment, maxBytes) {
  const bytes = attachment.bytes;
  if (bytes === void 0 || bytes.length > maxBytes || !looksLikeZip(bytes)) return true;
  const read = zipDirectoryOf(bytes);
  return !read.ok || read.directory.entries.some((e) => e.encrypted);
}
var passwordArchive = defineRule({
  meta: {
    id: "password-archive",
    category: "attachment",
    defaultSeverity: "medium",
    senderSignal: false,
    description: {
      ja: "パスワード付きの圧縮ファイルと、本文中のパスワードの案内がそろっているかを見ます。中身をウイルス対策ソフトが検査できないためです。",
      en: "Looks for a password-protected archive together with a password mentioned in the body: antivirus software cannot look inside such files."
    }
  },
  messages: {
    passwordArchive: {
      ja: "添付ファイル「{file}」はパスワード付きの圧縮ファイルのようです（本文に「{word}」）。中身を確認できないため、送信者に電話など別の手段で確認してください。",
      en: 'The attachment "{file}" looks like a password-protected archive (the text mentions "{word}"). Its contents cannot be checked, so confirm with the sender by phone or another channel.'
    }
  },
  check: ({ facts, policy }) => {
    const archives = facts.attachments.filter(
      (a) => isArchiveKind(inspectFileName(a.name).kind) || a.bytes !== void 0 && looksLikeZip(a.bytes)
    );
    if (archives.length === 0) return [];
    const word = passwordMention(`${facts.subject}
${visibleBody(facts)}`);
    if (word === void 0) return [];
    const findings = [];
    for (const archive of archives) {
      if (!mayBeEncrypted(archive, policy.limits.maxAttachmentBytes)) continue;
      findings.push({ messageId: "passwordArchive", evidence: { file: archive.name, word } });
    }
    return findings;
  }
});

// src/core/text/plural.ts
function countOf(count, phrase) {
  return `${count} ${count === 1 ? phrase : `${phrase}s`}`;
}

// src/core/rules/archive-contents.ts
var dangerousKinds = /* @__PURE__ */ new Set([
  "shortcut",
  "oneNote",
  "macroOffice",
  "legacyOffice",
  "script",
  "executable",
  "html"
]);
var absurdRatio = 1e3;
var ratioFloorBytes = 1e6;
var errorText2 = {
  notZip: { ja: "zip形式として読み取れません", en: "it cannot be read as a zip" },
  truncated: { ja: "ファイルが途中で切れています", en: "the file is cut off" },
  multiDisk: { ja: "複数のファイルに分割された圧縮ファイルです", en: "it is split across several files" },
  corrupt: { ja: "ファイルの構造が壊れています", en: "its structure is broken" },
  incomplete: { ja: "一覧の一部しか読み取れません", en: "only part of its file list can be read" }
};
var notExaminedText = {
  tooLarge: { ja: "大きすぎるため", en: "it is larger than the limit" },
  format: { ja: "zip以外の形式のため", en: "it is not a zip" }
};
function isPadded(entry, policy) {
  if (entry.uncompressedSize > policy.limits.paddedEntryBytes) return true;
  const compressed = Math.max(entry.compressedSize, 1);
  return entry.uncompressedSize >= ratioFloorBytes && entry.uncompressedSize / compressed >= absurdRatio;
}
function countWords(count) {
  const more = count - 1;
  return {
    moreJa: more > 0 ? `（ほかに同じ種類が${more}件）` : "",
    moreEn: more > 0 ? ` and ${countOf(more, "more such file")}` : "",
    filesEn: countOf(count, "file")
  };
}
function megabytes(bytes) {
  return (bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1);
}
function examineEntries(file, entries, policy) {
  const groups = /* @__PURE__ */ new Map();
  const note = (key, entry, kind) => {
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: entry, count: 1, ...kind ? { kind } : {} });
  };
  for (const entry of entries) {
    if (entry.directory) continue;
    const name = inspectFileName(
      entry.name.slice(Math.max(entry.name.lastIndexOf("/"), entry.name.lastIndexOf("\\")) + 1)
    );
    if (name.disguise !== void 0) note("disguisedEntry", entry, name.kind);
    else if (isArchiveKind(name.kind)) note("nestedArchive", entry, name.kind);
    else if (name.kind !== void 0 && dangerousKinds.has(name.kind))
      note(`dangerousEntry:${name.kind}`, entry, name.kind);
    if (isPadded(entry, policy)) note("paddedEntry", entry);
    if (entry.encrypted) note("encryptedEntries", entry);
  }
  const findings = [];
  for (const [key, group] of groups) {
    const messageId = key.split(":")[0];
    const kind = group.kind ? kindNames[group.kind] : { ja: "ファイル", en: "a file" };
    findings.push({
      messageId,
      ...messageId === "encryptedEntries" ? { severity: "medium" } : {},
      evidence: {
        file,
        entry: group.first.name,
        count: String(group.count),
        ...countWords(group.count),
        kindJa: kind.ja,
        kindEn: kind.en,
        ...messageId === "paddedEntry" ? { unpackedMB: megabytes(group.first.uncompressedSize), packedMB: megabytes(group.first.compressedSize) } : {}
      }
    });
  }
  return findings;
}
function examine(attachment, policy) {
  const kind = inspectFileName(attachment.name).kind;
  const bytes = attachment.bytes;
  const zipLike = bytes !== void 0 && looksLikeZip(bytes) || inspectFileName(attachment.name).extension === "zip";
  const notExamined = (why) => [
    {
      messageId: "notExamined",
      evidence: { file: attachment.name, whyJa: notExaminedText[why].ja, whyEn: notExaminedText[why].en }
    }
  ];
  if (bytes === void 0)
    return attachment.bytesSkippedBySize === true && (zipLike || isArchiveKind(kind)) ? notExamined("tooLarge") : [];
  if (!zipLike) return isArchiveKind(kind) ? notExamined("format") : [];
  if (bytes.length > policy.limits.maxAttachmentBytes) return notExamined("tooLarge");
  const read = zipDirectoryOf(bytes);
  if (!read.ok) {
    const text = errorText2[read.error];
    return [
      {
        messageId: "unreadable",
        evidence: { file: attachment.name, problemJa: text.ja, problemEn: text.en, detail: read.detail }
      }
    ];
  }
  const findings = examineEntries(attachment.name, read.directory.entries, policy);
  if (read.directory.problems.includes("fewerEntriesThanDeclared")) {
    const text = errorText2.incomplete;
    findings.push({
      messageId: "unreadable",
      evidence: {
        file: attachment.name,
        problemJa: text.ja,
        problemEn: text.en,
        detail: `${read.directory.entries.length} of ${read.directory.declaredEntries} entries`
      }
    });
  }
  return findings;
}
var archiveContents = defineRule({
  meta: {
    id: "archive-contents",
    category: "attachment",
    defaultSeverity: "strong",
    senderSignal: false,
    description: {
      ja: "zipファイルの中身の一覧（パスワード付きでも読めます）から、ショートカット、マクロ付き文書、スクリプト、実行ファイル、二重の圧縮、不自然に大きく水増しされたファイルを探します。展開はしません。",
      en: "Reads a zip's file list (readable even with a password) for shortcuts, macro documents, scripts, programs, nested archives and files padded to absurd sizes. Nothing is unpacked."
    }
  },
  messages: {
    dangerousEntry: {
      ja: "圧縮ファイル「{file}」の中に{kindJa}「{entry}」が入っています{moreJa}。開かないでください。",
      en: 'The archive "{file}" contains {kindEn}: "{entry}"{moreEn}. Do not open it.'
    },
    nestedArchive: {
      ja: "圧縮ファイル「{file}」の中に、さらに圧縮ファイル「{entry}」が入っています。検査を逃れるための手口です。",
      en: 'The archive "{file}" contains another archive, "{entry}": a common way to slip past scanners.'
    },
    disguisedEntry: {
      ja: "圧縮ファイル「{file}」の中の「{entry}」は、名前で別の種類のファイルに見せかけています。開かないでください。",
      en: 'Inside the archive "{file}", "{entry}" uses its name to pass as another type of file. Do not open it.'
    },
    paddedEntry: {
      ja: "圧縮ファイル「{file}」の中の「{entry}」は、{packedMB} MB から {unpackedMB} MB に膨らみます。ウイルス検査を逃れるために水増しされたファイルの特徴です。",
      en: 'Inside the archive "{file}", "{entry}" grows from {packedMB} MB to {unpackedMB} MB: a file padded to slip past virus scanners.'
    },
    encryptedEntries: {
      ja: "圧縮ファイル「{file}」はパスワードで保護されていて、中身（{count}件）を確認できません。",
      en: 'The archive "{file}" is password-protected, so the {filesEn} inside cannot be checked.'
    },
    unreadable: {
      ja: "圧縮ファイル「{file}」の中身を確認できませんでした：{problemJa}。",
      en: 'The contents of the archive "{file}" could not be checked: {problemEn}.'
    },
    notExamined: {
      ja: "圧縮ファイル「{file}」は、{whyJa}中身を確認していません。",
      en: 'The contents of the archive "{file}" were not checked: {whyEn}.'
    }
  },
  headlines: {
    dangerousEntry: {
      ja: "添付の圧縮ファイルに危険な種類のファイルが入っています。開かないでください。",
      en: "The attached archive holds a dangerous type of file. Do not open it."
    },
    paddedEntry: {
      ja: "添付の圧縮ファイルに、検査逃れのため水増しされたファイルがあります。",
      en: "The attached archive holds a file padded to slip past scanners."
    }
  },
  check: ({ facts, policy }) => {
    const findings = [];
    for (const attachment of facts.attachments) {
      for (const finding of examine(attachment, policy)) {
        findings.push(
          finding.messageId === "unreadable" ? { ...finding, severity: "medium" } : finding.messageId === "notExamined" ? { ...finding, severity: "info" } : finding
        );
      }
    }
    return findings;
  }
});

// src/core/rules/link-mismatch.ts
var maxFindings = 5;
function protectedOwner(host, ctx) {
  const { policy } = ctx;
  if (ctx.derived.isOrganizationDomain(host))
    return { name: policy.organization.names[0] ?? policy.organization.domains[0] ?? host, key: "organization" };
  const partner = policy.partners.find((p) => p.domains.some((d) => isWithinDomain(host, d)));
  if (partner !== void 0) return { name: partner.name, key: `partner:${partner.name}` };
  const brand = brandOwning(host, policy);
  return brand === void 0 ? void 0 : { name: brand.name, key: `brand:${brand.name}` };
}
var ownerKey = (host, ctx) => host === "" ? void 0 : protectedOwner(host, ctx)?.key;
var linkMismatch = defineRule({
  meta: {
    id: "link-mismatch",
    category: "link",
    defaultSeverity: "medium",
    senderSignal: false,
    // Newsletters from senders the organisation trusts route every link through click tracking.
    quietWhen: ["trustedSender"],
    description: {
      ja: "リンクの表示と実際の行き先が違うか、行き先がIPアドレスや偽装された書き方になっていないかを見ます。",
      en: "Checks whether a link shows one address but leads to another, or leads to an IP address or a disguised host."
    }
  },
  messages: {
    textShowsOtherHost: {
      ja: "リンクの表示は「{shown}」ですが、実際の行き先は「{host}」です。",
      en: 'A link shows "{shown}" but really leads to "{host}".'
    },
    ipHost: {
      ja: "リンクの行き先が名前ではなくIPアドレス「{host}」です。正規のサービスではまれです。",
      en: "A link leads to a bare IP address ({host}) instead of a name: rare for genuine services."
    },
    obfuscatedIpHost: {
      ja: "リンクの行き先「{written}」は、IPアドレスを読みにくい書き方で隠しています。",
      en: 'A link leads to "{written}", an IP address written in a form meant to be hard to read.'
    },
    userinfoHost: {
      ja: "リンクは「{shown}」で始まるように見えますが、実際の行き先は「@」の後ろの「{host}」です。",
      en: 'A link seems to start with "{shown}", but it really leads to "{host}", the part after the "@".'
    },
    encodedHost: {
      ja: "リンクの行き先「{host}」は、文字を記号（%）で置き換えて読みにくくしています。",
      en: "A link's destination ({host}) is written with % escapes to make it hard to read."
    }
  },
  check: (ctx) => {
    const { facts, derived, env } = ctx;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    const registrable = (host) => env.registrableDomain(host) ?? host;
    const add = (key, draft) => {
      if (seen.has(key) || findings.length >= maxFindings) return;
      seen.add(key);
      findings.push(draft);
    };
    for (const link of facts.links) {
      if (findings.length >= maxFindings) break;
      const target = linkTarget(link.href);
      if (!target) continue;
      const { host } = target;
      if (target.ip === "ipv4Obfuscated")
        add(`obf:${host}`, { messageId: "obfuscatedIpHost", evidence: { host, written: host, href: link.href } });
      else if (target.ip) add(`ip:${host}`, { messageId: "ipHost", evidence: { host, href: link.href } });
      if (target.userinfo !== void 0)
        add(`user:${host}`, { messageId: "userinfoHost", evidence: { shown: target.userinfo, host, href: link.href } });
      else if (target.percentEncoded)
        add(`enc:${host}`, { messageId: "encodedHost", evidence: { host, href: link.href } });
      const shown2 = hostShownInText(link.text);
      if (shown2 === void 0 || target.ip) continue;
      const shownDomain = registrable(shown2);
      const realDomain = registrable(host);
      if (shownDomain !== realDomain) {
        const owner = protectedOwner(shown2, ctx);
        if (owner !== void 0 && ownerKey(host, ctx) === owner.key) continue;
        if (owner !== void 0 && ownerKey(derived.fromDomain, ctx) !== owner.key) {
          add(`text:${shownDomain}>${realDomain}`, {
            messageId: "textShowsOtherHost",
            evidence: { shown: shown2, host, owner: owner.name, text: link.text, href: link.href }
          });
          continue;
        }
        const viaSender = realDomain === derived.fromRegistrable;
        add(`text:${shownDomain}>${realDomain}`, {
          messageId: "textShowsOtherHost",
          ...viaSender ? { severity: "weak" } : {},
          evidence: { shown: shown2, host, text: link.text, href: link.href }
        });
      }
    }
    return findings;
  }
});

// src/core/rules/lure-phrase.ts
var phrases = [
  "ご確認ください",
  "ご確認下さい",
  "ご確認お願いします",
  "ご確認をお願い",
  "請求書",
  "至急",
  "緊急",
  "コンテンツの有効化",
  "編集を有効にする",
  "マクロを有効",
  "お支払い",
  "振込先",
  "invoice",
  "urgent",
  "enable content",
  "enable editing",
  "enable macros",
  "payment",
  "wire transfer"
];
var maxListed = 5;
var maxScannedChars = 64 * 1024;
function normalise(text) {
  return text.normalize("NFKC").toLowerCase();
}
function compact(text) {
  return normalise(text).replace(/[\s\u3000・.]+/gu, "");
}
function recipientTokens(userName, userAddress) {
  const tokens = [];
  const name = compact(userName ?? "");
  if (Array.from(name).length >= 2) tokens.push(name);
  const local = normalise(userAddress ?? "").split("@")[0] ?? "";
  if (local.length >= 5 && !["info", "admin", "office", "contact", "support"].includes(local))
    tokens.push(compact(local));
  return tokens;
}
var lurePhrase = defineRule({
  meta: {
    id: "lure-phrase",
    category: "content",
    defaultSeverity: "weak",
    senderSignal: false,
    description: {
      ja: "「ご確認ください」「請求書」「至急」「コンテンツの有効化」などの誘い文句や、件名にあなた自身の名前があるかを見ます。単独では警告しません。",
      en: 'Looks for lures such as "please check", "invoice", "urgent", "enable content", and your own name in the subject. Never warns alone.'
    }
  },
  messages: {
    lurePhrases: {
      ja: "急がせたり添付を開かせたりする言葉があります：{phrases}。",
      en: "It uses words that hurry you or push you to open attachments: {phrases}."
    },
    recipientNameInSubject: {
      ja: "件名にあなたの名前「{name}」が入っています。過去のやり取りを盗んだなりすましメールの特徴でもあります。",
      en: 'The subject contains your name ("{name}"), a trait of impersonation mail that replays stolen conversations.'
    }
  },
  check: ({ facts }) => {
    const findings = [];
    const text = normalise(`${facts.subject}
${visibleBody(facts).slice(0, maxScannedChars)}`);
    const found = phrases.filter((p) => text.includes(p));
    if (found.length > 0) {
      findings.push({
        messageId: "lurePhrases",
        evidence: {
          phrases: found.slice(0, maxListed).map((p) => `「${p}」`).join("")
        }
      });
    }
    const subject = compact(facts.subject);
    const name = recipientTokens(facts.userName, facts.userAddress).find((t) => subject.includes(t));
    if (name !== void 0)
      findings.push({ messageId: "recipientNameInSubject", evidence: { name, subject: facts.subject } });
    return findings;
  }
});

// src/core/rules/trusted-sender.ts
var trustedSender = defineRule({
  meta: {
    id: "trusted-sender",
    category: "policy",
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "組織のポリシーで信頼済みの送信元かどうかを示します（送信元認証に失敗したメールは信頼しません）。",
      en: "Shows when the organisation's policy trusts the sender (never when sender authentication failed)."
    }
  },
  messages: {
    trustedByPolicy: {
      ja: "{reasonJa}",
      en: "{reasonEn}"
    }
  },
  check: ({ derived }) => {
    const reason = derived.trustedReason;
    if (!reason) return [];
    return [
      {
        messageId: "trustedByPolicy",
        evidence: { domain: derived.fromDomain, reasonJa: reason.ja, reasonEn: reason.en }
      }
    ];
  }
});

// src/core/rules/drill-mail.ts
var drillMail = defineRule({
  meta: {
    id: "drill-mail",
    category: "policy",
    defaultSeverity: "info",
    senderSignal: false,
    description: {
      ja: "管理者が設定した訓練用ヘッダーがあれば、訓練メールであることを示します。",
      en: "Shows that the mail is a training mail when the administrator's drill header is present."
    }
  },
  messages: {
    drill: {
      ja: "これは訓練メールです（ヘッダー {header}: {value}）。確認していただきありがとうございます。",
      en: "This is a training mail (header {header}: {value}). Thank you for checking it."
    }
  },
  check: ({ derived, policy }) => {
    if (!derived.drill || policy.drill?.reveal !== "immediately") return [];
    return [{ messageId: "drill", evidence: { header: policy.drill.header, value: policy.drill.value } }];
  }
});

// src/core/rules/registry.ts
var rules = [
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
  drillMail
];

// src/core/engine/context.ts
function headerIndex(headers) {
  const index = /* @__PURE__ */ new Map();
  for (const field of headers ?? []) {
    const key = field.name.toLowerCase();
    const list = index.get(key);
    if (list) list.push(field.value);
    else index.set(key, [field.value]);
  }
  return index;
}
function findTrust(facts, policy, fromDomain) {
  const address = facts.from?.address.toLowerCase() ?? "";
  if (address === "") return void 0;
  for (const entry of policy.trustedSenders) {
    if (entry.address !== void 0 && entry.address === address) return entry.reason;
    if (entry.domain !== void 0 && isWithinDomain(fromDomain, entry.domain)) return entry.reason;
  }
  return void 0;
}
function failedForDomain(auth, fromRegistrable, env) {
  const sameDomain = (domain) => domain !== "" && fromRegistrable !== "" && (env.registrableDomain(domain) ?? domain) === fromRegistrable;
  const failed = [];
  if (isFail(auth.dmarc)) failed.push("dmarc");
  if (isFail(auth.compauth)) failed.push("compauth");
  if (auth.spf && isFail(auth.spf) && sameDomain(resultDomain(auth.spf)) && !auth.dkim.some(isPass)) {
    failed.push("spf");
    if (auth.dkim.some((d) => isFail(d) && sameDomain(resultDomain(d)))) failed.push("dkim");
  }
  return failed;
}
function deriveContext(facts, policy, env) {
  const claimed = facts.from ?? facts.sender;
  const fromDomain = domainOf(claimed?.address ?? "");
  const index = headerIndex(facts.headers);
  const header = (name) => index.get(name.toLowerCase()) ?? [];
  const drillValue = policy.drill?.value;
  const drillMarks = policy.drill && drillValue !== void 0 ? header(policy.drill.header).map((v) => readDrillMark(v, drillValue)) : [];
  const drillMark = drillMarks.find((m) => m !== void 0);
  const fromRegistrable = fromDomain === "" ? "" : env.registrableDomain(fromDomain) ?? fromDomain;
  const auth = receivingAuthResults(facts.headers);
  const forefront = receivingForefrontReport(facts.headers);
  const derived = {
    ...claimed ? { claimed } : {},
    fromDomain,
    fromRegistrable,
    nameIsAddress: claimed !== void 0 && claimed.name.trim().toLowerCase() === claimed.address.trim().toLowerCase(),
    header,
    isOrganizationDomain: (host) => policy.organization.domains.some((d) => isWithinDomain(host, d)),
    drill: drillMark !== void 0,
    ...drillMark?.id !== void 0 ? { drillId: drillMark.id } : {},
    auth,
    authFailures: failedForDomain(auth, fromRegistrable, env),
    ...forefront ? { forefront } : {}
  };
  const trustedReason = findTrust(facts, policy, fromDomain);
  if (!trustedReason) return { facts, policy, env, derived };
  if (derived.authFailures.length > 0)
    return { facts, policy, env, derived: { ...derived, trustRefused: trustedReason } };
  return { facts, policy, env, derived: { ...derived, trustedReason } };
}

// src/core/engine/skipped.ts
var partNames = {
  from: { ja: "差出人", en: "the sender (From)" },
  sender: { ja: "実際の送信者（Sender）", en: "the actual sender (Sender)" },
  subject: { ja: "件名", en: "the subject" },
  recipients: { ja: "宛先", en: "the recipients" },
  headers: {
    ja: "インターネットヘッダー（認証結果・返信先など）",
    en: "the internet headers (authentication, Reply-To and more)"
  },
  body: { ja: "本文", en: "the body" },
  attachments: { ja: "添付ファイルの一覧", en: "the list of attachments" },
  attachmentContent: { ja: "添付ファイルの中身", en: "the contents of attachments" },
  userAddress: { ja: "あなたのメールアドレス", en: "your own address" }
};
var reasonText = {
  unsupported: {
    ja: "このOutlookでは読み取れないため、確認できませんでした",
    en: "could not be checked: this version of Outlook does not provide it"
  },
  failed: { ja: "読み取りに失敗したため、確認できませんでした", en: "could not be checked: reading it failed" },
  tooLarge: {
    ja: "大きすぎるため、一部または全部を確認していません",
    en: "was not fully checked: it is larger than the limit"
  },
  absent: {
    ja: "メールに含まれていないため、確認できませんでした",
    en: "could not be checked: the mail does not contain it"
  }
};
function describeMissing(missing) {
  const part = partNames[missing.part];
  const reason = reasonText[missing.reason];
  return {
    part: missing.part,
    reason: missing.reason,
    message: { ja: `${part.ja}は、${reason.ja}。`, en: `${capitalize(part.en)} ${reason.en}.` },
    ...missing.detail !== void 0 ? { detail: missing.detail } : {}
  };
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/core/engine/headline.ts
var byLevel = {
  danger: {
    ja: "なりすましの疑いが強いメールです。添付ファイルやURLを開かないでください。",
    en: "This mail is very likely an impersonation. Do not open its attachments or links."
  },
  caution: {
    ja: "注意が必要なメールです。送信元アドレスを確かめてから操作してください。",
    en: "Be careful with this mail. Check the real sender address before you act."
  },
  safe: {
    ja: "なりすましの兆候は見つかりませんでした（安全の保証ではありません）。",
    en: "No signs of impersonation were found (this is not a guarantee)."
  },
  unknown: {
    ja: "確認しきれませんでした。送信元アドレスをご自身で確かめてください。",
    en: "Could not verify this mail. Check the real sender address yourself."
  }
};
var drillHeadline = {
  ja: "これは訓練メールです。確認していただきありがとうございます。",
  en: "This is a training mail. Thank you for checking it."
};
var limit = 99;
function clampHeadline(text) {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}
function headlineFor(level, top, topHeadline) {
  const chosen = (level === "danger" || level === "caution") && top && topHeadline ? topHeadline : byLevel[level];
  return { ja: clampHeadline(chosen.ja), en: clampHeadline(chosen.en) };
}

// src/core/engine/messages.ts
function fillMessage(template, values) {
  const fill = (text) => text.replace(
    /\{([A-Za-z0-9_]+)\}/g,
    (whole, key) => Object.hasOwn(values, key) ? values[key] ?? whole : whole
  );
  return { ja: fill(template.ja), en: fill(template.en) };
}

// src/core/engine/subject.ts
function subjectOf(category, evidence) {
  switch (category) {
    case "sender":
    case "authentication":
    case "policy":
      return { kind: "sender" };
    case "attachment": {
      const file = evidence.file;
      return file !== void 0 && file !== "" ? { kind: "attachment", file } : { kind: "content" };
    }
    case "link":
      return { kind: "links" };
    case "content":
      return { kind: "content" };
  }
}

// src/core/engine/analyze-with-env.ts
function isQuiet(rule, derived) {
  return (rule.meta.quietWhen ?? []).some(
    (when) => when === "trustedSender" ? derived.trustedReason !== void 0 : derived.nameIsAddress
  );
}
function runRule(rule, ctx, run) {
  if (isQuiet(rule, ctx.derived)) return;
  for (const draft of rule.check(ctx)) {
    const template = rule.messages[draft.messageId];
    if (template === void 0) throw new Error(`unknown message id "${draft.messageId}"`);
    const finding = {
      rule: rule.meta.id,
      messageId: draft.messageId,
      severity: draft.severity ?? rule.meta.defaultSeverity,
      senderSignal: draft.senderSignal ?? rule.meta.senderSignal,
      message: fillMessage(template, draft.evidence),
      evidence: draft.evidence,
      ...draft.diff ? { diff: draft.diff } : {},
      about: draft.about ?? subjectOf(rule.meta.category, draft.evidence)
    };
    run.findings.push(finding);
    const headline = rule.headlines?.[draft.messageId];
    if (headline) run.headlines.set(finding, fillMessage(headline, draft.evidence));
    if (draft.imitates) run.imitations.set(finding, draft.imitates);
  }
}
function analyzeWithEnv(facts, policy, options) {
  const env = options.env;
  const rules2 = options.rules ?? rules;
  const ctx = deriveContext(facts, policy, env);
  const run = { findings: [], headlines: /* @__PURE__ */ new Map(), imitations: /* @__PURE__ */ new Map() };
  const checked = [];
  const ruleFailures = [];
  for (const rule of rules2) {
    try {
      runRule(rule, ctx, run);
      checked.push(rule.meta.id);
    } catch (error) {
      ruleFailures.push({ rule: rule.meta.id, error: errorText(error) });
    }
  }
  const findings = [...run.findings].sort(compareFindings);
  const imitates = findings.map((f) => run.imitations.get(f)).find((found) => found !== void 0);
  const skipped = facts.missing.map(describeMissing);
  const raised = levelFromFindings(findings);
  const incomplete = skipped.length > 0 || ruleFailures.length > 0 || ctx.derived.claimed === void 0;
  let level = raised ?? (incomplete ? "unknown" : "safe");
  let headline = headlineFor(level, findings[0], findings[0] ? run.headlines.get(findings[0]) : void 0);
  const reveal = policy.drill?.reveal ?? "after-report";
  if (ctx.derived.drill && reveal === "immediately") {
    level = "safe";
    headline = { ja: clampHeadline(drillHeadline.ja), en: clampHeadline(drillHeadline.en) };
  }
  const claimed = ctx.derived.claimed;
  return {
    level,
    headline,
    findings,
    sender: {
      displayName: claimed?.name ?? "",
      address: claimed?.address ?? "",
      domain: ctx.derived.fromDomain,
      registrableDomain: ctx.derived.fromRegistrable
    },
    ...imitates ? { imitates } : {},
    checked,
    skipped,
    ruleFailures,
    ...ctx.derived.drill ? { drill: true, drillReveal: reveal } : {},
    ...ctx.derived.drillId !== void 0 ? { drillId: ctx.derived.drillId } : {},
    ...ctx.derived.trustedReason ? { trustedReason: ctx.derived.trustedReason } : {}
  };
}

// src/core/engine/analyze.ts
function analyze(facts, policy = defaultPolicy, options = {}) {
  return analyzeWithEnv(facts, policy, { ...options, env: options.env ?? defaultEnv });
}

export {
  analyze
};
