/**
 * Loaded by Stryker only (stryker.config.json, mochaOptions.require). Its mocha runner credits code
 * to the test whose `beforeEach` ran last, so a suite's `before` hook (where the component specs
 * run the program) is credited to the previous suite's last test: a mutant there would run that
 * unrelated test only and survive. This credits a `before` hook's code to every test of its suite.
 */
import { Suite } from "mocha";

interface Coverage { perTest: Record<string, Record<string, number>> }
interface Instrumenter { currentTestId?: string; mutantCoverage?: Coverage }

const instrumenter = (): Instrumenter | undefined => (globalThis as { __stryker__?: Instrumenter }).__stryker__;

function testsOf(suite: Suite): string[] {
    return [...suite.tests.map(t => t.fullTitle()), ...suite.suites.flatMap(testsOf)];
}

function creditSuite(sentinel: string, suite: Suite): void {
    const perTest = instrumenter()?.mutantCoverage?.perTest;
    const hookCoverage = perTest?.[sentinel];
    if (!perTest || !hookCoverage) return;
    delete perTest[sentinel];
    for (const test of testsOf(suite)) {
        const coverage = (perTest[test] ??= {});
        for (const [mutant, hits] of Object.entries(hookCoverage)) coverage[mutant] = (coverage[mutant] ?? 0) + hits;
    }
}

type Hook = (this: Mocha.Context) => unknown;
type BeforeAll = (this: Suite, titleOrHook?: string | Hook, hook?: Hook) => Suite;
const prototype = Suite.prototype as unknown as { beforeAll: BeforeAll };
const beforeAll = prototype.beforeAll;

prototype.beforeAll = function (titleOrHook, maybeHook) {
    const hook = typeof titleOrHook === "function" ? titleOrHook : maybeHook;
    // Hooks that take a `done` callback are left alone: the specs use async hooks.
    if (!hook || hook.length > 0) return beforeAll.call(this, titleOrHook, maybeHook);
    const sentinel = `before hook of ${this.fullTitle()} #${Math.random()}`;
    const credited: Hook = async function () {
        const context = instrumenter();
        if (!context?.mutantCoverage) return hook.call(this);
        const previous = context.currentTestId;
        context.currentTestId = sentinel;
        try {
            return await hook.call(this);
        } finally {
            context.currentTestId = previous;
        }
    };
    const registered = typeof titleOrHook === "function" ? beforeAll.call(this, credited) : beforeAll.call(this, titleOrHook, credited);
    this.afterAll(() => creditSuite(sentinel, this));
    return registered;
};
