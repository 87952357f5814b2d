import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../src/core/model/verdict";
import { Playground } from "./Playground";
import { languageOf } from "../../src/office/environment";

/**
 * The playground: the real task pane (in a frame, with the Office stand-in) on built-in sample
 * messages or the user's own .eml files. `?lang=en` opens it in English.
 */

function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked === "ja" || asked === "en") return asked;
  return languageOf(navigator.language);
}

function Root() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <Playground initialLanguage={language} onLanguage={setLanguage} />
    </FluentProvider>
  );
}

const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(<Root />);
