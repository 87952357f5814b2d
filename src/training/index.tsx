import { createRoot } from "react-dom/client";
import { TrainingApp } from "./TrainingApp";

const root = document.getElementById("root");
if (root) {
  const language = /^ja\b/i.test(navigator.language) || navigator.language === "" ? "ja" : "en";
  createRoot(root).render(<TrainingApp initialLanguage={language} hash={location.hash} fetchFn={(url, init) => fetch(url, init)} baseUrl={new URL(".", location.href).href} />);
}
