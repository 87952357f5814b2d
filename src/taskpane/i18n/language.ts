import { createContext, useContext } from "react";
import type { Language, Localized } from "../../core";
import { strings, type Strings } from "./strings";

export const LanguageContext = createContext<Language>("en");

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return strings[useLanguage()];
}

/** Picks the user's language from a core text. */
export function useLocalize(): (text: Localized) => string {
  const language = useLanguage();
  return (text) => text[language];
}
