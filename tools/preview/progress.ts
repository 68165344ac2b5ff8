/**
 * A one-line progress status for a terminal, redrawn in place with `\r`: "analysing 1200/4702
 * resources…". It writes only to the stream it is given (the preview gives stderr), only when that
 * stream is a TTY and progress is enabled (the preview disables it with --json), and only once the
 * wait has lasted `delayMs`: a quick run prints nothing, a pipe or CI log never sees a `\r`.
 * `stop()` erases the line, so the report that follows starts on a clean line.
 */

/** The part of a `tty.WriteStream` the status needs (a fake in tests). */
export interface ProgressStream {
    readonly isTTY?: boolean;
    /** Terminal width: the status is cut to fit, as a wrapped line cannot be redrawn with `\r`. */
    readonly columns?: number;
    write(text: string): unknown;
}

export interface ProgressOptions {
    /** false: never write (e.g. --json). Default true. */
    readonly enabled?: boolean;
    /** Show nothing until the wait has lasted this long. Default 1000 ms. */
    readonly delayMs?: number;
    /** How often the status is redrawn; 0 = never by itself (call `tick()`). Default 100 ms. */
    readonly intervalMs?: number;
    /** Clock in ms (tests). Default Date.now. */
    readonly now?: () => number;
}

/** Erase from the cursor to the end of the line (ANSI EL). */
const ERASE_LINE = "\x1b[K";

export class Progress {
    /** Whether this status writes anything at all: enabled, and the stream is a TTY. */
    public readonly active: boolean;
    private readonly delayMs: number;
    private readonly intervalMs: number;
    private readonly now: () => number;
    private status: () => string = () => "";
    private startedAt: number | undefined;
    private shown: string | undefined;
    private timer: ReturnType<typeof setInterval> | undefined;

    constructor(private readonly stream: ProgressStream, options: ProgressOptions = {}) {
        this.active = (options.enabled ?? true) && stream.isTTY === true;
        this.delayMs = options.delayMs ?? 1000;
        this.intervalMs = options.intervalMs ?? 100;
        this.now = options.now ?? Date.now;
    }

    /**
     * Sets what the line says: a text, or a function read at each redraw (for counts that move
     * without telling anyone, such as resources registered). The first call starts the clock;
     * the line is redrawn every `intervalMs`, never more often, however often this is called.
     */
    set(status: string | (() => string)): void {
        if (!this.active) return;
        this.status = typeof status === "string" ? () => status : status;
        if (this.startedAt === undefined) {
            this.startedAt = this.now();
            if (this.intervalMs > 0) {
                this.timer = setInterval(() => this.tick(), this.intervalMs);
                // Never keeps the process alive.
                this.timer.unref?.();
            }
        }
    }

    /** Redraws the line if the wait has lasted long enough and the text changed. */
    tick(): void {
        if (!this.active || this.startedAt === undefined) return;
        if (this.now() - this.startedAt < this.delayMs) return;
        let text = this.status();
        const width = this.stream.columns;
        if (width !== undefined && width > 1 && text.length > width - 1) text = `${text.slice(0, width - 2)}…`;
        if (text === this.shown) return;
        this.stream.write(`\r${text}${ERASE_LINE}`);
        this.shown = text;
    }

    /** Stops redrawing and erases the line if anything was shown. Safe to call more than once. */
    stop(): void {
        if (this.timer !== undefined) clearInterval(this.timer);
        this.timer = undefined;
        if (this.shown !== undefined) this.stream.write(`\r${ERASE_LINE}`);
        this.shown = undefined;
        this.startedAt = undefined;
    }
}
