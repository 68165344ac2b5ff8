/*
 * Prints a Mermaid picture of the organization a stack's config describes.
 *   npm run -s diagram -- [--stack prod]
 * Reads Pulumi.<stack>.yaml as the offline preview does; exit 1 with a one-line error on bad input.
 */
import * as path from "path";
import { parseArgs } from "util";
import { ConfigError, parseFoundationConfig, readStackConfigFile, StackFileError } from "../../config";
import { UsageError } from "../preview/stack-config";
import { organizationDiagram } from "./mermaid";

const ROOT = path.resolve(__dirname, "..", "..");
const USAGE = "usage: npm run -s diagram -- [--stack NAME]";

/** The stack's config file. */
export const stackFile = (stack: string, root = ROOT) => path.join(root, `Pulumi.${stack}.yaml`);

/** The diagram of `Pulumi.<stack>.yaml`; throws UsageError or ConfigError (naming the file) on bad input. */
export function stackDiagram(stack: string, root = ROOT): string {
    const file = stackFile(stack, root);
    try {
        return organizationDiagram(parseFoundationConfig(readStackConfigFile(file)));
    } catch (e) {
        if (e instanceof ConfigError) throw new UsageError(`${file}: ${e.message}`);
        if (e instanceof StackFileError) throw new UsageError(e.message);
        throw e;
    }
}

function main(argv: string[]): number {
    try {
        let values;
        try {
            values = parseArgs({ args: argv, options: { stack: { type: "string", default: "prod" }, help: { type: "boolean", default: false } }, strict: true }).values;
        } catch (e) {
            throw new UsageError(`${(e as Error).message}; ${USAGE}`);
        }
        if (values.help) {
            process.stdout.write(`${USAGE}\n`);
            return 0;
        }
        process.stdout.write(stackDiagram(values.stack));
        return 0;
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        process.stderr.write(`diagram: ${e.message}\n`);
        return 1;
    }
}

if (require.main === module) {
    process.exitCode = main(process.argv.slice(2));
}
