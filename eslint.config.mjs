// ESLint 9 flat config: `npm run lint` (CI runs it), `npm run lint -- --fix` for the formatting rules.
// Syntax-only (no type information): tsc already type-checks everything (`npm run typecheck`), and
// type-aware rules would load @pulumi/aws's typings a second time (~20 s on 2 cores).
// The formatting rules describe the style the code already has: 4-space indent, double quotes,
// semicolons, trailing commas in multiline lists, binary operators at the end of a wrapped line and
// `?`/`:` at the start, code lines up to 180 characters (long string literals exempt), comments up to 160.
import js from "@eslint/js";
import stylistic from "@stylistic/eslint-plugin";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
    globalIgnores([
        "**/node_modules/",
        "policy/bin/",
        "reports/",
        ".stryker-tmp/",
        ".pulumi/",
        "out/",
        "offline-preview/",
    ]),
    {
        files: ["**/*.{ts,js,mjs}"],
        extends: [js.configs.recommended, tseslint.configs.recommended],
        plugins: { "@stylistic": stylistic },
        linterOptions: { reportUnusedDisableDirectives: "error" },
        languageOptions: { globals: globals.node },
        rules: {
            // Problems.
            "@typescript-eslint/no-unused-vars": ["error", {
                args: "after-used", argsIgnorePattern: "^_", varsIgnorePattern: "^_",
                caughtErrors: "all", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true,
            }],
            eqeqeq: ["error", "always"],
            "no-var": "error",
            "prefer-const": "error",
            curly: ["error", "multi-line"],
            "no-throw-literal": "error",
            "prefer-promise-reject-errors": "error",
            "array-callback-return": "error",
            "default-case-last": "error",
            "no-self-compare": "error",
            "no-unmodified-loop-condition": "error",
            "no-unreachable-loop": "error",
            "no-constructor-return": "error",
            "no-duplicate-imports": ["error", { allowSeparateTypeImports: true }],
            "no-eval": "error",
            "no-implied-eval": "error",
            "no-new-func": "error",
            "no-new-wrappers": "error",
            "no-extend-native": "error",
            "no-proto": "error",
            "no-caller": "error",
            "no-sequences": "error",
            "no-lone-blocks": "error",
            "no-useless-call": "error",
            "no-useless-computed-key": "error",
            "no-useless-rename": "error",
            "no-useless-return": "error",
            "object-shorthand": "error",
            radix: "error",

            // Format.
            "@stylistic/indent": ["error", 4],
            "@stylistic/quotes": ["error", "double", { avoidEscape: true, allowTemplateLiterals: "avoidEscape" }],
            "@stylistic/semi": ["error", "always"],
            "@stylistic/semi-spacing": "error",
            "@stylistic/semi-style": "error",
            "@stylistic/no-extra-semi": "error",
            "@stylistic/comma-dangle": ["error", "always-multiline"],
            "@stylistic/comma-spacing": "error",
            "@stylistic/comma-style": "error",
            "@stylistic/max-len": ["error", {
                code: 180, comments: 160, ignoreUrls: true,
                ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true,
            }],
            "@stylistic/operator-linebreak": ["error", "after", { overrides: { "?": "before", ":": "before" } }],
            "@stylistic/brace-style": ["error", "1tbs", { allowSingleLine: true }],
            "@stylistic/eol-last": "error",
            "@stylistic/linebreak-style": ["error", "unix"],
            "@stylistic/no-tabs": "error",
            "@stylistic/no-trailing-spaces": "error",
            "@stylistic/no-multiple-empty-lines": ["error", { max: 1, maxBOF: 0, maxEOF: 0 }],
            "@stylistic/no-multi-spaces": "error",
            "@stylistic/padded-blocks": ["error", "never"],
            "@stylistic/lines-between-class-members": ["error", "always", { exceptAfterSingleLine: true }],
            "@stylistic/array-bracket-spacing": ["error", "never"],
            "@stylistic/object-curly-spacing": ["error", "always"],
            "@stylistic/computed-property-spacing": ["error", "never"],
            "@stylistic/space-in-parens": ["error", "never"],
            "@stylistic/template-curly-spacing": ["error", "never"],
            "@stylistic/block-spacing": "error",
            "@stylistic/key-spacing": "error",
            "@stylistic/keyword-spacing": "error",
            "@stylistic/space-before-blocks": "error",
            "@stylistic/space-before-function-paren": ["error", { anonymous: "always", named: "never", asyncArrow: "always" }],
            "@stylistic/function-call-spacing": "error",
            "@stylistic/space-infix-ops": "error",
            "@stylistic/space-unary-ops": "error",
            "@stylistic/arrow-spacing": "error",
            "@stylistic/rest-spread-spacing": "error",
            "@stylistic/switch-colon-spacing": "error",
            "@stylistic/generator-star-spacing": ["error", { before: false, after: true }],
            "@stylistic/yield-star-spacing": ["error", "after"],
            "@stylistic/template-tag-spacing": "error",
            "@stylistic/no-whitespace-before-property": "error",
            "@stylistic/dot-location": ["error", "property"],
            "@stylistic/new-parens": "error",
            "@stylistic/no-floating-decimal": "error",
            "@stylistic/spaced-comment": ["error", "always", { markers: ["/"], block: { balanced: true } }],
            "@stylistic/member-delimiter-style": "error",
            "@stylistic/type-annotation-spacing": "error",
            "@stylistic/type-generic-spacing": "error",
            "@stylistic/type-named-tuple-spacing": "error",
        },
    },
    {
        // What gets deployed or loaded by the Pulumi engine: the program, the alerting functions
        // and the policy pack. The program reports through pulumi.log, the pack through violations;
        // the functions write JSON lines through their one logger.
        files: ["index.ts", "config/**", "components/**", "functions/**", "policy/**"],
        rules: { "no-console": "error" },
    },
    {
        files: ["functions/shared/log.ts"],
        rules: { "no-console": "off" },
    },
    {
        // Dev tooling and tests load modules at run time on purpose: the program again under the
        // mock runtime (require cache), and untyped internals of @pulumi/* (`@pulumi/policy/deserialize`).
        files: ["tools/**", "test/**"],
        rules: { "@typescript-eslint/no-require-imports": "off" },
    },
    {
        files: ["**/*.js"],
        languageOptions: { sourceType: "commonjs" },
        rules: { "@typescript-eslint/no-require-imports": "off" },
    },
]);
