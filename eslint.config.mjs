import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import layers from "./scripts/eslint/layers.js";

// Office add-in rules (load-before-read, sync-before-read, no sync in loops...) and prettier,
// from eslint-plugin-office-addins' recommended set; its React set for the task pane.
const [jsRecommended, prettierOff, addinRules] = officeAddins.configs.recommended;

export default [
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-results/", ".jest-cache/"] },
  jsRecommended,
  prettierOff,
  {
    ...addinRules,
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: {
      ...addinRules.languageOptions,
      parser: tsParser,
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    rules: {
      ...addinRules.rules,
      // TypeScript checks names and globals itself; the JS rule misreads type-only identifiers.
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    // exceljs and plain Node code: the Office.js load/sync rules misread their objects.
    files: ["src/workbook/xlsx/**", "src/cli/**", "bench/**", "scripts/**"],
    rules: Object.fromEntries(
      Object.keys(addinRules.rules)
        .filter((rule) => rule.startsWith("office-addins/"))
        .map((rule) => [rule, "off"]),
    ),
  },
  ...officeAddins.configs.react
    .filter((config) => config.plugins?.react && !config.plugins?.prettier && config.rules)
    .map((config) => ({
      ...config,
      files: ["**/*.tsx"],
      settings: { react: { version: "19" } },
      rules: { ...config.rules, "react/react-in-jsx-scope": "off", "react/prop-types": "off" },
    })),
  // The layers of src/ and no import cycle (README, Architecture; rules in scripts/eslint/layers.js).
  layers.layersConfig,
];
