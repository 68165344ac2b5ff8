import { UNKNOWN, asRecord, asString, defineResourcePolicy } from "../../lib";

const REST_STAGE = "aws:apigateway/stage:Stage";
const HTTP_STAGE = "aws:apigatewayv2/stage:Stage";

const check = (controls: string) => (props: Record<string, unknown>): string[] => {
    const settings = asRecord(props["accessLogSettings"]);
    if (settings === UNKNOWN) return [];
    const destination = asString(settings?.["destinationArn"]);
    return destination === UNKNOWN || (typeof destination === "string" && destination.trim() !== "")
        ? []
        : [`accessLogSettings.destinationArn must name a CloudWatch Logs group (${controls}): without access logs there is no record of who called the API`];
};

export const definition = defineResourcePolicy({
    name: "apigateway-stage-access-logging",
    description: "API Gateway stages (REST and HTTP/WebSocket) write access logs.",
    enforcementLevel: "advisory",
    severity: "medium",
    controls: { fsbp: ["APIGateway.9"], foundation: ["evidence"] },
    checks: { [REST_STAGE]: check("foundation evidence"), [HTTP_STAGE]: check("FSBP APIGateway.9") },
});
