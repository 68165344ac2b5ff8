import { UNKNOWN, asBool, asRecord, defineResourcePolicy } from "../../lib";

const METHOD_SETTINGS = "aws:apigateway/methodSettings:MethodSettings";

const cachedUnencrypted = (props: Record<string, unknown>) => {
    const settings = asRecord(props["settings"]);
    if (settings === undefined || settings === UNKNOWN || asBool(settings["cachingEnabled"]) !== true) return undefined;
    const encrypted = asBool(settings["cacheDataEncrypted"]);
    return encrypted === true || encrypted === UNKNOWN ? undefined : { settings, encrypted };
};

function checkMethodSettings(props: Record<string, unknown>): string[] {
    const found = cachedUnencrypted(props);
    return found === undefined
        ? []
        : [`settings.cacheDataEncrypted must be true where settings.cachingEnabled is true (FSBP APIGateway.5), got ${found.encrypted === false ? "false" : "not set (the default is false)"}: ` +
            "cached responses, which may carry your users' data, would be stored unencrypted"];
}

export const definition = defineResourcePolicy({
    name: "apigateway-cache-encrypted",
    description: "API Gateway REST API method settings that turn on caching also encrypt the cache.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["APIGateway.5"] },
    checks: { [METHOD_SETTINGS]: checkMethodSettings },
    remediations: {
        [METHOD_SETTINGS]: (props) => {
            const found = cachedUnencrypted(props);
            return found === undefined ? undefined : { settings: { ...found.settings, cacheDataEncrypted: true } };
        },
    },
});
