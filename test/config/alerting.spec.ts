import * as assert from "assert";
import { configWarnings, parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";

const ALERTING = "foundation:alerting";

describe("stack config: foundation:alerting", () => {
    it("reads the example", () => {
        const { alerting } = parseFoundationConfig(exampleValues());
        assert.deepStrictEqual(alerting?.subscriptions, [
            { protocol: "email", endpoint: "security@example.com" },
            { protocol: "https", endpoint: "https://alerts.example.com/aws" },
        ]);
        assert.strictEqual(alerting?.guardDutyMinimumSeverity, 7);
        assert.strictEqual(alerting?.cisAlarms, true);
        assert.strictEqual(alerting?.deduplicationDays, 90);
        assert.deepStrictEqual(alerting?.response.actOnOrganizationalUnits, ["Sandbox", "Workloads/NonProd"]);
        assert.strictEqual(alerting?.response.enabled, true);
        assert.strictEqual(alerting?.response.findingTypes.length, 19);
    });

    it("fills the defaults: High and up, CIS alarms on, 90 days, response in dry-run on every compromise type", () => {
        const { alerting } = parseFoundationConfig(exampleValues(d => { d[ALERTING] = { subscriptions: [{ protocol: "email", endpoint: "sec@example.com" }] }; }));
        assert.deepStrictEqual(alerting, {
            subscriptions: [{ protocol: "email", endpoint: "sec@example.com" }],
            guardDutyMinimumSeverity: 7,
            cisAlarms: true,
            deduplicationDays: 90,
            reserveConcurrency: false,
            response: {
                enabled: true,
                actOnOrganizationalUnits: [],
                findingTypes: [
                    "CryptoCurrency:EC2/BitcoinTool.B", "CryptoCurrency:EC2/BitcoinTool.B!DNS",
                    "Backdoor:EC2/C&CActivity.B", "Backdoor:EC2/C&CActivity.B!DNS",
                    "Backdoor:EC2/DenialOfService.Dns", "Backdoor:EC2/DenialOfService.Tcp", "Backdoor:EC2/DenialOfService.Udp",
                    "Backdoor:EC2/DenialOfService.UdpOnTcpPorts", "Backdoor:EC2/DenialOfService.UnusualProtocol", "Backdoor:EC2/Spambot",
                    "Trojan:EC2/BlackholeTraffic", "Trojan:EC2/BlackholeTraffic!DNS", "Trojan:EC2/DGADomainRequest.B", "Trojan:EC2/DGADomainRequest.C!DNS",
                    "Trojan:EC2/DNSDataExfiltration", "Trojan:EC2/DriveBySourceTraffic!DNS", "Trojan:EC2/DropPoint", "Trojan:EC2/DropPoint!DNS",
                    "Trojan:EC2/PhishingDomainRequest!DNS",
                ],
            },
        });
    });

    it("is optional, with a warning that nobody is alerted", () => {
        const config = parseFoundationConfig(exampleValues(d => { delete d[ALERTING]; }));
        assert.strictEqual(config.alerting, undefined);
        assert.deepStrictEqual(configWarnings(config).filter(w => w.path.startsWith(ALERTING)), [{
            path: "foundation:alerting",
            message: "is not set, so GuardDuty, Security Hub and Access Analyzer findings and the CIS alarms notify nobody: add at least one subscription",
        }]);
    });

    it("warns about each weakening", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[ALERTING].cisAlarms = false;
            d[ALERTING].guardDutyMinimumSeverity = 8;
            d[ALERTING].response = { enabled: false };
        }));
        assert.deepStrictEqual(configWarnings(config).filter(w => w.path.startsWith(ALERTING)).map(w => w.path), [
            "foundation:alerting.cisAlarms", "foundation:alerting.guardDutyMinimumSeverity", "foundation:alerting.response.enabled",
        ]);
        assert.deepStrictEqual(config.alerting?.response.actOnOrganizationalUnits, []);
    });

    const cases: [string, (d: ConfigDoc) => void, string[]][] = [
        ["a severity outside GuardDuty's range", d => { d[ALERTING].guardDutyMinimumSeverity = 0.5; }, [
            "foundation:alerting.guardDutyMinimumSeverity: 0.5 must be at least 1.0 (GuardDuty's lowest severity)",
        ]],
        ["a severity above 10", d => { d[ALERTING].guardDutyMinimumSeverity = 10.5; }, [
            "foundation:alerting.guardDutyMinimumSeverity: 10.5 must be at most 10.0 (GuardDuty's highest severity)",
        ]],
        ["an unknown finding type", d => { d[ALERTING].response.findingTypes = ["Backdoor:EC2/C&CActivity.B", "Recon:EC2/Portscan"]; }, [
            'foundation:alerting.response.findingTypes[1]: "Recon:EC2/Portscan" is not a GuardDuty finding type of a compromised EC2 instance (see the allowed values in docs/reference/config.md)',
        ]],
        ["an action scope that names no OU", d => { d[ALERTING].response.actOnOrganizationalUnits = ["Sandbox", "Workloads/Dev"]; }, [
            'foundation:alerting.response.actOnOrganizationalUnits[1]: "Workloads/Dev" is not an OU path declared in foundation:organizationalUnits (e.g. "Workloads/NonProd")',
        ]],
        ["an OU listed twice", d => { d[ALERTING].response.actOnOrganizationalUnits = ["Sandbox", "Sandbox"]; }, [
            'foundation:alerting.response.actOnOrganizationalUnits[1]: "Sandbox" is listed twice',
        ]],
        ["OUs to act on with the response off", d => { d[ALERTING].response = { enabled: false, actOnOrganizationalUnits: ["Sandbox"] }; }, [
            "foundation:alerting.response.actOnOrganizationalUnits: lists OUs to act on, but response.enabled is false: remove the list or turn the response on",
        ]],
        ["an invalid email", d => { d[ALERTING].subscriptions = [{ protocol: "email", endpoint: "security" }]; }, [
            'foundation:alerting.subscriptions[0].endpoint: "security" is not an email',
        ]],
        ["a webhook that is not https", d => { d[ALERTING].subscriptions = [{ protocol: "https", endpoint: "http://alerts.example.com" }]; }, [
            'foundation:alerting.subscriptions[0].endpoint: "http://alerts.example.com" is not an https:// URL',
        ]],
        ["an unknown protocol", d => { d[ALERTING].subscriptions = [{ protocol: "sms", endpoint: "+15555550100" }]; }, [
            'foundation:alerting.subscriptions[0].protocol: "sms" must be email or https',
        ]],
        ["no subscription", d => { d[ALERTING].subscriptions = []; }, [
            "foundation:alerting.subscriptions: must list at least one subscription: alerts nobody receives are not alerts",
        ]],
        ["the same address twice, in another case", d => {
            d[ALERTING].subscriptions = [{ protocol: "email", endpoint: "sec@example.com" }, { protocol: "email", endpoint: "Sec@Example.com" }];
        }, ['foundation:alerting.subscriptions[1].endpoint: "sec@example.com" is listed twice']],
        ["a runbook URL with a trailing slash", d => { d[ALERTING].runbookBaseUrl = "https://example.com/runbooks/"; }, [
            'foundation:alerting.runbookBaseUrl: "https://example.com/runbooks/" is not an https:// URL without a trailing slash',
        ]],
        ["a deduplication period of zero days", d => { d[ALERTING].deduplicationDays = 0; }, [
            "foundation:alerting.deduplicationDays: 0 must be at least 1 day",
        ]],
        ["a concurrency switch that is not a boolean", d => { d[ALERTING].reserveConcurrency = "yes"; }, [
            'foundation:alerting.reserveConcurrency: must be true or false, got "yes"',
        ]],
        ["a misspelt key", d => { d[ALERTING].respones = {}; }, [
            'foundation:alerting.respones: unknown key (did you mean "response"?)',
        ]],
    ];
    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => assert.deepStrictEqual(problemsOf(mutate), expected));
    }
});
