import { type ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";

/*
 * moto (https://github.com/getmoto/moto), an AWS emulator, for end-to-end tests of code that calls AWS:
 * MOTO_URL (e.g. http://127.0.0.1:5000) when set, otherwise one `moto_server` this process starts on a
 * free loopback port when the binary is on PATH; without either, the suites that use it are skipped
 * with a message saying how to install it. State is reset before every test (POST /moto-api/reset).
 *
 * The code under test runs in child processes (runTs): the AWS SDK reads AWS_ENDPOINT_URL when a
 * client is made, and other specs replace SDK clients' `send` on the classes' prototypes
 * (aws-sdk-client-mock), which would intercept calls made in this process.
 */

const ROOT = path.join(__dirname, "..");
export const INSTALL_HINT = "pip install 'moto[server]'";

let started: Promise<string | undefined> | undefined;
let server: ChildProcess | undefined;

/** An executable `name` in a PATH directory, if any. */
function onPath(name: string): string | undefined {
    for (const dir of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
        const file = path.join(dir, name);
        try {
            fs.accessSync(file, fs.constants.X_OK);
            return file;
        } catch {
            // not here
        }
    }
    return undefined;
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once("error", reject);
        probe.listen(0, "127.0.0.1", () => {
            const { port } = probe.address() as net.AddressInfo;
            probe.close(() => resolve(port));
        });
    });
}

async function answers(url: string): Promise<boolean> {
    try {
        return (await fetch(`${url}/moto-api/`)).ok;
    } catch {
        return false;
    }
}

async function startServer(binary: string): Promise<string> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // Its log goes to a file, never a pipe: a pipe this process does not drain (runTs blocks) would stall moto.
    const log = path.join(os.tmpdir(), `moto-server-${port}.log`);
    const fd = fs.openSync(log, "w");
    server = spawn(binary, ["-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", fd, fd] });
    fs.closeSync(fd);
    server.unref();
    process.once("exit", () => {
        server?.kill();
        fs.rmSync(log, { force: true });
    });
    const tail = () => fs.readFileSync(log, "utf8").slice(-2000);
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
        if (server.exitCode !== null) throw new Error(`moto_server exited with ${server.exitCode}: ${tail()}`);
        if (await answers(url)) return url;
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    server.kill();
    throw new Error(`moto_server did not answer on ${url} within 30 s: ${tail()}`);
}

/** moto's URL: MOTO_URL, or a server started once for this process; undefined when neither is available. */
export function motoUrl(): Promise<string | undefined> {
    started ??= (async () => {
        const configured = process.env.MOTO_URL?.replace(/\/+$/, "");
        if (configured) {
            if (!(await answers(configured))) throw new Error(`MOTO_URL=${configured} does not answer (GET ${configured}/moto-api/)`);
            return configured;
        }
        const binary = onPath("moto_server");
        return binary ? startServer(binary) : undefined;
    })();
    return started;
}

let hinted = false;

export interface MotoHandle {
    /** moto's URL, once the suite's `before` has run. */
    readonly url: () => string;
    /** The environment for a child process that talks to moto: fake credentials, no profile, moto's endpoint. */
    readonly env: (extra?: Record<string, string>) => NodeJS.ProcessEnv;
}

/**
 * Registers the suite's hooks: find or start moto (or skip the suite with the install hint), and reset
 * its state before each test. Call inside `describe`.
 */
export function useMoto(): MotoHandle {
    let url: string | undefined;
    before(async function () {
        this.timeout(60000);
        url = await motoUrl();
        if (!url) {
            if (!hinted) {
                hinted = true;
                console.log(`      moto tests skipped: MOTO_URL is not set and moto_server is not on PATH; install it with ${INSTALL_HINT}`);
            }
            this.skip();
        }
    });
    beforeEach(async () => {
        const response = await fetch(`${url}/moto-api/reset`, { method: "POST" });
        if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
    });
    return {
        url: () => url!,
        env: (extra = {}) => {
            const env: NodeJS.ProcessEnv = { ...process.env };
            for (const key of Object.keys(env)) {
                if (key.startsWith("AWS_")) delete env[key];
            }
            return {
                ...env,
                AWS_ENDPOINT_URL: url,
                AWS_ACCESS_KEY_ID: "testing",
                AWS_SECRET_ACCESS_KEY: "testing",
                AWS_REGION: "us-east-1",
                // Nothing from the developer's own AWS config.
                AWS_CONFIG_FILE: os.devNull,
                AWS_SHARED_CREDENTIALS_FILE: os.devNull,
                AWS_EC2_METADATA_DISABLED: "true",
                ...extra,
            };
        },
    };
}

/** Runs a TypeScript file of this repository in a child Node (ts-node, transpile-only). */
export function runTs(file: string, args: readonly string[], env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, file), ...args], {
        cwd: ROOT, env, encoding: "utf8", timeout: 120000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
