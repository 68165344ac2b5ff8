"use strict";
/*
 * One cold start of the program the way the Pulumi CLI's Node.js runtime starts it, for
 * `npm run bench -- --cli-startup` (tools/bench/cli-startup.ts). Plain JavaScript run by plain `node`:
 * nothing may register ts-node before @pulumi/pulumi's own `cmd/run/run.js` does.
 *
 * What it does: sets Pulumi's mock monitor, then loads `@pulumi/pulumi/cmd/run` (index.js, the entry
 * point the CLI's language host starts) with the language host's command line and the program "."
 * (no `main` in Pulumi.yaml: package.json's `main`, index.ts). index.js loads its instrumentation and
 * source-map-support and calls `run()` from `cmd/run/run.js`, which reads
 * PULUMI_NODEJS_TYPESCRIPT and PULUMI_NODEJS_TSCONFIG_PATH (what the language host sets from
 * Pulumi.yaml's `typescript` and `tsconfig` runtime options), registers ts-node with its own options
 * (type-checking unless the tsconfig's own compilerOptions say `noCheck` or
 * PULUMI_NODEJS_TRANSPILE_ONLY=true) and `require`s the program inside the root Stack resource.
 * The only difference from the CLI: the resource monitor is Pulumi's mock monitor instead of a gRPC
 * connection to the engine (the config comes from PULUMI_CONFIG as under the CLI).
 *
 * It notes when index.ts's imports have loaded (every module compiled, and type-checked unless
 * transpile-only), stops at the program's first resource registration (the mock monitor sees it once
 * the program's synchronous part has run: config validated, every resource constructed, the alerting
 * functions bundled) and prints one line:
 *   cli-startup-result {"ms":..,"cpuMs":..,"peakRssKiB":..,"importsMs":..,"importsCpuMs":..,"importsPeakRssKiB":..,"typeCheck":true|false}
 */
const fs = require("fs");

let registered = 0;
/** When index.ts's last import (components, config and all they import) finished loading, and the CPU time then. */
let imports;

function peakRssKiB() {
    const status = fs.readFileSync("/proc/self/status", "utf8");
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) : undefined;
}

const cpuMs = () => {
    const cpu = process.cpuUsage();
    return (cpu.user + cpu.system) / 1000;
};

function report(typeCheck) {
    const result = {
        // Since the process started (performance.timeOrigin), node's own start-up included.
        ms: performance.now(),
        cpuMs: cpuMs(),
        peakRssKiB: peakRssKiB(),
        importsMs: imports && imports.ms,
        importsCpuMs: imports && imports.cpuMs,
        importsPeakRssKiB: imports && imports.peakRssKiB,
        typeCheck,
    };
    fs.writeSync(1, `cli-startup-result ${JSON.stringify(result)}\n`);
    // Stopping mid-run leaves registrations pending, which Pulumi's exit handler reports as leaked
    // promises (and exits 1): expected here, so not printed and not an error.
    console.error = () => undefined;
    process.on("exit", () => (process.exitCode = 0));
    process.exit(0);
}

async function main() {
    const [root, project, stack] = process.argv.slice(2);
    process.chdir(root);
    const pulumi = require("@pulumi/pulumi");
    await pulumi.runtime.setMocks({
        newResource: args => {
            // The first registration is the root Stack resource, made before the program is loaded.
            if (args.type !== "pulumi:pulumi:Stack" && registered++ === 0) {
                const service = process[Symbol.for("ts-node.register.instance")];
                report(service === undefined ? undefined : !(service.options.transpileOnly === true && service.options.typeCheck !== true));
            }
            return { id: `${args.name}-id`, state: args.inputs };
        },
        call: () => ({}),
    }, project, stack, true);
    // Notes when each module index.ts imports has loaded (ts-node hooks require.extensions, not Module._load).
    const Module = require("module");
    const entry = require("path").join(root, "index.ts");
    const load = Module._load;
    Module._load = function (request, parent, ...rest) {
        const exported = load.call(this, request, parent, ...rest);
        if (parent && parent.filename === entry && registered === 0) imports = { ms: performance.now(), cpuMs: cpuMs(), peakRssKiB: peakRssKiB() };
        return exported;
    };
    // The language host's command line (the monitor address is never dialled: the mock monitor is set).
    process.argv = [process.argv[0], require.resolve("@pulumi/pulumi/cmd/run"),
        `--project=${project}`, `--stack=${stack}`, `--root-directory=${root}`, "--dry-run", "--monitor=127.0.0.1:0", "."];
    require("@pulumi/pulumi/cmd/run");
}

main().catch(error => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
});
// cmd/run exits when the program ends; reaching that means no resource was registered.
process.on("exit", code => {
    if (registered === 0 && code === 0) {
        console.error("the program registered no resource");
        process.exitCode = 1;
    }
});
