/** policy/policies/mq/: mq-broker-hardened, mq-broker-not-public. */
import * as assert from "assert";
import { UNKNOWN } from "../../../policy/lib";
import { definition as hardened } from "../../../policy/policies/mq/mq-broker-hardened";
import { definition as notPublic } from "../../../policy/policies/mq/mq-broker-not-public";
import { Props, happy } from "../factories";

const T = "aws:mq/broker:Broker";
const UPGRADE = (got: string) => `autoMinorVersionUpgrade should be true (FSBP MQ.3), got ${got}: minor engine versions carry the security fixes`;
const GENERAL = (got: string) => `logs.general should be true (foundation evidence), got ${got}: the broker's connection and error log goes nowhere`;
const AUDIT = (got: string) => `logs.audit should be true for an ActiveMQ broker (FSBP MQ.2), got ${got}: changes to users and destinations through JMX or the web console leave no record`;
const PUBLIC = "publiclyAccessible must not be true (foundation least-privilege): the broker's endpoints get public addresses, one password away from the queue";

describe("policy mq-broker-hardened", () => {
    const cases: Array<[string, Props, string[]]> = [
        ["RabbitMQ with general logs and upgrades", {}, []],
        ["upgrades off", { autoMinorVersionUpgrade: false }, [UPGRADE("false")]],
        ["upgrades left out (@pulumi/aws's default is false)", { autoMinorVersionUpgrade: undefined }, [UPGRADE("not set (false)")]],
        ["no logs block", { logs: undefined }, [GENERAL("not set (false)")]],
        ["an ActiveMQ broker without audit logs", { engineType: "ActiveMQ", logs: { general: true } }, [AUDIT("not set (false)")]],
        ["an ActiveMQ broker with both logs", { engineType: "ActiveMQ", logs: { general: true, audit: "true" } }, []],
        ["logs unknown", { logs: UNKNOWN }, []],
        ["upgrades unknown", { autoMinorVersionUpgrade: UNKNOWN }, []],
    ];
    for (const [title, change, expected] of cases) {
        it(title, () => assert.deepStrictEqual(hardened.check(T, { ...happy[T]!(), ...change }), expected));
    }
});

describe("checkov's Amazon MQ cases, as @pulumi/aws inputs", () => {
    const activemq = { brokerName: "example", engineType: "ActiveMQ", engineVersion: "5.16.3", hostInstanceType: "mq.t3.micro", autoMinorVersionUpgrade: true,
        users: [{ username: "admin", password: "not-a-real-password" }] };
    it("CKV_AWS_197 audit logs and CKV_AWS_48 general logs: enabled passes; left out and disabled are flagged", () => {
        assert.deepStrictEqual(hardened.check(T, { ...activemq, logs: { general: true, audit: true } }), []);
        assert.deepStrictEqual(hardened.check(T, activemq), [GENERAL("not set (false)"), AUDIT("not set (false)")]);
        assert.deepStrictEqual(hardened.check(T, { ...activemq, logs: { general: false, audit: false } }), [GENERAL("false"), AUDIT("false")]);
        assert.deepStrictEqual(hardened.check(T, { ...activemq, logs: { general: true } }), [AUDIT("not set (false)")]);
    });
    it("a RabbitMQ broker has no audit log to ask for", () => {
        assert.deepStrictEqual(hardened.check(T, { brokerName: "example", engineType: "RabbitMQ", hostInstanceType: "mq.t3.micro", autoMinorVersionUpgrade: true, logs: { general: false } }),
            [GENERAL("false")]);
    });
    it("CKV_AWS_207 minor upgrades: true passes, left out is flagged", () => {
        assert.deepStrictEqual(hardened.check(T, { ...activemq, autoMinorVersionUpgrade: undefined, logs: { general: true, audit: true } }), [UPGRADE("not set (false)")]);
    });
    it("CKV_AWS_69 public brokers: true is blocked; false and left out (@pulumi/aws's default is false) are not", () => {
        assert.deepStrictEqual(notPublic.check(T, { ...activemq, publiclyAccessible: true }), [PUBLIC]);
        assert.deepStrictEqual(notPublic.check(T, { ...activemq, publiclyAccessible: false }), []);
        assert.deepStrictEqual(notPublic.check(T, activemq), []);
    });
});

describe("policy mq-broker-not-public", () => {
    it("a public broker is reported; unset is private (@pulumi/aws sends false)", () => {
        assert.deepStrictEqual(notPublic.check("aws:mq/broker:Broker", { ...happy["aws:mq/broker:Broker"]!(), publiclyAccessible: true }),
            ["publiclyAccessible must not be true (foundation least-privilege): the broker's endpoints get public addresses, one password away from the queue"]);
    });
});
