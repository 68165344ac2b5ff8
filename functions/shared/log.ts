/** One JSON line per decision, so that CloudWatch Logs Insights can query the function's log. */
export function log(entry: Record<string, unknown>): void {
    console.log(JSON.stringify(entry));
}
