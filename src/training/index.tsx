import { createRoot } from "react-dom/client";
import { TrainingApp } from "./TrainingApp";

const root = document.getElementById("root");
if (root) {
  // ?lang=ja|en wins (the pane's footer link and the playground pass it); else the browser's language.
  const asked = new URLSearchParams(location.search).get("lang");
  const language = asked === "ja" || asked === "en" ? asked : /^ja\b/i.test(navigator.language) ? "ja" : "en";
  createRoot(root).render(
    <TrainingApp
      initialLanguage={language}
      hash={location.hash}
      fetchFn={(url, init) => fetch(url, init)}
      baseUrl={new URL(".", location.href).href}
    />,
  );
}
