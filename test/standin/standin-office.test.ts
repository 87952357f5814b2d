import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StandinConfig, StandinLog } from "../../dev/standin-office/config";
import { parseStandinMessage, type StandinMessage } from "../../dev/standin-office/message";
import { createStandinOffice } from "../../dev/standin-office/office";

/** The Office stand-in keeps the parts of Office's contract the browser tests rely on. */

const eml = (name: string): Uint8Array => new Uint8Array(readFileSync(join("dev", "samples", `${name}.eml`)));

function newLog(): StandinLog {
  return {
    notifications: {},
    notificationHistory: [],
    newMessageForms: [],
    calls: [],
    violations: [],
    roamingSaved: [],
    maxConcurrent: 0,
    selected: 0,
    itemChangedHandlers: 0,
  };
}

type Result = { status: string; value: unknown; error?: { name: string } };
type Api = {
  onReady: () => Promise<{ host: string }>;
  context: {
    requirements: { isSetSupported: (name: string, version?: string) => boolean };
    mailbox: {
      item: Record<string, unknown> & {
        body: { getAsync: (coercion: string, cb: (r: Result) => void) => void };
        notificationMessages: { replaceAsync: (key: string, details: object, cb: (r: Result) => void) => void };
        getAllInternetHeadersAsync?: (cb: (r: Result) => void) => void;
      };
      displayNewMessageFormAsync?: unknown;
    };
  };
};

async function standin(
  config: Omit<StandinConfig, "items">,
  names: string[],
): Promise<{ office: Api; log: StandinLog }> {
  const messages: StandinMessage[] = await Promise.all(names.map((n, i) => parseStandinMessage(eml(n), i)));
  const log = newLog();
  const created = createStandinOffice({ ...config, items: names.map(() => ({})) }, Promise.resolve(messages), log);
  const office = created.office as Api;
  await office.onReady();
  return { office, log };
}

const call = (run: (cb: (r: Result) => void) => void): Promise<Result> =>
  new Promise((resolve) => {
    run(resolve);
  });

describe("stand-in message", () => {
  it("reads the display name, the real address and the raw header block from the .eml", async () => {
    const message = await parseStandinMessage(eml("facility-name-emotet"), 0);
    expect(message.from?.displayName).toBe("ウェスタ川越 インフォメーション・施設予約");
    expect(message.from?.emailAddress).toBe("m.kobayashi@hinode-shoji.example");
    expect(message.headerBlock).toMatch(/^X-Synthetic:/u);
    expect(message.headerBlock).toContain("Authentication-Results:");
    expect(message.headerBlock).not.toContain("Content-Transfer-Encoding: base64\r\n\r\n");
    const zip = message.attachments.find((a) => a.details.name.endsWith(".zip"));
    expect(zip?.details.attachmentType).toBe("file");
    // A zip starts with "PK".
    expect(atob(zip?.base64 ?? "").slice(0, 2)).toBe("PK");
    expect(zip?.details.size).toBe(atob(zip?.base64 ?? "").length);
  });
});

describe("stand-in Office", () => {
  it("answers later, never inside the call", async () => {
    const { office } = await standin({}, ["genuine-facility"]);
    let answered = false;
    const done = call((cb) => {
      office.context.mailbox.item.body.getAsync("text", (r) => {
        answered = true;
        cb(r);
      });
    });
    expect(answered).toBe(false);
    const result = await done;
    expect(result.status).toBe("succeeded");
    expect(result.value).toContain("ウェスタ川越");
  });

  it("has no Mailbox 1.8 or 1.9 methods at API level 1.5", async () => {
    const { office } = await standin({ apiLevel: "1.5", mobile: true }, ["genuine-facility"]);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.5")).toBe(true);
    expect(office.context.requirements.isSetSupported("Mailbox", "1.8")).toBe(false);
    expect(office.context.mailbox.item.getAllInternetHeadersAsync).toBeUndefined();
    expect(office.context.mailbox.displayNewMessageFormAsync).toBeUndefined();
  });

  it("fails a switched-off call with a failed AsyncResult, or throws when told to", async () => {
    const failing = await standin({ fail: { "body.getAsync": "result" } }, ["genuine-facility"]);
    const result = await call((cb) => {
      failing.office.context.mailbox.item.body.getAsync("html", cb);
    });
    expect(result.status).toBe("failed");
    expect(result.error?.name).toBe("InternalServerError");
    const throwing = await standin({ fail: { "body.getAsync": "throw" } }, ["genuine-facility"]);
    expect(() => {
      throwing.office.context.mailbox.item.body.getAsync("html", () => undefined);
    }).toThrow();
  });

  it("rejects a notification over 150 characters and records it as a violation", async () => {
    const { office, log } = await standin({}, ["genuine-facility"]);
    expect(() => {
      office.context.mailbox.item.notificationMessages.replaceAsync(
        "k",
        { type: "errorMessage", message: "x".repeat(151) },
        () => undefined,
      );
    }).toThrow();
    expect(log.violations).toHaveLength(1);
    const ok = await call((cb) => {
      office.context.mailbox.item.notificationMessages.replaceAsync(
        "k",
        { type: "errorMessage", message: "x".repeat(150) },
        cb,
      );
    });
    expect(ok.status).toBe("succeeded");
    expect(log.notifications[0]).toEqual([{ key: "k", type: "errorMessage", message: "x".repeat(150) }]);
  });

  it("allows one notification per item on a phone", async () => {
    const { office } = await standin({ mobile: true, apiLevel: "1.5" }, ["genuine-facility"]);
    const bars = office.context.mailbox.item.notificationMessages;
    const info = { type: "informationalMessage", message: "m", icon: "Icon.16", persistent: false };
    const first = await call((cb) => {
      bars.replaceAsync("a", info, cb);
    });
    expect(first.status).toBe("succeeded");
    const second = await call((cb) => {
      bars.replaceAsync("b", info, cb);
    });
    expect(second.status).toBe("failed");
    expect(second.error?.name).toBe("NumberOfNotificationMessagesExceeded");
  });
});
