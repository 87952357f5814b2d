import { describe, expect, it, vi } from "vitest";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AnnounceProvider } from "@fluentui/react-components";
import { defaultPolicy, factLimitsOf, type MessageFacts } from "../../src/core";
import type { LoadedPolicy } from "../../src/core/policy/loaded";
import { App, Pane } from "../../src/taskpane/App";
import { LanguageContext } from "../../src/taskpane/i18n/language";
import { startFirstRead } from "../../src/taskpane/hooks/useMessageVerdict";
import { createFakeHost, deferred } from "../support/fake-host";
import { factsFrom, fixedCore, makeVerdict } from "../support/verdicts";

const first = makeVerdict({
  level: "danger",
  headline: { ja: "一通目の判定", en: "First" },
  sender: { displayName: "A", address: "a@first.example", domain: "first.example", registrableDomain: "first.example" },
});
const second = makeVerdict({
  level: "safe",
  headline: { ja: "二通目の判定", en: "Second" },
  sender: {
    displayName: "B",
    address: "b@second.example",
    domain: "second.example",
    registrableDomain: "second.example",
  },
});
const byAddress = fixedCore((facts) => (facts.from?.address === "a@first.example" ? first : second));

function verdictRoot(): Element | null {
  return document.querySelector("[data-verdict]");
}

describe("following the selection", () => {
  it("drops a slow read of the previous mail that finishes after the next one", async () => {
    const slow = deferred<MessageFacts | null>();
    const reads = [slow.promise, Promise.resolve(factsFrom("B", "b@second.example"))];
    const host = createFakeHost({ read: () => reads.shift() ?? Promise.reject(new Error("unexpected read")) });
    render(<App host={host} loadCore={byAddress} />);
    await waitFor(() => {
      expect(host.listenerCount()).toBe(1);
    });

    act(() => {
      host.selectionChanged();
    });
    expect(await screen.findByText("二通目の判定")).toBeTruthy();

    await act(async () => {
      slow.resolve(factsFrom("A", "a@first.example"));
      await slow.promise;
    });

    expect(screen.queryByText("一通目の判定")).toBeNull();
    expect(verdictRoot()?.getAttribute("data-verdict")).toBe("safe");
    expect(screen.getByText("second.example", { selector: "strong" })).toBeTruthy();
    // The bar goes on the current mail only, with the current verdict.
    expect(host.notified).toEqual([second]);
  });

  it("re-checks when the selection changes and notifies each verdict", async () => {
    const reads = [factsFrom("A", "a@first.example"), factsFrom("B", "b@second.example")];
    const host = createFakeHost({ read: () => Promise.resolve(reads.shift() ?? null) });
    render(<App host={host} loadCore={byAddress} />);
    expect(await screen.findByText("一通目の判定")).toBeTruthy();
    act(() => {
      host.selectionChanged();
    });
    expect(await screen.findByText("二通目の判定")).toBeTruthy();
    expect(host.notified).toEqual([first, second]);
  });

  it("stops listening when the pane goes away", async () => {
    const host = createFakeHost();
    const { unmount } = render(<App host={host} />);
    await waitFor(() => {
      expect(host.listenerCount()).toBe(1);
    });
    unmount();
    expect(host.listenerCount()).toBe(0);
  });

  it("resets the checklist for the next mail", async () => {
    const reads = [factsFrom("A", "a@first.example"), factsFrom("B", "b@second.example")];
    const host = createFakeHost({ read: () => Promise.resolve(reads.shift() ?? null) });
    render(<App host={host} loadCore={byAddress} />);
    await screen.findByText("一通目の判定");
    await userEvent.click(screen.getByRole("button", { name: "添付ファイルを開いてしまった" }));
    act(() => {
      host.selectionChanged();
    });
    await screen.findByText("二通目の判定");
    expect(screen.getByRole("button", { name: "添付ファイルを開いてしまった" }).getAttribute("aria-expanded")).toBe(
      "false",
    );
  });
});

