import { describe, expect, it } from "vitest";
import { extractLinks, htmlToText } from "../../../src/core/text/html";
import { decodeEntities } from "../../../src/core/text/entities";

describe("extractLinks", () => {
  it.each([
    ['<a href="https://a.example/">A</a>', [{ href: "https://a.example/", text: "A" }]],
    ["<a href='https://a.example/x?y=1&amp;z=2'>A</a>", [{ href: "https://a.example/x?y=1&z=2", text: "A" }]],
    ["<A HREF=https://a.example/ class=x>A</A>", [{ href: "https://a.example/", text: "A" }]],
    [
      '<a title="x>y" href = "https://a.example/" >  <b>Click</b>\n  <i>here</i> </a>',
      [{ href: "https://a.example/", text: "Click here" }],
    ],
    [
      '<a href="https://evil.example/">https://westa&#45;kawagoe&period;jp&nbsp;</a>',
      [{ href: "https://evil.example/", text: "https://westa-kawagoe.jp" }],
    ],
    ['<a href="https://&#x65;vil.example/">x</a>', [{ href: "https://evil.example/", text: "x" }]],
    ['<a name="top">no href</a><a href="https://b.example/">B</a>', [{ href: "https://b.example/", text: "B" }]],
    [
      '<a href="https://a.example/">one<a href="https://b.example/">two</a>',
      [
        { href: "https://a.example/", text: "one" },
        { href: "https://b.example/", text: "two" },
      ],
    ],
    ['<a href="https://a.example/">unclosed', [{ href: "https://a.example/", text: "unclosed" }]],
    [
      '<!-- <a href="https://hidden.example/">x</a> --><a href="https://a.example/">A</a>',
      [{ href: "https://a.example/", text: "A" }],
    ],
    [
      '<script>var s = "<a href=\'https://js.example/\'>x</a>";</script><a href="https://a.example/">A</a>',
      [{ href: "https://a.example/", text: "A" }],
    ],
    ['<a href="https://a.example/">x<style>.a{}</style>y</a>', [{ href: "https://a.example/", text: "xy" }]],
    ['<a href="https://a.example/" href="https://second.example/">A</a>', [{ href: "https://a.example/", text: "A" }]],
  ])("%s", (html, expected) => {
    expect(extractLinks(html)).toEqual(expected);
  });

  it("survives broken markup", () => {
    expect(extractLinks('<a href="https://a.example/')).toEqual([{ href: "https://a.example/", text: "" }]);
    expect(extractLinks("< a href=x>not a tag</a> 3 < 4 <")).toEqual([]);
    expect(extractLinks("<script>never closed <a href=x>y</a>")).toEqual([]);
  });

  it("is linear: 10,000 links and a 10 MB body finish quickly", () => {
    const many = '<p>Hello <a href="https://t.example/c?id=1&amp;u=2"><span>Link</span> text</a></p>\n'.repeat(10_000);
    let started = performance.now();
    expect(extractLinks(many)).toHaveLength(10_000);
    const manyMs = performance.now() - started;
    const big =
      "<div>" + "x".repeat(10_000_000) + '<a href="https://a.example/">' + "<".repeat(100_000) + "&".repeat(100_000);
    started = performance.now();
    expect(extractLinks(big)).toHaveLength(1);
    htmlToText(big);
    const bigMs = performance.now() - started;
    expect(manyMs).toBeLessThan(1000);
    expect(bigMs).toBeLessThan(3000);
  });

  it("is linear on pathological attribute soup", () => {
    const soup = "<a " + 'x="'.repeat(50_000) + "<a " + "=".repeat(50_000) + "<a href=" + " ".repeat(50_000);
    const started = performance.now();
    extractLinks(soup);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("htmlToText", () => {
  it("keeps visible text, drops script/style/title, breaks lines at blocks", () => {
    const html =
      "<html><head><title>T</title><style>p{}</style></head><body><p>パスワード&#65306;&nbsp;abc</p><div>次の行</div><script>alert(1)</script>末尾</body></html>";
    expect(htmlToText(html)).toBe("パスワード： abc\n次の行\n末尾");
  });
});

describe("decodeEntities", () => {
  it.each([
    ["&lt;&gt;&amp;&quot;&apos;", "<>&\"'"],
    ["&#12354;&#x3042;", "ああ"],
    ["&#0; &#xD800; &#1114112;", "\ufffd \ufffd \ufffd"],
    ["&#150;", "–"],
    ["&amp &copy 2026", "& © 2026"],
    ["&unknown; & &", "&unknown; & &"],
  ])("%s", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it("leaves legacy names alone in attributes when a query string follows", () => {
    expect(decodeEntities("a?x=1&copy=2", true)).toBe("a?x=1&copy=2");
  });
});
