/*
 * Every relative link of README.md, CONTRIBUTING.md and docs/**.md leads somewhere: the file exists,
 * and a #fragment names a heading of the target page as GitHub slugs it. Moving a section between
 * pages breaks the links into it; this is what notices.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..", "..");

function markdownFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith(".md") ? [full] : [];
    });
}

/** The lines outside fenced code blocks. */
function prose(text: string): string[] {
    let fenced = false;
    return text.split("\n").filter(line => {
        if (/^\s*```/.test(line)) {
            fenced = !fenced;
            return false;
        }
        return !fenced;
    });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
    return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}

/** The anchors of a page's headings; a repeated heading gets -1, -2, ... as on GitHub. */
function anchorsOf(file: string): Set<string> {
    const seen = new Map<string, number>();
    const anchors = new Set<string>();
    for (const line of prose(fs.readFileSync(file, "utf8"))) {
        const heading = line.match(/^#{1,6}\s+(.*)$/);
        if (!heading) continue;
        const base = slug(heading[1]);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        anchors.add(n === 0 ? base : `${base}-${n}`);
    }
    return anchors;
}

interface Link { readonly from: string; readonly target: string }

/** The relative links of a page, outside code blocks and inline code. */
function linksOf(file: string): Link[] {
    const text = prose(fs.readFileSync(file, "utf8")).join("\n").replace(/`[^`\n]*`/g, "``");
    return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1])
        .filter(target => !/^[a-z]+:/i.test(target))
        .map(target => ({ from: path.relative(ROOT, file), target }));
}

/** What is wrong with a link, or undefined. */
function brokenLink(link: Link): string | undefined {
    const [relative, fragment] = link.target.split("#", 2);
    const file = relative === "" ? path.join(ROOT, link.from) : path.resolve(ROOT, path.dirname(link.from), decodeURIComponent(relative));
    if (!fs.existsSync(file)) return `${link.from}: ${link.target}: no file ${path.relative(ROOT, file)}`;
    if (fragment === undefined) return undefined;
    if (!file.endsWith(".md")) return `${link.from}: ${link.target}: a fragment on a page that is not markdown`;
    return anchorsOf(file).has(fragment) ? undefined : `${link.from}: ${link.target}: no heading #${fragment} in ${path.relative(ROOT, file)}`;
}

const PAGES = [path.join(ROOT, "README.md"), path.join(ROOT, "CONTRIBUTING.md"), ...markdownFiles(path.join(ROOT, "docs"))];

describe("links of the README, CONTRIBUTING and docs/", () => {
    it("slugs headings as GitHub does", () => {
        assert.strictEqual(slug("The first `pulumi up`"), "the-first-pulumi-up");
        assert.strictEqual(slug("A. A brand-new AWS account (no organization yet)"), "a-a-brand-new-aws-account-no-organization-yet");
        assert.strictEqual(slug("Pulumi Cloud: Deployments, policies, drift (`foundation:pulumiCloud`)"), "pulumi-cloud-deployments-policies-drift-foundationpulumicloud");
        assert.strictEqual(slug("The Pulumi CLI's start-up without type-checking"), "the-pulumi-clis-start-up-without-type-checking");
        assert.strictEqual(slug("Logs are never lost: protection, retention, and what it takes to delete"), "logs-are-never-lost-protection-retention-and-what-it-takes-to-delete");
    });

    it("finds the links to check, and reports a missing file or heading by page and link", () => {
        const links = PAGES.flatMap(linksOf);
        assert.ok(links.length > 150, `only ${links.length} relative links found`);
        assert.ok(links.some(l => l.from === "README.md" && l.target === "docs/first-run.md"));
        assert.strictEqual(brokenLink({ from: "README.md", target: "docs/nowhere.md" }), "README.md: docs/nowhere.md: no file docs/nowhere.md");
        assert.strictEqual(brokenLink({ from: "docs/operations.md", target: "first-run.md#nowhere" }), "docs/operations.md: first-run.md#nowhere: no heading #nowhere in docs/first-run.md");
        assert.strictEqual(brokenLink({ from: "docs/operations.md", target: "#add-a-region" }), undefined);
    });

    it("resolves every relative link to an existing file, and every #fragment to a heading of it", () => {
        assert.deepStrictEqual(PAGES.flatMap(linksOf).map(brokenLink).filter(problem => problem !== undefined), []);
    });

    it("keeps the README a landing page of at most 250 lines that opens with the two commands of a fresh machine", () => {
        const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
        assert.ok(readme.split("\n").length <= 250, `README.md has ${readme.split("\n").length} lines`);
        const firstBlock = readme.slice(readme.indexOf("```sh\n"), readme.indexOf("```\n", readme.indexOf("```sh\n") + 5));
        assert.ok(firstBlock.includes("npm ci && npm run preview") && firstBlock.includes("npm ci && npm test"), firstBlock);
    });
});
