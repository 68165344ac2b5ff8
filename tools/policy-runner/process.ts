import { ChildProcess, spawn } from "child_process";
import { readFileSync } from "fs";
import { protos, runPolicyPackScript } from "./wire";

type Callback<T> = (error: Error | null, response: T) => void;

export type AnalyzerClient = InstanceType<ReturnType<typeof protos>["analyzerGrpc"]["AnalyzerClient"]>;

/** run-policy-pack takes the engine's address first but never connects to it. */
const ENGINE_ADDRESS_PLACEHOLDER = "127.0.0.1:0";
const RPC_TIMEOUT_MS = 300_000;
const OUTPUT_TAIL_BYTES = 64 * 1024;

/** Peak resident set size (VmHWM) of a process so far, in KiB, from Linux's /proc; `undefined` elsewhere or once it exited. */
export function peakRssKiB(pid: number | "self"): number | undefined {
    try {
        const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        return match ? Number(match[1]) : undefined;
    } catch {
        return undefined;
    }
}

/** Every child still running, killed when this process exits so none is left behind. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.on("exit", () => {
            for (const child of running) {
                try {
                    child.kill("SIGKILL");
                } catch {
                    // already gone
                }
            }
        });
    }
}

/** The pack's process: its port, its output (for error messages), its lifetime. */
export class PackProcess {
    client: AnalyzerClient | undefined;
    private readonly child: ChildProcess;
    private stdout = "";
    private stderr = "";
    private portLineSeen = false;
    private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    private readonly exited: Promise<void>;
    private spawnError: Error | undefined;
    private stopping: Promise<void> | undefined;

    constructor(private readonly dir: string) {
        const env = { ...process.env };
        for (const key of Object.keys(env)) {
            // A surrounding Pulumi program's engine/monitor, or ts-node settings of the caller
            // (e.g. transpile-only), must not leak into the pack: the CLI type-checks it.
            if (key.startsWith("PULUMI_NODEJS_") || key.startsWith("TS_NODE_")) {
                delete env[key];
            }
        }
        installExitHook();
        this.child = spawn(process.execPath, [runPolicyPackScript(), ENGINE_ADDRESS_PLACEHOLDER, dir], {
            cwd: dir,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        running.add(this.child);
        this.child.stdout?.setEncoding("utf8");
        this.child.stderr?.setEncoding("utf8");
        this.child.stdout?.on("data", (chunk: string) => (this.stdout = tail(this.stdout + chunk)));
        this.child.stderr?.on("data", (chunk: string) => (this.stderr = tail(this.stderr + chunk)));
        this.exited = new Promise((resolve) => {
            // 'close' follows 'error' when the process could not be spawned, and always follows 'exit'.
            this.child.on("error", (e) => (this.spawnError = e));
            this.child.on("close", (code, signal) => {
                this.exit = { code, signal };
                running.delete(this.child);
                resolve();
            });
        });
    }

    /** Resolves with the port from the first stdout line, exactly as the CLI reads it. */
    waitForPort(timeoutMs: number): Promise<number> {
        return new Promise((resolve, reject) => {
            let settled = false;
            const finish = (error: Error | undefined, port?: number) => {
                if (settled) return;
                settled = true;
                clearTimeout(timer);
                this.child.stdout?.off("data", onData);
                if (error) reject(error);
                else resolve(port as number);
            };
            const onData = () => {
                const newline = this.stdout.indexOf("\n");
                if (newline < 0) return;
                const line = this.stdout.slice(0, newline).trim();
                this.stdout = this.stdout.slice(newline + 1);
                this.portLineSeen = true;
                const port = Number(line);
                if (/^\d+$/.test(line) && port > 0 && port < 65536) {
                    finish(undefined, port);
                } else {
                    finish(this.failure(`wrote a non-numeric port to stdout (${JSON.stringify(line)})`));
                }
            };
            const timer = setTimeout(
                () => finish(this.failure(`did not report its port within ${timeoutMs} ms`)),
                timeoutMs,
            );
            this.child.stdout?.on("data", onData);
            onData();
            void this.exited.then(() => {
                // Let a final stdout chunk be parsed first.
                setImmediate(() => finish(this.failure("exited before it was ready")));
            });
        });
    }

    callMetadata() {
        return new (protos().grpc.Metadata)();
    }

    callOptions() {
        return { deadline: Date.now() + RPC_TIMEOUT_MS };
    }

    /** Runs one unary call; errors carry the pack's stderr (and its exit status if it died). */
    rpc<T>(name: string, invoke: (cb: Callback<T>) => unknown): Promise<T> {
        return new Promise((resolve, reject) => {
            invoke((error, response) => {
                if (!error) {
                    resolve(response);
                    return;
                }
                const details = (error as { details?: string }).details || error.message;
                // Give a dying process a moment to be reaped, so the error can say so.
                setTimeout(() => reject(this.failure(`${name} failed: ${details}`)), this.exit ? 0 : 50);
            });
        });
    }

    /** An Error naming the pack, what went wrong, the exit status if any, and stderr. */
    failure(what: string): Error {
        const status = this.exit
            ? ` (process exited with ${this.exit.signal ? `signal ${this.exit.signal}` : `code ${this.exit.code}`})`
            : "";
        const spawnError = this.spawnError ? `\n${this.spawnError.message}` : "";
        const stderr = this.stderr.trim() ? `\nstderr:\n${this.stderr.trimEnd()}` : "\nstderr: (empty)";
        const stdout = this.portLineSeen && this.stdout.trim() ? `\nstdout:\n${this.stdout.trimEnd()}` : "";
        return new Error(`policy pack ${this.dir} ${what}${status}${spawnError}${stderr}${stdout}`);
    }

    /**
     * CPU time (user + system) the process has used so far, in ms, from Linux's /proc; `undefined`
     * elsewhere. Unlike wall time, it does not grow when other work competes for the cores.
     */
    cpuMs(): number | undefined {
        try {
            const stat = readFileSync(`/proc/${this.child.pid}/stat`, "utf8");
            // Fields after the command name, which is in parentheses: utime and stime are the 12th and 13th, in 1/100 s.
            const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
            const ticks = Number(fields[11]) + Number(fields[12]);
            return Number.isFinite(ticks) ? ticks * 10 : undefined;
        } catch {
            return undefined;
        }
    }

    /**
     * Peak resident set size of the process so far (VmHWM), in KiB, from Linux's /proc; `undefined`
     * elsewhere or once the process has exited.
     */
    peakRssKiB(): number | undefined {
        return this.child.pid === undefined ? undefined : peakRssKiB(this.child.pid);
    }

    /** Closes the client and ends the process (SIGTERM, then SIGKILL after 5 s). */
    stop(): Promise<void> {
        if (this.stopping === undefined) {
            this.stopping = (async () => {
                try {
                    this.client?.close();
                } catch {
                    // closing is best effort
                }
                if (this.exit === undefined) {
                    this.child.kill("SIGTERM");
                    const killer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
                    await this.exited;
                    clearTimeout(killer);
                }
            })();
        }
        return this.stopping;
    }
}

function tail(text: string): string {
    return text.length > OUTPUT_TAIL_BYTES ? text.slice(text.length - OUTPUT_TAIL_BYTES) : text;
}
