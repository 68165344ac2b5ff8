/** policy/policies/transfer/: transfer-server-no-ftp, transfer-server-security-policy. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as ftp } from "../../../policy/policies/transfer/transfer-server-no-ftp";
import { definition as securityPolicy } from "../../../policy/policies/transfer/transfer-server-security-policy";
import { happy } from "../factories";

const T = "aws:transfer/server:Server";
const OLD = (got: string) => `securityPolicyName should be a current policy such as "TransferSecurityPolicy-2025-03" (foundation encrypted-in-transit), got ${got}: ` +
    "the 2018 and 2020 policies keep algorithms AWS's current policies drop (the 2018-11 default accepts SHA-1 key exchange and MACs); AWS recommends its latest policy";
const FTP = 'protocols must not contain "FTP" (FSBP Transfer.2): FTP sends user names, passwords and files unencrypted; use "SFTP" or "FTPS"';

describe("policy transfer-server-security-policy", () => {
    const cases: Array<[string, unknown, string[]]> = [
        ["2025-03", "TransferSecurityPolicy-2025-03", []],
        ["2022-03", "TransferSecurityPolicy-2022-03", []],
        ["FIPS 2024-05", "TransferSecurityPolicy-FIPS-2024-05", []],
        ["the post-quantum experimental policy", "TransferSecurityPolicy-PQ-SSH-Experimental-2023-04", []],
        ["a policy name without a date", "TransferSecurityPolicy-Custom", []],
        ["left out (@pulumi/aws's default is 2018-11)", undefined, [OLD('not set ("TransferSecurityPolicy-2018-11")')]],
        ["2018-11", "TransferSecurityPolicy-2018-11", [OLD('"TransferSecurityPolicy-2018-11"')]],
        ["Restricted 2020-06", "TransferSecurityPolicy-Restricted-2020-06", [OLD('"TransferSecurityPolicy-Restricted-2020-06"')]],
        ["unknown", UNKNOWN, []],
    ];
    for (const [title, value, expected] of cases) {
        it(title, () => assert.deepStrictEqual(securityPolicy.check(T, { ...happy[T]!(), securityPolicyName: value }), expected));
    }
    it("checkov CKV_AWS_380: 2018-11 and FIPS-2020-06 are flagged, newer policies are not", () => {
        const base = { endpointType: "PUBLIC", identityProviderType: "SERVICE_MANAGED" };
        assert.deepStrictEqual(securityPolicy.check(T, { ...base, securityPolicyName: "TransferSecurityPolicy-2018-11" }), [OLD('"TransferSecurityPolicy-2018-11"')]);
        assert.deepStrictEqual(securityPolicy.check(T, { ...base, securityPolicyName: "TransferSecurityPolicy-FIPS-2020-06" }), [OLD('"TransferSecurityPolicy-FIPS-2020-06"')]);
        assert.deepStrictEqual(securityPolicy.check(T, { ...base, securityPolicyName: "TransferSecurityPolicy-2034-01" }), []);
        assert.deepStrictEqual(securityPolicy.check(T, { ...base, securityPolicyName: "TransferSecurityPolicy-FIPS-2034-01" }), []);
    });
    it("checkov CKV_AWS_357: FTP is blocked; SFTP and the default are not", () => {
        assert.deepStrictEqual(ftp.check(T, { protocols: ["FTP"], endpointType: "VPC" }), [FTP]);
        assert.deepStrictEqual(ftp.check(T, { protocols: ["SFTP"] }), []);
        assert.deepStrictEqual(ftp.check(T, {}), []);
    });
});

describe("policy transfer-server-no-ftp", () => {
    const T = "aws:transfer/server:Server";
    it("SFTP and FTPS pass; FTP is reported", () => {
        assert.deepStrictEqual(ftp.check(T, happy[T]!()), []);
        assert.deepStrictEqual(ftp.check(T, { protocols: ["SFTP", "FTPS"] }), []);
        assert.deepStrictEqual(ftp.check(T, {}), [], "the default is SFTP");
        assert.deepStrictEqual(ftp.check(T, { protocols: ["FTPS", "ftp"] }), [
            'protocols must not contain "FTP" (FSBP Transfer.2): FTP sends user names, passwords and files unencrypted; use "SFTP" or "FTPS"',
        ]);
    });
});
