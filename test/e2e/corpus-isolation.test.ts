import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emlItem, startBrowserSession, type BrowserSession } from "../support/browser";
import { bannerLevel, expectCleanRun, open } from "./harness";

/**
 * Real phishing and real legitimate mail (../shared/corpus, read in place, never copied) through
 * the pane: it must judge each one without errors and without fetching anything the mail points
 * at (tracking pixels, remote images, links). Skipped, saying so, when the corpus is absent.
 */

const corpus = join("..", "shared", "corpus");
const present = existsSync(join(corpus, "phish")) && existsSync(join(corpus, "ham"));
if (!present) console.warn(`[e2e] ${corpus} is absent: the real-mail isolation test is skipped.`);

/** Every n-th file in name order: a fixed, spread-out sample. */
function sample(folder: string, count: number): string[] {
  const files = readdirSync(join(corpus, folder))
    .filter((f) => f.endsWith(".eml"))
    .sort();
  const step = Math.max(1, Math.floor(files.length / count));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((f) => join(corpus, folder, f));
}

describe.skipIf(!present)("real mail in the pane", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session.close();
  });

  // Twelve cold panes through real Office.js, one after another: a few seconds each.
  it(
    "judges sampled phishing and legitimate mail without errors or outside requests",
    { timeout: 300_000 },
    async () => {
      const files = [...sample("phish", 6), ...sample("ham", 6)];
      const levels: string[] = [];
      for (const file of files) {
        const pane = await open(session, { items: [emlItem(file)] });
        levels.push(`${file.split("/").pop() ?? file}: ${await bannerLevel(pane.page)}`);
        await expectCleanRun(pane, session);
        await pane.close();
      }
      console.info(levels.join("\n"));
      expect(levels).toHaveLength(files.length);
    },
  );
});