describe("loading, no item and errors", () => {
  it("shows a spinner while the mail is read", async () => {
    const read = deferred<MessageFacts | null>();
    const host = createFakeHost({ read: () => read.promise });
    render(<App host={host} loadCore={byAddress} />);
    expect(screen.getByText("メールを確認しています…")).toBeTruthy();
    await act(async () => {
      read.resolve(null);
      await read.promise;
    });
    expect(screen.queryByText("メールを確認しています…")).toBeNull();
  });

  it("says no mail is selected when there is no item, and clears the bar", async () => {
    const host = createFakeHost({ read: () => Promise.resolve(null) });
    render(<App host={host} loadCore={byAddress} />);
    expect(await screen.findByText("メールが選択されていません。メールを選ぶと、送信元を確認します。")).toBeTruthy();
    expect(verdictRoot()).toBeNull();
    expect(host.notified).toEqual([null]);
  });

  it("shows unknown, never safe, when reading throws", async () => {
    const host = createFakeHost({ language: "en", read: () => Promise.reject(new Error("GenericResponseError")) });
    render(<App host={host} loadCore={byAddress} />);
    expect(await screen.findByText("Could not read this mail. Check the real sender address yourself.")).toBeTruthy();
    expect(verdictRoot()?.getAttribute("data-verdict")).toBe("unknown");
    expect(screen.getByText("Technical detail: GenericResponseError")).toBeTruthy();
    // No verdict, so the bar (perhaps a warning from elsewhere) is left alone.
    expect(host.notified).toEqual([]);
  });

  it("shows unknown when the detection library cannot load", async () => {
    const host = createFakeHost({ read: () => Promise.resolve(factsFrom("A", "a@first.example")) });
    render(<App host={host} loadCore={() => Promise.reject(new Error("chunk failed"))} />);
    await screen.findByText("技術的な詳細：chunk failed");
    expect(verdictRoot()?.getAttribute("data-verdict")).toBe("unknown");
  });
});

