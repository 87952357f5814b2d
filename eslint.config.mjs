import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", "coverage/", "**/*.generated.ts", "lib/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Numbers and booleans in template strings are ordinary evidence text here.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "node:*", "fs", "path"], message: "src/core is pure: no UI, Office or Node imports." },
            { group: ["../office/*", "../taskpane/*", "../launchevent/*", "../cli/*", "../../office/*", "../../taskpane/*", "../../cli/*"], message: "src/core must not depend on adapters." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "localStorage", "fetch", "process"],
    },
  },
);
