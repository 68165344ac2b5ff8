import * as assert from "assert";
import { parseFoundationConfig } from "../../config";
import { type ConfigDoc, exampleValues } from "../example-stack";
import { problemsOf } from "./problems-of";
import { warningsOf } from "./warnings-of";

const LOGGING = "foundation:logging";

describe("stack config: foundation:logging", () => {
    it("fills the strict defaults when the section is left out", () => {
        const config = parseFoundationConfig(exampleValues(d => { delete d[LOGGING]; }));
        const lifecycle = { transitions: [{ days: 90, storageClass: "GLACIER_IR" }], expirationDays: 730, noncurrentVersionExpirationDays: 365 };
        assert.deepStrictEqual(config.logging, {
            trail: {
                name: "acme-organization-trail",
                dataEvents: { s3: false, lambda: false },
                cloudWatchLogs: { retentionDays: 365, kmsEncrypted: true },
            },
            archive: { objectLock: { enabled: true, mode: "GOVERNANCE", days: 365 }, lifecycle },
            accessLogs: { lifecycle },
        });
    });

    it("ships an example stack that spells out exactly the defaults", () => {
        const spelled = parseFoundationConfig(exampleValues());
        const defaults = parseFoundationConfig(exampleValues(d => { delete d[LOGGING]; }));
        assert.deepStrictEqual(spelled.logging, defaults.logging);
    });

    it("names the trail after the organization unless configured", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            delete d[LOGGING].trail.name;
            d["foundation:organization"].name = "globex";
        }));
        assert.strictEqual(config.logging.trail.name, "globex-organization-trail");
    });

    it("overlays configured values on the defaults, key by key", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[LOGGING] = { archive: { objectLock: { mode: "COMPLIANCE" }, lifecycle: { expirationDays: "never" } } };
        }));
        assert.deepStrictEqual(config.logging.archive.objectLock, { enabled: true, mode: "COMPLIANCE", days: 365 });
        assert.deepStrictEqual(config.logging.archive.lifecycle, {
            transitions: [{ days: 90, storageClass: "GLACIER_IR" }], expirationDays: "never", noncurrentVersionExpirationDays: 365,
        });
    });

    const cases: [string, (doc: ConfigDoc) => void, string[]][] = [
        // shape
        ["a misspelled logging key", d => { d[LOGGING].archive.objectLok = {}; },
            ['foundation:logging.archive.objectLok: unknown key (did you mean "objectLock"?)']],
        ["a trail name AWS refuses", d => { d[LOGGING].trail.name = "my trail"; },
            ['foundation:logging.trail.name: "my trail" is not a valid trail name: 3-128 letters, digits, \'.\', \'_\' or \'-\', starting and ending with a letter or digit, no two separators in a row']],
        ["a trail name with two separators in a row", d => { d[LOGGING].trail.name = "acme--trail"; },
            ['foundation:logging.trail.name: "acme--trail" is not a valid trail name: 3-128 letters, digits, \'.\', \'_\' or \'-\', starting and ending with a letter or digit, no two separators in a row']],
        ["a CloudWatch Logs retention AWS does not offer", d => { d[LOGGING].trail.cloudWatchLogs.retentionDays = 100; },
            ["foundation:logging.trail.cloudWatchLogs.retentionDays: 100 is not a CloudWatch Logs retention (0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653; 0 keeps events forever)"]],
        ["data events switched with a string", d => { d[LOGGING].trail.dataEvents.s3 = "yes"; },
            ['foundation:logging.trail.dataEvents.s3: must be true or false, got "yes"']],
        ["an unknown object lock mode", d => { d[LOGGING].archive.objectLock.mode = "STRICT"; },
            ['foundation:logging.archive.objectLock.mode: "STRICT" must be GOVERNANCE or COMPLIANCE']],
        ["object lock of zero days", d => { d[LOGGING].archive.objectLock.days = 0; },
            ["foundation:logging.archive.objectLock.days: 0 must be at least 1 day"]],
        ["object lock beyond 100 years", d => { d[LOGGING].archive.objectLock.days = 36501; },
            ["foundation:logging.archive.objectLock.days: 36501 must be at most 36500 days"]],
        ["a fractional number of days", d => { d[LOGGING].archive.lifecycle.noncurrentVersionExpirationDays = 1.5; },
            ["foundation:logging.archive.lifecycle.noncurrentVersionExpirationDays: must be a whole number, got 1.5"]],
        ["an expiration that is neither days nor never", d => { d[LOGGING].accessLogs.lifecycle.expirationDays = "forever"; },
            ['foundation:logging.accessLogs.lifecycle.expirationDays: "forever" is not valid here']],
        ["an unknown storage class", d => { d[LOGGING].archive.lifecycle.transitions[0].storageClass = "GLACIERR"; },
            ['foundation:logging.archive.lifecycle.transitions[0].storageClass: "GLACIERR" is not a storage class S3 transitions to (STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER, DEEP_ARCHIVE)']],
        // meaning
        ["transitions out of order", d => {
            d[LOGGING].archive.lifecycle.transitions = [{ days: 180, storageClass: "GLACIER" }, { days: 90, storageClass: "DEEP_ARCHIVE" }];
        }, ["foundation:logging.archive.lifecycle.transitions[1].days: 90 is not after the previous transition (180 days): list transitions in increasing order of days"]],
        ["a transition to a warmer class", d => {
            d[LOGGING].archive.lifecycle.transitions = [{ days: 30, storageClass: "GLACIER_IR" }, { days: 60, storageClass: "STANDARD_IA" }];
        }, ["foundation:logging.archive.lifecycle.transitions[1].storageClass: S3 cannot move objects from GLACIER_IR to STANDARD_IA: each transition must go to a colder class (STANDARD_IA > INTELLIGENT_TIERING > ONEZONE_IA > GLACIER_IR > GLACIER > DEEP_ARCHIVE)"]],
        ["infrequent access sooner than S3 allows", d => { d[LOGGING].accessLogs.lifecycle.transitions = [{ days: 7, storageClass: "STANDARD_IA" }]; },
            ["foundation:logging.accessLogs.lifecycle.transitions[0].days: S3 moves objects to STANDARD_IA no sooner than 30 days after creation, got 7"]],
        ["a transition after expiration", d => { d[LOGGING].accessLogs.lifecycle.expirationDays = 60; },
            ["foundation:logging.accessLogs.lifecycle.transitions[0].days: 90 is not before expiration (60 days): the files would expire first"]],
        ["logs expiring before their object lock ends", d => { d[LOGGING].archive.lifecycle.expirationDays = 300; },
            ["foundation:logging.archive.lifecycle.expirationDays: 300 is shorter than the object lock retention (365 days, foundation:logging.archive.objectLock.days): locked log versions cannot expire before their retention ends"]],
        ["switches that are not true or false", d => {
            d[LOGGING].trail.cloudWatchLogs.kmsEncrypted = "no";
            d[LOGGING].archive.objectLock.enabled = 0;
        }, [
            'foundation:logging.trail.cloudWatchLogs.kmsEncrypted: must be true or false, got "no"',
            "foundation:logging.archive.objectLock.enabled: must be true or false, got 0",
        ]],
    ];

    for (const [what, mutate, expected] of cases) {
        it(`rejects ${what}`, () => {
            assert.deepStrictEqual(problemsOf(mutate), expected);
        });
    }

    it("accepts expiring never and transitions straight to deep archive", () => {
        const config = parseFoundationConfig(exampleValues(d => {
            d[LOGGING].archive.lifecycle = { transitions: [{ days: 0, storageClass: "DEEP_ARCHIVE" }], expirationDays: "never" };
        }));
        assert.deepStrictEqual(config.logging.archive.lifecycle.transitions, [{ days: 0, storageClass: "DEEP_ARCHIVE" }]);
    });

    it("does not compare expiry with the object lock once the lock is off", () => {
        assert.doesNotThrow(() => parseFoundationConfig(exampleValues(d => {
            d[LOGGING].archive.objectLock.enabled = false;
            d[LOGGING].archive.lifecycle.expirationDays = 300;
        })));
    });

    it("has none for settings stronger than the defaults", () => {
        assert.deepStrictEqual(warningsOf(d => {
            d[LOGGING].archive.objectLock.mode = "COMPLIANCE";
            d[LOGGING].trail.dataEvents = { s3: true, lambda: true };
            d[LOGGING].archive.lifecycle.expirationDays = "never";
        }), []);
    });

    const warningCases: [string, (doc: ConfigDoc) => void, string[]][] = [
        ["object lock off", d => { d[LOGGING].archive.objectLock.enabled = false; },
            ["foundation:logging.archive.objectLock.enabled: set to false, so new CloudTrail logs and GuardDuty findings get no Object Lock retention; anyone who may change the bucket policy can delete them"]],
        ["the trail's log group without a customer key", d => { d[LOGGING].trail.cloudWatchLogs.kmsEncrypted = false; },
            ["foundation:logging.trail.cloudWatchLogs.kmsEncrypted: set to false, so the trail's CloudWatch Logs group is encrypted with a key AWS manages, whose use no key policy of yours restricts"]],
    ];

    for (const [what, mutate, expected] of warningCases) {
        it(`warns about ${what}`, () => {
            assert.deepStrictEqual(warningsOf(mutate), expected);
        });
    }
});
