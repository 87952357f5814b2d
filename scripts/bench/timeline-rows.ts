import { median } from "./measure";
import { readCalls, type PaneTimeline } from "./pane-timeline";
import { row, type Row } from "./table";

/**
 * Where the pane's time to banner goes next to the minimal add-in page's, from the same runs:
 * medians of each start-up point (ms since the page's navigation started) and of each phase
 * between them. A phase's median difference is not exactly the difference of the totals' medians.
 */

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(0)} ms` : "n/a";
}

function signed(value: number): string {
  return Number.isFinite(value) ? `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(0)} ms` : "n/a";
}

function med(runs: readonly PaneTimeline[], pick: (t: PaneTimeline) => number | undefined): number {
  const values = runs.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
  return values.length > 0 ? median(values) : Number.NaN;
}

/** The verdict mark; the minimal page has no analysis, so its verdict is its body read. */
function verdictAt(t: PaneTimeline): number | undefined {
  return t.marks.verdict ?? t.marks.facts;
}

type Phase = {
  readonly name: string;
  readonly from: (t: PaneTimeline) => number | undefined;
  readonly to: (t: PaneTimeline) => number | undefined;
};

const phases: readonly Phase[] = [
  {
    name: "navigation → bundle evaluated (HTML, Office.js, own bundle download, parse and evaluation)",
    from: () => 0,
    to: (t) => t.marks.entry,
  },
  {
    name: "bundle evaluated → Office.onReady (Office.js handshake with the host)",
    from: (t) => t.marks.entry,
    to: (t) => t.marks["office-ready"],
  },
  {
    name: "Office.onReady → item read (policy, Office reads, chunks)",
    from: (t) => t.marks["office-ready"],
    to: (t) => t.marks.facts,
  },
  { name: "item read → verdict (analysis)", from: (t) => t.marks.facts, to: verdictAt },
  { name: "verdict → banner in the DOM (React render, details chunk)", from: verdictAt, to: (t) => t.bannerAt },
  { name: "banner in the DOM → painted (next frame)", from: (t) => t.bannerAt, to: (t) => t.bannerPaintedAt },
];

function phaseOf(t: PaneTimeline, phase: Phase): number | undefined {
  const from = phase.from(t);
  const to = phase.to(t);
  return from === undefined || to === undefined ? undefined : to - from;
}

type ReadSummary = {
  readonly count: number;
  readonly names: string;
  readonly wallMs: number;
  readonly roundTripMs: number;
};

/** The item reads the page made before its banner: how many, which, and how long they took end to end and summed. */
function readsBeforeBanner(t: PaneTimeline): ReadSummary {
  const reads = t.calls.filter((c) => readCalls.includes(c.name) && c.sentAt < t.bannerAt);
  const answered = reads.filter((c): c is typeof c & { answeredAt: number } => c.answeredAt !== undefined);
  const first = Math.min(...reads.map((c) => c.sentAt));
  const last = Math.max(...answered.map((c) => c.answeredAt));
  return {
    count: reads.length,
    names: reads.map((c) => c.name).join(" → "),
    wallMs: reads.length > 0 ? last - first : 0,
    roundTripMs: answered.reduce((sum, c) => sum + (c.answeredAt - c.sentAt), 0),
  };
}

export function timelineRows(pane: readonly PaneTimeline[], minimal: readonly PaneTimeline[]): Row[] {
  const both = (label: string, pick: (t: PaneTimeline) => number | undefined, note = ""): Row => {
    const p = med(pane, pick);
    const m = med(minimal, pick);
    return row(`  ${label}`, `pane ${ms(p)} · minimal ${ms(m)} · ${signed(p - m)}${note}`);
  };
  const paneReads = pane.map(readsBeforeBanner);
  const minimalReads = minimal.map(readsBeforeBanner);
  const callsSeen = pane[0]?.calls.filter((c) => c.sentAt < (pane[0]?.bannerAt ?? 0)).map((c) => c.name) ?? [];
  const bundleKb = (runs: readonly PaneTimeline[]): string => `${((runs[0]?.bundleBytes ?? 0) / 1024).toFixed(0)} KB`;
  return [
    row(
      "time to banner, where it goes (medians, ms since the page's navigation; pane · minimal page · difference)",
      "",
    ),
    both("HTML arrived", (t) => t.htmlAt),
    both("Office.js scripts arrived (office.js, outlook-web-16.01.js, MicrosoftAjax.js)", (t) => t.officeScriptsAt),
    both(
      "own bundle arrived",
      (t) => t.bundleArrivedAt,
      ` (uncompressed: pane ${bundleKb(pane)}, minimal ${bundleKb(minimal)})`,
    ),
    both("own bundle evaluated (mark: entry)", (t) => t.marks.entry),
    both("first contentful paint", (t) => t.firstContentfulPaintAt),
    both("Office.onReady (mark: office-ready)", (t) => t.marks["office-ready"]),
    both("policy loaded (mark: policy)", (t) => t.marks.policy),
    both("item read (mark: facts)", (t) => t.marks.facts),
    row(
      "  Office reads before the banner",
      `pane ${med(pane, (t) => readsBeforeBanner(t).count)} (${paneReads[0]?.names ?? "none"}): ${ms(median(paneReads.map((r) => r.wallMs)))} from first request to last answer, round trips summed ${ms(median(paneReads.map((r) => r.roundTripMs)))} · minimal ${med(minimal, (t) => readsBeforeBanner(t).count)} (${minimalReads[0]?.names ?? "none"}): ${ms(median(minimalReads.map((r) => r.roundTripMs)))}`,
    ),
    row("  all Office.js requests the pane sent before its banner", callsSeen.join(", ")),
    both("verdict (mark: verdict; the minimal page has no analysis)", verdictAt),
    both("banner in the DOM", (t) => t.bannerAt),
    both("banner painted (next frame)", (t) => t.bannerPaintedAt),
    both("main-thread long tasks before the banner, summed", (t) => t.longTaskMs),
    row("time to banner by phase (medians of each phase; pane · minimal page · difference)", ""),
    ...phases.map((phase) => both(phase.name, (t) => phaseOf(t, phase))),
  ];
}
