import { log } from "../shared/log";

/** Error names AWS uses when a request was throttled: worth retrying after a pause. */
const THROTTLED = new Set(["Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled"]);

export const retrySettings = { attempts: 5, baseDelayMs: 200 };

/**
 * Runs `call`, retrying throttled requests with exponential backoff. The SDK retries too, but an
 * incident is when an account is busiest: the response must outlast a burst of throttling.
 */
export async function withRetry<T>(what: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await call();
        } catch (error) {
            const name = (error as { name?: string }).name ?? "";
            if (!THROTTLED.has(name) || attempt >= retrySettings.attempts) throw error;
            log({ outcome: "throttled", what, attempt });
            await new Promise(resolve => setTimeout(resolve, retrySettings.baseDelayMs * 2 ** (attempt - 1)));
        }
    }
}
