import { UNKNOWN, asString, defineResourcePolicy, stringList } from "../../lib";

export const FUNCTION = "aws:lambda/function:Function";

/** Runtimes AWS has deprecated (no security patches): https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html */
const DEPRECATED_RUNTIMES = [
    "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
    "python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
    "java8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7",
    "ruby2.5", "ruby2.7", "ruby3.2", "go1.x", "provided",
];

interface RuntimeConfig {
    readonly deprecatedRuntimes: readonly string[];
}

export function parseConfig(raw: Record<string, unknown>): RuntimeConfig {
    const list = stringList(raw["deprecatedRuntimes"]);
    return { deprecatedRuntimes: list.length > 0 ? list : DEPRECATED_RUNTIMES };
}

export function checkFunction(props: Record<string, unknown>, config: RuntimeConfig): string[] {
    const runtime = asString(props["runtime"]);
    if (runtime === UNKNOWN || runtime === undefined || !config.deprecatedRuntimes.includes(runtime.trim())) return [];
    return [`runtime ${JSON.stringify(runtime)} is deprecated (FSBP Lambda.2): it gets no security patches and AWS will block updates to the function; ` +
        "move to a supported runtime such as nodejs24.x or python3.13"];
}

export const definition = defineResourcePolicy<RuntimeConfig>({
    name: "lambda-supported-runtime",
    description: "Lambda functions do not use a deprecated runtime.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["Lambda.2"] },
    configSchema: {
        properties: {
            deprecatedRuntimes: {
                type: "array",
                items: { type: "string" },
                default: DEPRECATED_RUNTIMES,
                description: "Runtimes to flag (default: those AWS deprecated as of this pack's release).",
            },
        },
    },
    parseConfig,
    checks: { [FUNCTION]: checkFunction },
});
