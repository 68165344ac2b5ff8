import { buildSync } from "esbuild";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";

const FUNCTIONS_DIR = path.join(__dirname, "..", "..", "functions");
const bundles = new Map<string, string>();

/**
 * functions/<name>/index.ts and everything it imports (the AWS SDK clients included, so that the
 * function runs the versions package-lock.json pins, not whatever the runtime ships) as one
 * CommonJS file. Deterministic: the same sources give the same bytes, so an unchanged function
 * shows no diff in a preview.
 */
export function bundleFunction(name: string): string {
    let code = bundles.get(name);
    if (code === undefined) {
        const result = buildSync({
            entryPoints: [path.join(FUNCTIONS_DIR, name, "index.ts")],
            bundle: true,
            platform: "node",
            target: "node24",
            format: "cjs",
            minify: true,
            legalComments: "none",
            write: false,
            logLevel: "silent",
        });
        code = result.outputFiles[0].text;
        bundles.set(name, code);
    }
    return code;
}

/** The bundle as the Lambda deployment package: `index.js`, handler `index.handler`. */
export function functionArchive(name: string): pulumi.asset.AssetArchive {
    return new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset(bundleFunction(name)) });
}
