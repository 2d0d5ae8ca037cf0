// Lint: typescript-eslint's type-checked rules, Next's rules, React hooks, and the room
// boundaries of DESIGN.md. Formatting is Biome's job (biome.json), not ESLint's.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { boundaryConfigs, localPlugin } from "./eslint/boundaries.js";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/db/generated/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".bench/**",
      ".test-dbs/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, local: localPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "local/client-boundary": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/only-throw-error": "off",
      // Async functions that satisfy a Promise-returning contract need no await of their own.
      "@typescript-eslint/require-await": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression[expression.property.name='fieldErrors']",
          message: "Field errors come from fieldErrorsOf (lib/http/form-action), not a cast.",
        },
      ],
    },
  },
  {
    // Tests and scripts may use non-null assertions on fixtures they built themselves.
    files: ["tests/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-restricted-syntax": "off",
      // Tests read JSON answers and fixtures whose shape the assertions themselves check.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // A stored JSON column is read through parseJsonColumn (lib/db/json-columns) and its zod schema.
    // no-restricted-syntax replaces, not merges, so the project-wide entry is repeated here.
    files: ["lib/db/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression[expression.property.name='fieldErrors']",
          message: "Field errors come from fieldErrorsOf (lib/http/form-action), not a cast.",
        },
        {
          selector: "TSAsExpression > CallExpression[callee.object.name='JSON'][callee.property.name='parse']",
          message: "Read a JSON column with parseJsonColumn and its schema (lib/db/json-columns), not a cast.",
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    // Node scripts and configs run in Node, with its globals.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly", setTimeout: "readonly", URL: "readonly" },
    },
  },
  ...boundaryConfigs,
);
