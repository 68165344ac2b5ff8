/** A setting the program passes to a function; its absence is a deployment error, named. */
export function requiredSetting(env: NodeJS.ProcessEnv, name: string): string {
    const value = env[name];
    if (value === undefined || value === "") throw new Error(`environment variable ${name} is not set`);
    return value;
}
