/** A usage problem of the preview itself (missing stack file, bad flag): exit code 2. */
export class UsageError extends Error {}
