// House rules that tools enforce (issue 8, docs/decisions/0009). The import boundaries keep the
// architecture of README.md true: pure domain rules, a server layer that alone talks to the
// database, and pages and components that only reach data through it.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const prisma = ["@prisma/*", "@/generated/*", "**/generated/prisma/*"];
const db = ["@/server/db", "@/server/prisma-client", "**/server/db", "**/server/prisma-client"];
// Internal helpers of a server area (an `intern.ts` module or an `intern/` folder) take an
// already-checked user: only other server modules call them, never a page, action or component.
const intern = ["@/server/**/intern", "@/server/**/intern/**", "**/server/**/intern", "**/server/**/intern/**"];
const INTERN_MELDING =
  "Internal server helpers trust their caller: pages and components read through a query or use case (src/server/pipeline), never an intern module.";

const geenRuweSql = {
  selector: "CallExpression[callee.property.name='$queryRawUnsafe']",
  message: "Use the tagged $queryRaw: never build SQL from strings.",
};

/** Domain purity: no server, no framework. */
const domeinPuur = [
  [["@/server/*", "**/server/*", "server-only"], "src/domain holds pure policy rules: it never imports src/server."],
  [["next", "next/*", "react", "react-dom", ...prisma], "src/domain is framework-free: no Next, React or Prisma."],
];

/** no-restricted-imports with messages that say which rule an import breaks. */
const verbied = (...groepen) => ({
  "no-restricted-imports": ["error", { patterns: groepen.map(([group, message]) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "src/generated/",
      "var/",
      "test-results/",
      "playwright-report/",
      "scripts/schema-engine/",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": ["error", geenRuweSql],
    },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    // A domain test may compare the rules with the schema's enums; the rules themselves may not.
    ignores: ["src/domain/**/*.test.ts"],
    rules: verbied(...domeinPuur),
  },
  {
    // The calendar is the bottom of the domain: every other rule may use it, it uses none of them.
    files: ["src/domain/kalender/**/*.{ts,tsx}"],
    rules: verbied(...domeinPuur, [["../*", "@/*"], "src/domain/kalender imports nothing else from the portal."]),
  },
  {
    // One Dutch clock (issue 22): the zone is named once, in src/domain/kalender/zone.ts.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/domain/kalender/zone.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        geenRuweSql,
        {
          selector: "Literal[value='Europe/Amsterdam']",
          message: "Use NEDERLANDSE_TIJDZONE or inNederland from src/domain/kalender: the Dutch clock lives in one place.",
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: verbied(
      [[...prisma, ...db], "Pages and actions reach data through src/server use cases, never the database client or Prisma."],
      [intern, INTERN_MELDING],
    ),
  },
  {
    files: ["src/components/**/*.{ts,tsx}"],
    rules: verbied(
      [[...prisma, ...db], "Components reach data through src/server use cases, never the database client or Prisma."],
      [["@/app/*", "**/app/*"], "Components never import from src/app: move what they share to src/components or src/domain."],
      [intern, INTERN_MELDING],
    ),
  },
  {
    // One env module: every setting is read and validated in src/server/env.ts.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/server/env.ts", "src/instrumentation.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings from src/server/env.ts (validated once, clear message at start)." },
      ],
    },
  },
  {
    files: ["**/*.mjs", "scripts/**/*.{ts,mjs}", "bench/**/*.ts", "prisma/**/*.ts", "tests/**/*.ts", "*.config.*"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        __dirname: "readonly",
      },
    },
  },
);
