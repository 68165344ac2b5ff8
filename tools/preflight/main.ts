/*
 * Preflight: a read-only check of the real AWS account before a stack's first `pulumi up`
 * (docs/preflight.md).
 *
 *   npm run preflight -- --stack NAME [--config-file FILE] [--json] [--help]
 *
 * Exit codes: 0 no blocking check failed, 1 a blocking check failed, 2 bad usage, config or
 * credentials, 3 the preflight itself failed.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import * as YAML from "yaml";
import { ConfigError, parseFoundationConfig, readStackConfigFile, StackFileError } from "../../config";
import { CredentialsError } from "./aws-errors";
import { awsClientsFor, type ClientSettings, type ClientsFor } from "./clients";
import { exitCodeOf, renderHuman, renderJson } from "./render";
import { runPreflight } from "./run";

const ROOT = path.resolve(__dirname, "..", "..");

export const USAGE = [
    "usage: npm run preflight -- --stack NAME [--config-file FILE] [--json] [--help]",
    "",
    "Read-only check of the AWS account before the first pulumi up of a stack (docs/preflight.md).",
    "Credentials: the AWS SDK's default chain (AWS_PROFILE, environment, SSO), or aws:profile in the stack config.",
    "  --stack NAME        the stack: its config is Pulumi.NAME.yaml, its name part of the pulumi import commands",
    "  --config-file FILE  read the stack config from FILE instead",
    "  --json              print one JSON object instead of the checklist",
    "Exit codes: 0 no blocking check failed, 1 a blocking check failed, 2 bad usage, config or credentials, 3 the preflight failed.",
].join("\n");

/** A usage problem: exit 2, with the usage. */
class UsageError extends Error {}

export interface MainIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
}

export interface MainDependencies {
    /** How clients are made; by default the SDK's, on the default credential chain. */
    readonly clientsFor?: (settings: ClientSettings) => ClientsFor;
}

function parseCommandLine(argv: string[]) {
    try {
        return parseArgs({
            args: argv,
            options: {
                stack: { type: "string" },
                "config-file": { type: "string" },
                json: { type: "boolean", default: false },
                help: { type: "boolean", default: false },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    } catch (e) {
        throw new UsageError((e as Error).message);
    }
}

/** The project's name from the Pulumi.yaml beside the stack file, or the repository's. */
function projectName(configFile: string): string {
    const beside = path.join(path.dirname(configFile), "Pulumi.yaml");
    const file = fs.existsSync(beside) ? beside : path.join(ROOT, "Pulumi.yaml");
    return String(YAML.parse(fs.readFileSync(file, "utf8")).name);
}

async function preflight(argv: string[], io: MainIo, dependencies: MainDependencies): Promise<number> {
    const options = parseCommandLine(argv);
    if (options.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
    }
    if (!options.stack) throw new UsageError("--stack is required");
    const stack = options.stack;
    const configFile = path.resolve(options["config-file"] ?? path.join(ROOT, `Pulumi.${stack}.yaml`));
    const values = readStackConfigFile(configFile);
    const project = projectName(configFile);
    const config = parseFoundationConfig(values, project);
    const org = config.organization;
    const settings: ClientSettings = {
        homeRegion: org.homeRegion,
        accessRoleName: org.accountAccessRoleName,
        sessionName: `${org.name}-preflight`,
        ...(values["aws:profile"] !== undefined && { profile: values["aws:profile"] }),
    };
    const clientsFor = (dependencies.clientsFor ?? awsClientsFor)(settings);
    const report = await runPreflight({ config, stack, project, clientsFor });
    io.stdout(options.json
        ? renderJson(report, stack, configFile)
        : renderHuman(report, `Preflight of stack ${stack} (${path.relative(process.cwd(), configFile) || configFile})`));
    return exitCodeOf(report.checks);
}

/** Runs the preflight; returns the exit code. Expected problems print a message, never a stack trace. */
export async function main(argv: string[], io: MainIo, dependencies: MainDependencies = {}): Promise<number> {
    try {
        return await preflight(argv, io, dependencies);
    } catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`${error.message}\n${USAGE}\n`);
            return 2;
        }
        if (error instanceof ConfigError || error instanceof StackFileError || error instanceof CredentialsError) {
            io.stderr(`${error.message}\n`);
            return 2;
        }
        io.stderr(`preflight failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        return 3;
    }
}

if (require.main === module) {
    main(process.argv.slice(2), { stdout: text => process.stdout.write(text), stderr: text => process.stderr.write(text) })
        .then(code => process.stdout.write("", () => process.exit(code)));
}