describe("policy", () => {
  const invalid: LoadedPolicy = {
    policy: defaultPolicy,
    source: {
      kind: "invalid",
      url: "https://addin.example.org/policy.json",
      issues: [
        { field: "reportMailbox", message: "must be an e-mail address such as name@example.jp" },
        { field: "organization.domains[0]", message: "must be a domain such as example.jp (no scheme, no @)" },
      ],
    },
  };

  it("tells administrators which fields of an invalid policy are wrong", async () => {
    const host = createFakeHost({ read: () => Promise.resolve(null), loadPolicy: () => Promise.resolve(invalid) });
    render(<App host={host} loadCore={byAddress} />);
    const notice = await screen.findByRole("region", { name: "管理者の方へ：ポリシーファイルに誤りがあります" });
    expect(notice.textContent).toContain("https://addin.example.org/policy.json");
    expect(screen.getByText("reportMailbox: must be an e-mail address such as name@example.jp")).toBeTruthy();
    expect(
      screen.getByText("organization.domains[0]: must be a domain such as example.jp (no scheme, no @)"),
    ).toBeTruthy();
  });

  it("shows no policy notice for a valid hosted policy", async () => {
    const host = createFakeHost({
      read: () => Promise.resolve(factsFrom("A", "a@first.example")),
      loadPolicy: () =>
        Promise.resolve({ policy: defaultPolicy, source: { kind: "hosted", url: "https://x.example/policy.json" } }),
    });
    render(<App host={host} loadCore={byAddress} />);
    await screen.findByText("一通目の判定");
    expect(screen.queryByText(/ポリシーファイルに誤りがあります/)).toBeNull();
  });

  it("falls back to the built-in policy when loading the policy rejects", async () => {
    const analyze = vi.fn(() => first);
    const host = createFakeHost({
      read: () => Promise.resolve(factsFrom("A", "a@first.example")),
      loadPolicy: () => Promise.reject(new Error("offline")),
    });
    render(<App host={host} loadCore={() => Promise.resolve({ analyze, defaultPolicy })} />);
    await screen.findByText("一通目の判定");
    expect(analyze).toHaveBeenCalledWith(factsFrom("A", "a@first.example"), defaultPolicy);
  });

  it("reads the first mail only after the policy has loaded, within its limits", async () => {
    const policy = {
      ...defaultPolicy,
      limits: { ...defaultPolicy.limits, maxBodyChars: 1234, maxAttachmentBytes: 5678 },
    };
    const pending = deferred<LoadedPolicy>();
    const read = vi.fn(() => Promise.resolve(factsFrom("A", "a@first.example")));
    const host = createFakeHost({ read, loadPolicy: () => pending.promise });
    render(<App host={host} loadCore={byAddress} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(read).not.toHaveBeenCalled();
    pending.resolve({ policy, source: { kind: "hosted", url: "https://x.example/policy.json" } });
    await screen.findByText("一通目の判定");
    expect(read).toHaveBeenCalledWith({ maxBodyChars: 1234, maxAttachmentBytes: 5678 });
  });

  it("loads the policy once for many messages", async () => {
    const loadPolicy = vi.fn(() =>
      Promise.resolve<LoadedPolicy>({ policy: defaultPolicy, source: { kind: "default" } }),
    );
    const host = createFakeHost({ read: () => Promise.resolve(factsFrom("A", "a@first.example")), loadPolicy });
    render(<App host={host} loadCore={byAddress} />);
    await screen.findByText("一通目の判定");
    act(() => {
      host.selectionChanged();
    });
    await screen.findByText("一通目の判定");
    expect(loadPolicy).toHaveBeenCalledTimes(1);
  });
});

describe("first-run pin tip", () => {
  it("is shown once where the pane can follow the selection, and remembered when dismissed", async () => {
    const host = createFakeHost({ canFollowSelection: true });
    const first = render(<App host={host} loadCore={byAddress} />);
    const tip = await screen.findByRole("region", { name: "おすすめ：この作業ウィンドウをピン留め" });
    expect(tip.textContent).toContain("ピンのアイコン");
    await userEvent.click(screen.getByRole("button", { name: "わかりました（ピン留めの案内を閉じる）" }));
    expect(screen.queryByRole("region", { name: "おすすめ：この作業ウィンドウをピン留め" })).toBeNull();
    expect(host.saved.get("pinHintDismissed")).toBe(true);
    first.unmount();

    render(<App host={host} loadCore={byAddress} />);
    await screen.findByText(/メールが選択されていません/);
    expect(screen.queryByRole("region", { name: "おすすめ：この作業ウィンドウをピン留め" })).toBeNull();
  });

  it("comes after the verdict, so a warning is read first", async () => {
    render(
      <App
        host={createFakeHost({
          canFollowSelection: true,
          read: () => Promise.resolve(factsFrom("A", "a@first.example")),
        })}
        loadCore={byAddress}
      />,
    );
    const tip = await screen.findByRole("region", { name: "おすすめ：この作業ウィンドウをピン留め" });
    const banner = await screen.findByRole("group", { name: "危険" });
    expect(banner.compareDocumentPosition(tip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("is not shown where the pane cannot follow the selection", async () => {
    render(<App host={createFakeHost({ canFollowSelection: false })} loadCore={byAddress} />);
    await screen.findByText(/メールが選択されていません/);
    expect(screen.queryByText(/ピン留め/)).toBeNull();
  });

  it("explains pinning in English too", async () => {
    render(<App host={createFakeHost({ canFollowSelection: true, language: "en" })} loadCore={byAddress} />);
    expect((await screen.findByRole("region", { name: "Tip: pin this pane" })).textContent).toContain("warning bar");
  });
});

describe("announcements", () => {
  it("announces each new verdict's headline once", async () => {
    const announce = vi.fn();
    const reads = [factsFrom("A", "a@first.example"), factsFrom("B", "b@second.example")];
    const host = createFakeHost({ read: () => Promise.resolve(reads.shift() ?? null) });
    render(
      <LanguageContext value="ja">
        <AnnounceProvider value={{ announce }}>
          <Pane host={host} loadCore={byAddress} />
        </AnnounceProvider>
      </LanguageContext>,
    );
    await screen.findByText("一通目の判定");
    act(() => {
      host.selectionChanged();
    });
    await screen.findByText("二通目の判定");
    expect(announce.mock.calls.map((call) => call[0] as unknown)).toEqual(["一通目の判定", "二通目の判定"]);
  });
});

describe("the read started before the first render", () => {
  it("is the first verdict's read, taken once, with the policy's limits; the next mail is read afresh", async () => {
    const limitsSeen: unknown[] = [];
    const reads = [factsFrom("A", "a@first.example"), factsFrom("B", "b@second.example")];
    const host = createFakeHost({
      read: (limits) => {
        limitsSeen.push(limits);
        return Promise.resolve(reads.shift() ?? null);
      },
    });
    startFirstRead(host);
    startFirstRead(host);
    expect(limitsSeen).toHaveLength(0);
    render(<App host={host} loadCore={byAddress} />);
    expect(await screen.findByText("一通目の判定")).toBeTruthy();
    expect(limitsSeen).toEqual([factLimitsOf(defaultPolicy)]);
    act(() => {
      host.selectionChanged();
    });
    expect(await screen.findByText("二通目の判定")).toBeTruthy();
    expect(limitsSeen).toHaveLength(2);
  });
});
