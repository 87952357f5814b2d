import { createContext, useContext } from "react";
import type { Language } from "../../core";
import { strings, type Strings } from "./strings";

export const LanguageContext = createContext<Language>("en");

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return strings[useLanguage()];
}
