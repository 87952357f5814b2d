import { useCallback, useEffect, useRef, useState } from "react";
import type {
  ApiLevel,
  NewMessageForm,
  ShownNotification,
  StandinConfig,
  StandinControl,
} from "../standin-office/config";

/**
 * Drives the task pane in the frame. The frame loads the real taskpane.html with the Office
 * stand-in (the server swaps office.js when `?standin=1`), which reads its messages from this
 * page's `window.__standin`. Choosing another message of the same set fires ItemChanged, as in a
 * pinned pane; anything else (new files, language, client, policy) reloads the pane.
 */

export type FrameSetup = {
  readonly items: readonly { readonly emlBase64: string }[];
  readonly apiLevel: ApiLevel;
  readonly language: "ja" | "en";
  readonly policyText?: string;
};

export type OutlookSide = {
  readonly notifications: readonly ShownNotification[];
  readonly lastReport?: NewMessageForm;
};

function controlOf(frame: HTMLIFrameElement | null): StandinControl | undefined {
  try {
    return frame?.contentWindow?.__standinControl;
  } catch {
    return undefined;
  }
}

function configOf(setup: FrameSetup, selected: number): StandinConfig {
  return {
    items: setup.items,
    selected,
    apiLevel: setup.apiLevel,
    mobile: setup.apiLevel === "1.5",
    displayLanguage: setup.language === "ja" ? "ja-JP" : "en-US",
    ...(setup.policyText !== undefined
      ? { hostedFiles: { "policy.json": { status: 200, body: setup.policyText } } }
      : {}),
  };
}

export function usePaneFrame(setup: FrameSetup, selected: number) {
  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const [side, setSide] = useState<OutlookSide>({ notifications: [] });
  const loads = useRef(0);
  // Between setting a new src and its load event the frame still shows the old pane.
  const reloading = useRef(false);
  const selectedRef = useRef(selected);
  useEffect(() => {
    selectedRef.current = selected;
  }, [selected]);

  const reload = useCallback((config: StandinConfig) => {
    window.__standin = config;
    loads.current += 1;
    reloading.current = true;
    if (frameRef.current) frameRef.current.src = `taskpane.html?standin=1&load=${loads.current}`;
  }, []);

  // A new setup: publish the config, then (re)load the pane.
  useEffect(() => {
    if (setup.items.length > 0) reload(configOf(setup, selectedRef.current));
  }, [setup, reload]);

  // Same messages, another one chosen: the pinned pane follows through ItemChanged.
  useEffect(() => {
    const published = window.__standin;
    if (!published) return;
    if (reloading.current) {
      // The frame is loading: it will read the config, or be reloaded once it has loaded.
      window.__standin = { ...published, selected };
      return;
    }
    const control = controlOf(frameRef.current);
    if (!control || control.log.selected === selected) return;
    if (control.log.itemChangedHandlers > 0) control.select(selected);
    // A phone has no ItemChanged: Outlook opens the pane again for each message.
    else reload({ ...published, selected });
  }, [selected, reload]);

  // What Outlook would show around the pane: the item's notification bar and the report form.
  useEffect(() => {
    const timer = setInterval(() => {
      const log = controlOf(frameRef.current)?.log;
      if (!log) return;
      const notifications = [...(log.notifications[log.selected] ?? [])];
      const lastReport = log.newMessageForms[log.newMessageForms.length - 1];
      setSide((previous) => {
        const same =
          JSON.stringify(previous.notifications) === JSON.stringify(notifications) &&
          previous.lastReport === lastReport;
        return same ? previous : { notifications, ...(lastReport ? { lastReport } : {}) };
      });
    }, 300);
    return () => {
      clearInterval(timer);
    };
  }, []);

  const setFrame = useCallback((element: HTMLIFrameElement | null) => {
    frameRef.current = element;
  }, []);
  const onFrameLoad = useCallback(() => {
    reloading.current = false;
    const control = controlOf(frameRef.current);
    const published = window.__standin;
    if (control && published && control.log.selected !== selectedRef.current)
      reload({ ...published, selected: selectedRef.current });
  }, [reload]);

  return { setFrame, onFrameLoad, side };
}
