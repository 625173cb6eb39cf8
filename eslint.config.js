import { readdirSync } from "node:fs";
import js from "@eslint/js";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Data is text: nothing of ours writes HTML from a string. */
const NO_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: "Data is never rendered as HTML.",
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: "Data is never rendered as HTML: build elements, or set textContent.",
  },
  {
    selector:
      "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: "Data is never rendered as HTML: build elements, or set textContent.",
  },
];

// What an embed may say to the page around it, and what it may hear from it: nothing.
const WINDOW_PARENT = {
  selector: "MemberExpression[object.name='window'][property.name='parent']",
  message: "Only the embed's height message goes to the parent frame (features/embed/use-post-height.ts).",
};
const EMBED_ISOLATION = [
  WINDOW_PARENT,
  {
    selector:
      "CallExpression[callee.property.name='addEventListener'][arguments.0.value='message'], AssignmentExpression[left.property.name='onmessage']",
    message: "Only the import worker and its caller handle messages; an embed hears nothing from its parent.",
  },
];

/**
 * The layers of src/ (docs/architecture.md): each folder and what it may import besides itself. Everything
 * else under src/ is out of bounds for it, whatever the path looks like: the rule resolves each import.
 */
const LAYERS = {
  domain: ["schema"],
  schema: ["domain"],
  data: ["domain", "schema"],
  "url-state": ["domain", "schema"],
  i18n: ["domain", "schema"],
  components: ["domain", "schema", "data", "url-state", "i18n"],
  shared: ["domain", "schema", "data", "url-state", "i18n", "components"],
  features: ["domain", "schema", "data", "url-state", "i18n", "components", "shared"],
  pages: ["domain", "schema", "data", "url-state", "i18n", "components", "shared", "features"],
  app: ["domain", "schema", "data", "url-state", "i18n", "components", "shared", "features", "pages"],
};
// main.tsx starts the app and loads the global styles; nothing imports either.
const ENTRY_POINTS = ["main.tsx", "styles"];

const ROOT = import.meta.dirname;
const SRC_ENTRIES = readdirSync(`${ROOT}/src`);
const unplaced = SRC_ENTRIES.filter((entry) => !(entry in LAYERS) && !ENTRY_POINTS.includes(entry));
if (unplaced.length > 0) {
  throw new Error(`src/${unplaced.join(", src/")}: in no layer; add it to LAYERS in eslint.config.js.`);
}

// The URL carries ?lang=, so url-state reads the list of languages (pure data), and nothing else of i18n.
const URL_STATE_LANGUAGES = {
  target: "src/url-state",
  from: "src/i18n",
  except: ["./languages.ts"],
  message: "url-state may use only the language list of i18n (i18n/languages.ts); translation happens above.",
};
const NARROW_ZONES = [URL_STATE_LANGUAGES];

const LAYER_ZONES = Object.entries(LAYERS).map(([layer, allowed]) => ({
  target: `src/${layer}`,
  from: SRC_ENTRIES.filter(
    (entry) =>
      entry !== layer &&
      !allowed.includes(entry) &&
      !NARROW_ZONES.some((zone) => zone.target === `src/${layer}` && zone.from === `src/${entry}`),
  ).map((entry) => `src/${entry}`),
  message: `src/${layer} may import only ${allowed.join(", ")} (docs/architecture.md).`,
}));

// A feature never imports another: what two features share lives in src/shared/<name>.
const FEATURE_ZONES = readdirSync(`${ROOT}/src/features`).map((feature) => ({
  target: `src/features/${feature}`,
  from: "src/features",
  except: [`./${feature}`],
  message: "A feature never imports another feature; move what both use to src/shared/<name>.",
}));

// Option builders colour from the palette they are given (chart-palette.ts), or from the data: a colour
// written into a builder would look the same in every theme.
const NO_COLOR_LITERALS = [
  {
    selector: "Literal[value=/^#[0-9a-fA-F]{3,8}$/], Literal[value=/^rgba?\\(/]",
    message:
      "Colour from the palette (ChartPalette) or the data, not a literal: it would not follow the theme.",
  },
  {
    selector: "TemplateElement[value.raw=/#[0-9a-fA-F]{3,8}\\b/]",
    message:
      "Colour from the palette (ChartPalette) or the data, not a literal: it would not follow the theme.",
  },
];

export default tseslint.config(
  { ignores: ["dist", "dist-*", "coverage", "node_modules", "bench/results"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests may assert that a value exists; a wrong guess fails the test, which is the point.
    files: ["**/*.test.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y, "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "import-x/no-cycle": "error",
      "import-x/no-self-import": "error",
      "import-x/no-restricted-paths": [
        "error",
        { basePath: ROOT, zones: [...LAYER_ZONES, ...FEATURE_ZONES, ...NARROW_ZONES] },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...NO_HTML, ...EMBED_ISOLATION],
      "no-restricted-properties": [
        "error",
        ...["top", "opener", "frames"].map((property) => ({
          object: "window",
          property,
          message: "An embed never reads the frames around it.",
        })),
        { object: "document", property: "referrer", message: "An embed never reads who embeds it." },
      ],
    },
  },
  {
    // The import worker and its caller are the only places that hear messages.
    files: ["src/data/import/parse.worker.ts", "src/data/import/parse-in-background.ts"],
    rules: { "no-restricted-syntax": ["error", ...NO_HTML] },
  },
  {
    // The embed posts its height to the page around it, and does nothing else with it.
    files: ["src/features/embed/use-post-height.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...NO_HTML,
        ...EMBED_ISOLATION.filter((rule) => rule !== WINDOW_PARENT),
      ],
    },
  },
  {
    // The domain core and the schemas know nothing of React or charts (the layers above say the rest).
    files: ["src/domain/**/*.{ts,tsx}", "src/schema/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@tanstack/*", "echarts*"],
              message: "The domain core stays free of UI libraries.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.option.ts"],
    rules: { "no-restricted-syntax": ["error", ...NO_HTML, ...EMBED_ISOLATION, ...NO_COLOR_LITERALS] },
  },
);
