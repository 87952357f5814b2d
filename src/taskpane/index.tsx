import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../office/host";
import { App } from "./App";
import { loadCore } from "./core-loader";
import { OutsideOffice } from "./components/OutsideOffice/OutsideOffice";
import { LanguageContext } from "./i18n/language";

// Fetch the detection library while Office.js initialises; the pane awaits it when it first judges a mail.
// A failed load is handled where it is awaited, so the rejection here is deliberately ignored.
loadCore().catch(() => undefined);

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "root";
  document.body.append(created);
  return created;
}

function renderOutsideOffice(): void {
  const language = navigator.language.toLowerCase().startsWith("ja") ? "ja" : "en";
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  createRoot(container()).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <LanguageContext value={language}>
        <OutsideOffice />
      </LanguageContext>
    </FluentProvider>,
  );
}

// office.js comes from a <script> tag; if it failed to load there is no Office global at all.
if (!("Office" in globalThis)) {
  renderOutsideOffice();
} else {
  void Office.onReady().then((info) => {
    // The typings say host is always set, but outside Office (a plain browser) it is null.
    const host = info.host as Office.HostType | null;
    if (host === null) {
      renderOutsideOffice();
      return;
    }
    createRoot(container()).render(<App host={createOfficeHost(Office)} />);
  });
}
