import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { definitions, stackDefinitions } from "../../policy/policies";
import type { RecommendedSetting, RecommendedStack } from "./recommended/corpus";

/*
 * Never block what AWS itself recommends: every setting of the corpus (test/policy/recommended/*.ts,
 * each with the AWS page that recommends it) passes every mandatory policy, and gets exactly the
 * advisory findings its entry lists.
 */

const CORPUS = path.join(__dirname, "recommended");
const files = fs.readdirSync(CORPUS).filter(file => file.endsWith(".ts") && file !== "corpus.ts").sort();

const loaded = files.map(file => ({ file, corpus: require(path.join(CORPUS, file)) as { settings?: RecommendedSetting[]; stacks?: RecommendedStack[] } }));

const levelOf = new Map([...definitions, ...stackDefinitions].map(d => [d.metadata.name, d.metadata.enforcementLevel]));

describe("AWS-recommended settings: no mandatory finding, exactly the advisory ones listed", () => {
    it("has a corpus", () => assert.ok(files.length > 0));
    for (const { file, corpus } of loaded) {
        for (const setting of corpus.settings ?? []) {
            it(`${file}: ${setting.type} ${setting.title}`, () => {
                assert.match(setting.source, /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|repost\.aws)\//, "names the AWS page");
                const findings = definitions.flatMap(d => d.check(setting.type, setting.props, undefined, setting.name ?? "recommended")
                    .map(message => ({ policy: d.metadata.name, level: d.metadata.enforcementLevel, message })));
                assert.deepStrictEqual(findings.filter(f => f.level === "mandatory"), []);
                assert.deepStrictEqual([...new Set(findings.map(f => f.policy))].sort(), [...(setting.advisory ?? [])].sort());
            });
        }
        for (const stack of corpus.stacks ?? []) {
            it(`${file}: ${stack.title} (stack)`, () => {
                assert.match(stack.source, /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|repost\.aws)\//, "names the AWS page");
                const resources = stack.resources.map(r => ({
                    urn: `urn:pulumi:recommended::corpus::${r.type}::${r.name}`, type: r.type, name: r.name, props: r.props,
                    dependencies: (r.dependsOn ?? []).map(name => `urn:pulumi:recommended::corpus::${stack.resources.find(o => o.name === name)!.type}::${name}`),
                }));
                const findings = stackDefinitions.flatMap(d => d.check(resources).map(v => ({ policy: d.metadata.name, level: levelOf.get(d.metadata.name), message: v.message })));
                const perResource = stack.resources.flatMap(r => definitions.flatMap(d => d.check(r.type, r.props, undefined, r.name)
                    .map(message => ({ policy: d.metadata.name, level: d.metadata.enforcementLevel, message }))));
                const all = [...findings, ...perResource];
                assert.deepStrictEqual(all.filter(f => f.level === "mandatory"), []);
                assert.deepStrictEqual([...new Set(all.map(f => f.policy))].sort(), [...(stack.advisory ?? [])].sort());
            });
        }
    }
});
