import {
  analyze,
  defaultPolicy,
  emptyFacts,
  type AttachmentFact,
  type LinkFact,
  type MessageFacts,
} from "../../src/core";
import { extractLinks } from "../../src/core/text/html";
import { formatNs, medianCpuNs } from "./measure";
import { row, type Row } from "./table";

/**
 * How analyze() grows with input size. Each series goes up in 10× steps; a step may cost at most
 * 10× (linear). Facts are built before timing; only analyze is timed, in CPU time.
 *
 * The machine is shared. In wall time a 15 ms call is descheduled more often than a 1.5 ms one,
 * so a busy machine makes every series look superlinear: CPU time counts only the work. And a
 * burst of other work (caches, memory bandwidth) during one step's samples would still show as
 * growth, so every step is measured in several rounds, interleaved across the series' steps, and
 * the fastest round's median counts (other work only ever adds time).
 */

const maxStepRatio = 10;
const rounds = 4;

const base: MessageFacts = emptyFacts({
  from: { name: "Partner Office", address: "office@partner.example" },
  to: [{ name: "", address: "staff@westa-kawagoe.jp" }],
  subject: "Re: 資料のご確認",
  headers: [
    {
      name: "Authentication-Results",
      value:
        "spf=pass smtp.mailfrom=partner.example; dkim=pass header.d=partner.example; dmarc=pass action=none header.from=partner.example;compauth=pass reason=100",
    },
    { name: "In-Reply-To", value: "<a@partner.example>" },
  ],
});

const paragraph =
  "いつもお世話になっております。資料を送付いたしますので、ご確認ください。Please find the document attached; the invoice follows next week. ";

function textOf(bytes: number): string {
  const unit = paragraph;
  return unit.repeat(Math.ceil(bytes / new TextEncoder().encode(unit).length)).slice(0, bytes);
}

function htmlOf(bytes: number): string {
  const unit = `<p>${paragraph}<a href="https://docs.partner.example/files/123">docs.partner.example</a></p>\n`;
  const count = Math.max(1, Math.round(bytes / new TextEncoder().encode(unit).length));
  return `<html><body>${unit.repeat(count)}</body></html>`;
}

function linksOf(count: number): LinkFact[] {
  return Array.from({ length: count }, (_, i) => ({
    text: i % 7 === 0 ? "https://www.westa-kawagoe.jp/" : `資料 ${i}`,
    href: i % 7 === 0 ? `https://login.evil${i % 13}.example/` : `https://docs.partner.example/f/${i}`,
  }));
}

function attachmentsOf(count: number): AttachmentFact[] {
  const names = ["資料.pdf", "invoice.xlsm", "scan.zip", "photo.jpg", "請求書.pdf.exe"];
  return Array.from({ length: count }, (_, i) => ({
    name: `${i}-${names[i % names.length] ?? "a.txt"}`,
    size: 10_000 + i,
    inline: false,
  }));
}

type Series = {
  readonly name: string;
  readonly steps: readonly { readonly label: string; readonly facts: () => MessageFacts }[];
};

const sizes = [
  { label: "10 KB", bytes: 10_000 },
  { label: "100 KB", bytes: 100_000 },
  { label: "1 MB", bytes: 1_000_000 },
  { label: "10 MB", bytes: 10_000_000 },
];

const series: readonly Series[] = [
  {
    name: "text body",
    steps: sizes.map((s) => ({ label: s.label, facts: () => ({ ...base, bodyText: textOf(s.bytes) }) })),
  },
  {
    name: "HTML body",
    steps: sizes.map((s) => ({
      label: s.label,
      facts: () => {
        const html = htmlOf(s.bytes);
        return { ...base, bodyHtml: html, bodyText: textOf(Math.round(s.bytes / 2)), links: extractLinks(html) };
      },
    })),
  },
  {
    name: "links",
    steps: [10, 100, 1_000, 10_000].map((n) => ({
      label: `${n.toLocaleString("en")} links`,
      facts: () => ({ ...base, bodyText: textOf(2_000), links: linksOf(n) }),
    })),
  },
  {
    name: "attachments",
    steps: [1, 10, 100, 1_000].map((n) => ({
      label: `${n.toLocaleString("en")} attachments`,
      facts: () => ({ ...base, bodyText: textOf(2_000), attachments: attachmentsOf(n) }),
    })),
  },
];

export function growthRows(): Row[] {
  const rows: Row[] = [];
  let worst = { ratio: 0, where: "" };
  for (const s of series) {
    const inputs = s.steps.map((step) => ({ label: step.label, facts: step.facts(), ns: Number.POSITIVE_INFINITY }));
    for (let round = 0; round < rounds; round++) {
      for (const input of inputs)
        input.ns = Math.min(
          input.ns,
          medianCpuNs(() => analyze(input.facts, defaultPolicy), { budgetMs: 150 }),
        );
    }
    const times = inputs.map(({ label, ns }) => ({ label, ns }));
    const ratios: string[] = [];
    let seriesWorst = 0;
    for (let i = 1; i < times.length; i++) {
      const prev = times[i - 1];
      const next = times[i];
      if (!prev || !next) continue;
      const ratio = next.ns / prev.ns;
      ratios.push(`×${ratio.toFixed(1)}`);
      seriesWorst = Math.max(seriesWorst, ratio);
      if (ratio > worst.ratio) worst = { ratio, where: `${s.name} ${prev.label} → ${next.label}` };
    }
    const value = `${times.map((t) => `${t.label}: ${formatNs(t.ns)}`).join(", ")}; steps ${ratios.join(" ")}`;
    rows.push(
      row(`growth, ${s.name}`, value, `each 10× step ≤ ${maxStepRatio}×`, seriesWorst <= maxStepRatio ? "ok" : "OVER"),
    );
  }
  rows.push(
    row(
      "growth, worst 10× step",
      `×${worst.ratio.toFixed(1)} (${worst.where})`,
      `≤ ${maxStepRatio}×`,
      worst.ratio <= maxStepRatio ? "ok" : "OVER",
    ),
  );
  return rows;
}
