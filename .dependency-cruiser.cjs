/**
 * The layering (CONTRIBUTING.md, "Where things are"): imports flow one way,
 * catalog/ -> config/ -> components/ -> index.ts, pulumi-cloud/ and tools/, with no cycle anywhere.
 * `npm run lint` runs this check (dependency-cruiser), so CI fails on an import that breaks it.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: "no-cycles",
            severity: "error",
            comment: "An import cycle: a module that needs itself to load. Move what both sides share one layer down.",
            from: {},
            to: { circular: true },
        },
        {
            name: "catalog-is-the-ground-floor",
            severity: "error",
            comment: "catalog/ holds pure data and pure functions: it imports no other folder of the program and no @pulumi package.",
            from: { path: "^catalog/" },
            to: { pathNot: ["^catalog/", "^node_modules/(?!@pulumi/)"] },
        },
        {
            name: "config-sits-on-catalog",
            severity: "error",
            comment: "config/ may import only catalog/ (and libraries): components, tools and the entry points are built on config, not under it.",
            from: { path: "^config/" },
            to: { path: ["^components/", "^tools/", "^functions/", "^pulumi-cloud/", "^index\\.ts$", "^policy/(?!pack-name\\.ts$)", "^test/"] },
        },
        {
            name: "components-sit-on-config",
            severity: "error",
            comment: "components/ may import catalog/, config/ and the Lambda handlers it bundles (functions/), never the entry points or tools. " +
                "Of the pack (its own package) only its name, policy/pack-name.ts.",
            from: { path: "^components/" },
            to: { path: ["^tools/", "^pulumi-cloud/", "^index\\.ts$", "^policy/(?!pack-name\\.ts$)", "^test/"] },
        },
        {
            name: "functions-stand-alone",
            severity: "error",
            comment: "functions/ are Lambda handlers bundled on their own: they import no program code.",
            from: { path: "^functions/" },
            to: { path: ["^catalog/", "^config/", "^components/", "^tools/", "^pulumi-cloud/", "^index\\.ts$", "^policy/", "^test/"] },
        },
        {
            name: "the-program-does-not-import-tools",
            severity: "error",
            comment: "The entry points are what `pulumi up` runs: tools and tests are never part of it.",
            from: { path: ["^index\\.ts$", "^pulumi-cloud/"] },
            to: { path: ["^tools/", "^test/"] },
        },
        {
            name: "tools-do-not-import-tests",
            severity: "error",
            from: { path: ["^tools/", "^policy/"] },
            to: { path: "^test/" },
        },
        {
            name: "shipped-code-imports-no-agpl",
            severity: "error",
            comment: "@cloud-copilot/iam-simulate, iam-expand, iam-policy and iam-utils are AGPL-3.0: tests only (README, Licences).",
            from: { pathNot: "^test/" },
            to: { path: "node_modules/@cloud-copilot/iam-(simulate|expand|policy|utils)/" },
        },
    ],
    options: {
        doNotFollow: { path: "node_modules" },
        exclude: { path: ["^scratch/", "^test/fixtures/layers/", "^\\.stryker-tmp/", "^reports/", "^policy/bin/"] },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: "tsconfig.json" },
        moduleSystems: ["cjs", "es6"],
        // Packages that only name their entry points in `exports` (as @cloud-copilot/iam-simulate does) resolve too.
        enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["require", "import", "node", "default"] },
    },
};
