import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { PanePort } from "../pane-port/pane-port";
import { createOfficeHost, preloadOfficeHost } from "../office/host";
import { App } from "./App";
import { loadCore } from "./core-loader";
import { OfficeDidNotStart, OutsideOffice, StartFailed } from "./components/OutsideOffice/OutsideOffice";
import { hostInfoLocale, waitForOffice } from "./startup";
import { loadDeferredParts } from "./deferred-loader";
import { LanguageContext, useStrings } from "./i18n/language";
import { languageOf } from "../office/environment";
import { errorText } from "../core/text/error-text";
import { markStartup } from "./startup-marks";
import { startFirstRead } from "./hooks/useMessageVerdict";

markStartup("entry");

// Fetch the detection library and the verdict's details while Office.js initialises; the pane awaits them when it first judges a mail.
// A failed load is handled where it is awaited, so the rejection here is deliberately ignored.
loadCore().catch(() => undefined);
loadDeferredParts().catch(() => undefined);
preloadOfficeHost();

function container(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const created = document.createElement("div");
  created.id = "root";
  document.body.append(created);
  return created;
}

let root: Root | undefined;

/** One React root for the page: the start-up spinner, then the pane or a standalone page. */
function pageRoot(): Root {
  root ??= createRoot(container());
  return root;
}

function Starting() {
  return <Spinner label={useStrings().loading} />;
}

/** Renders a page without a host, in the browser's language and colour scheme. */
function renderStandalone(content: ReactNode, languageTag: unknown): void {
  // unknown: Office's displayLanguage is typed as a string but comes from the host at run time.
  const language = languageOf(typeof languageTag === "string" ? languageTag : undefined);
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  pageRoot().render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <LanguageContext value={language}>{content}</LanguageContext>
    </FluentProvider>,
  );
}

function renderOutsideOffice(): void {
  renderStandalone(<OutsideOffice />, navigator.language);
}

function startInOutlook(office: typeof Office): void {
  let host: PanePort;
  try {
    host = createOfficeHost(office);
  } catch (error) {
    let languageTag: unknown = navigator.language;
    try {
      languageTag = office.context.displayLanguage;
    } catch {
      // Keep the browser's language.
    }
    renderStandalone(<StartFailed detail={errorText(error)} />, languageTag);
    return;
  }
  startFirstRead(host);
  pageRoot().render(<App host={host} />);
}

function startWith(host: unknown): void {
  // The typings say host is always set, but outside Office (a plain browser) it is null.
  if (host === null || host === undefined) {
    renderOutsideOffice();
    return;
  }
  startInOutlook(Office);
}

// office.js comes from a <script> tag; if it failed to load there is no Office global at all.
const officeGlobal = "Office" in globalThis ? Office : undefined;
// Before Office.js is ready, Outlook's language is only in the page address.
const outlookLanguage = hostInfoLocale(window.location.search) ?? navigator.language;
// React and Fluent start while Office.js initialises, so only the verdict is left once it is ready.
if (officeGlobal) renderStandalone(<Starting />, outlookLanguage);
void waitForOffice({ office: officeGlobal, location: window.location }, startWith).then((outcome) => {
  if (outcome.kind === "ready") {
    markStartup("office-ready");
    startWith(outcome.host);
  } else if (outcome.kind === "outsideOffice") renderOutsideOffice();
  else renderStandalone(<OfficeDidNotStart reason={outcome.kind} />, outlookLanguage);
});
