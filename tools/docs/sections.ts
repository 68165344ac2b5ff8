/*
 * Generated sections of hand-written pages: the text between a start and an end marker (both kept),
 * or every match of a pattern, rewritten from the code by `npm run docs`.
 */

/** One generated part of a page: `apply` returns the page with that part rewritten. */
export interface GeneratedSection {
    readonly name: string;
    apply(text: string, file: string): string;
}

/**
 * The section between `<!-- name:start ... -->` and `<!-- name:end -->` (the exact `start` and `end`
 * markers given), replaced by `render()`, which holds both markers. A page may hold it more than once;
 * a page that should hold it and does not is an error, so that a moved page cannot drop it silently.
 */
export function markerSection(name: string, start: string, end: string, render: () => string): GeneratedSection {
    return {
        name,
        apply(text, file) {
            let out = "";
            let rest = text;
            let found = 0;
            for (let from = rest.indexOf(start); from >= 0; from = rest.indexOf(start)) {
                const to = rest.indexOf(end, from);
                if (to < 0) throw new Error(`${file} has ${start} without ${end}`);
                out += rest.slice(0, from) + render();
                rest = rest.slice(to + end.length);
                found++;
            }
            if (found === 0) throw new Error(`${file} has no generated section ${start} ... ${end}`);
            return out + rest;
        },
    };
}

/** Every match of `pattern` (global) replaced by `replace(match)`; at least one match must exist. */
export function patternSection(name: string, pattern: RegExp, replace: (...groups: string[]) => string): GeneratedSection {
    return {
        name,
        apply(text, file) {
            if (text.match(pattern) === null) throw new Error(`${file} has no ${name} (${pattern.source})`);
            return text.replace(pattern, (...args: string[]) => replace(...args));
        },
    };
}
