import { type CheckInfo, type CheckResult, result } from "./result";

/*
 * How the preflight tells AWS's answers apart: an answer its check expects (no organization, no such
 * role), missing or bad credentials (a usage problem, exit 2), a denied or failed call (the check
 * cannot tell: WARN naming the IAM action), and anything else, a bug of the preflight (exit 3).
 */

/** No usable credentials: missing, expired or rejected. The CLI exits 2 with this message. */
export class CredentialsError extends Error {}

/** An AWS call that failed in a way its check does not expect: the check reports WARN ("could not check"). */
export class CouldNotCheck extends Error {
    constructor(readonly action: string, readonly cause: unknown) {
        super(`${action}: ${describeError(cause)}`);
    }

    get accessDenied(): boolean {
        return ACCESS_DENIED.has(errorName(this.cause));
    }
}

/** Error names AWS services use for a denied call (Organizations and most JSON services, IAM and STS, EC2, SNS-style). */
const ACCESS_DENIED = new Set(["AccessDeniedException", "AccessDenied", "UnauthorizedOperation", "AuthorizationError", "AuthorizationErrorException"]);

/** Error names that mean the credentials themselves are missing, expired or not recognised. */
const BAD_CREDENTIALS = new Set([
    "CredentialsProviderError", "TokenProviderError", "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId",
    "UnrecognizedClientException", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AuthFailure", "RequestExpired",
]);

const THROTTLED = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded"]);

export function errorName(error: unknown): string {
    return String((error as { name?: unknown } | undefined)?.name ?? "");
}

export function isCredentialsError(error: unknown): boolean {
    return BAD_CREDENTIALS.has(errorName(error)) || /could not load credentials|token is expired|sso session .* expired/i.test(String((error as Error)?.message));
}

/** An error the SDK raised for a call (it carries `$metadata`), as opposed to a bug in the preflight. */
export function isSdkError(error: unknown): boolean {
    return typeof error === "object" && error !== null && "$metadata" in error;
}

/** One line saying what went wrong, for a person. */
export function describeError(error: unknown): string {
    const name = errorName(error);
    const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
    const message = String((error as Error)?.message ?? error).split("\n")[0].trim();
    // What an endpoint that does not implement the call (an emulator) answers: an HTML page the SDK cannot parse.
    if (name === "SyntaxError" || /Deserialization error/.test(String((error as Error)?.message))) {
        return `the endpoint answered HTTP ${status ?? "?"} with something that is not an AWS response (is the call implemented there?)`;
    }
    if (THROTTLED.has(name)) return `${name}: ${message} (still throttled after the SDK's retries)`;
    return name && !message.startsWith(name) ? `${name}: ${message}` : message;
}

/**
 * Sends one call. Bad credentials become a CredentialsError, any other SDK error a CouldNotCheck
 * naming `action` (the IAM action of the call); errors that are not the SDK's (bugs) pass unchanged.
 */
export async function call<T>(action: string, send: () => Promise<T>): Promise<T> {
    try {
        return await send();
    } catch (error) {
        if (isCredentialsError(error)) throw new CredentialsError(credentialsMessage(error));
        if (isSdkError(error)) throw new CouldNotCheck(action, error);
        throw error;
    }
}

/** What to do about missing or bad credentials: where the SDK's default chain looks. */
export function credentialsMessage(error: unknown): string {
    return [
        `no usable AWS credentials: ${describeError(error)}`,
        "The preflight uses the AWS SDK's default credential chain, as pulumi up does: AWS_PROFILE (for an IAM Identity Center",
        "profile, run `aws sso login --profile NAME` first), or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN,",
        "or a web identity or container role; aws:profile in the stack config is used when set. Use credentials of the",
        "management account, never its root user.",
    ].join("\n");
}

/** "sts:AssumeRole was denied (...)" or "ec2:DescribeRegions failed: ...": what stopped a call, for a detail line. */
export function whatWentWrong(problem: CouldNotCheck): string {
    return problem.accessDenied ? `${problem.action} was denied (${describeError(problem.cause)})` : `${problem.action} failed: ${describeError(problem.cause)}`;
}

/** WARN: the check could not tell, naming the IAM action that was denied or the call that failed. */
export function couldNotCheckResult(check: CheckInfo, problem: CouldNotCheck, what: string): CheckResult {
    return problem.accessDenied
        ? result(check, "WARN", `could not check ${what}: ${whatWentWrong(problem)}`,
            `allow ${problem.action} to the credentials the preflight runs with (docs/preflight.md lists every action it needs), then run it again`)
        : result(check, "WARN", `could not check ${what}: ${whatWentWrong(problem)}`,
            "run the preflight again; if it keeps failing, check the network and AWS's service health (AWS_ENDPOINT_URL, when set, sends every call there)");
}

/** Runs a check; a call it did not expect to fail turns it into WARN "could not check <what>". */
export async function guarded(check: CheckInfo, what: string, run: () => Promise<CheckResult>): Promise<CheckResult> {
    try {
        return await run();
    } catch (error) {
        if (error instanceof CouldNotCheck) return couldNotCheckResult(check, error, what);
        throw error;
    }
}
