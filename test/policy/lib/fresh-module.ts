/**
 * A new instance of a module, with its own module-level caches, as a pack process that has just
 * started has it: for the code behind a cache, which an instance shared with earlier tests would
 * not run again. The modules it imports stay shared (the same UNKNOWN marker). The shared instance
 * stays in require's cache for everything else.
 */
export function freshModule<T>(resolved: string): T {
    const saved = require.cache[resolved];
    delete require.cache[resolved];
    try {
        return require(resolved) as T;
    } finally {
        if (saved === undefined) delete require.cache[resolved];
        else require.cache[resolved] = saved;
    }
}
