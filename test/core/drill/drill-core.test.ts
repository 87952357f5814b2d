import { describe, expect, it } from "vitest";
import { analyze, defaultPolicy, type Policy } from "../../../src/core";
import { drillHeaderValue, drillIdFromSubject, drillSubjectTag, readDrillMark } from "../../../src/core/drill/drill-id";
import { trainingRounds } from "../../../src/core/drill/rounds";
import { readTrainingLink, trainingLink } from "../../../src/core/drill/training-link";
import { drillSigns } from "../../../src/core/drill/lesson";
import { makeDrillMails } from "../../../src/core/drill/make";

describe("drill ids", () => {
  it("round-trips through the header and the report subject", () => {
    expect(readDrillMark(drillHeaderValue("training-2026", "D7F3A-001"), "training-2026")).toEqual({ id: "D7F3A-001" });
    expect(readDrillMark("training-2026", "training-2026")).toEqual({});
    expect(readDrillMark("training-2025; id=D1-001", "training-2026")).toBeUndefined();
    expect(readDrillMark("training-2026; id=<script>", "training-2026")).toEqual({});
    expect(drillIdFromSubject(`[不審メール報告] ${drillSubjectTag("D7F3A-001")} Re: ご確認ください`)).toBe("D7F3A-001");
    expect(drillIdFromSubject("[不審メール報告] Re: ご確認ください")).toBeUndefined();
    expect(() => drillHeaderValue("training-2026", "bad id")).toThrow(/letters, digits/);
  });
});

describe("training link", () => {
  it("keeps the mail's facts in the fragment, which browsers do not send to the server", () => {
    const facts = {
      id: "D1-002",
      displayName: "ウェスタ川越",
      address: "info@drill-training.example",
      subject: "Re: ご確認ください & more",
      file: "請求書.zip",
    };
    const url = new URL(trainingLink("https://addin.example.org/training.html", facts));
    expect(url.search).toBe("");
    expect(readTrainingLink(url.hash)).toEqual(facts);
    expect(readTrainingLink("#nothing=here")).toBeUndefined();
    expect(readTrainingLink("#drill=%E0%A4%A")).toBeUndefined();
  });
});

describe("training rounds", () => {
  const rounds = trainingRounds(defaultPolicy);
  it("are ten, with both answers, built from the policy's names", () => {
    expect(rounds).toHaveLength(10);
    expect(new Set(rounds.map((r) => r.id)).size).toBe(10);
    expect(rounds.filter((r) => r.answer === "impersonation").length).toBeGreaterThanOrEqual(4);
    expect(rounds.filter((r) => r.answer === "genuine").length).toBeGreaterThanOrEqual(4);
    const names = rounds.map((r) => r.facts.from?.name ?? "").join(" ");
    expect(names).toContain("ウェスタ川越");
    expect(names).toContain("佐藤 一郎");
    expect(names).toContain("加藤 一郎");
    expect(rounds.some((r) => r.facts.from?.address.endsWith("@yoyaku.example.com"))).toBe(true);
    expect(rounds.some((r) => r.facts.from?.address === "info@westakawagoe.jp")).toBe(true);
  });

  it("agree with the real core: every impersonation is danger, no genuine mail is", () => {
    for (const round of rounds) {
      const level = analyze(round.facts, defaultPolicy).level;
      if (round.answer === "impersonation") expect(level, round.id).toBe("danger");
      else expect(level, round.id).not.toBe("danger");
    }
  });

  it("work for a policy with other names and no trusted sender", () => {
    const other: Policy = {
      ...defaultPolicy,
      organization: { names: ["みなと図書館"], domains: ["minato-lib.jp"] },
      staff: [{ name: "佐藤 花子", aliases: [] }],
      trustedSenders: [],
    };
    const list = trainingRounds(other);
    expect(list).toHaveLength(10);
    for (const round of list) {
      const level = analyze(round.facts, other).level;
      if (round.answer === "impersonation") expect(level, round.id).toBe("danger");
      else expect(level, round.id).not.toBe("danger");
    }
  });
});

describe("drill signs and the maker's refusals", () => {
  it("names the verdict's reasons, never an info line", () => {
    const [mail] = makeDrillMails(defaultPolicy, {
      count: 1,
      seed: 1,
      recipients: [],
      trainingUrl: "https://a.example/training.html",
      date: new Date(0),
    });
    expect(mail?.eml).toContain("To: undisclosed-recipients:;");
    const first = trainingRounds(defaultPolicy)[0];
    if (!first) throw new Error("no rounds");
    const verdict = analyze(first.facts, defaultPolicy);
    expect(drillSigns(verdict).map((s) => s.ja)).toEqual(
      verdict.findings.filter((f) => f.severity !== "info").map((f) => f.message.ja),
    );
  });

  it("refuses a policy without drill.from and a count out of range", () => {
    const base = { count: 1, seed: 1, recipients: [], trainingUrl: "https://a.example/t.html", date: new Date(0) };
    expect(() =>
      makeDrillMails({ ...defaultPolicy, drill: { header: "X-D", value: "v", reveal: "after-report" } }, base),
    ).toThrow(/drill\.from/);
    expect(() => makeDrillMails(defaultPolicy, { ...base, count: 0 })).toThrow(/count/);
  });
});
