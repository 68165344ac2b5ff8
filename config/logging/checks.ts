import { INFREQUENT_ACCESS_CLASSES, MIN_DAYS_BEFORE_INFREQUENT_ACCESS, TRANSITION_STORAGE_CLASSES } from "../../catalog/aws-values";
import type { Written } from "../area";
import { keyPath, type ConfigProblem } from "../problems";
import { DEFAULT_LIFECYCLE, DEFAULT_OBJECT_LOCK, type LifecycleSchema, type LoggingSchema } from "./schema";

type Lifecycle = Written<typeof LifecycleSchema>;

/** Transitions move to colder classes on later days, and all happen before the files expire. */
function checkLifecycle(lifecycle: Lifecycle | undefined, at: (string | number)[]): ConfigProblem[] {
    const problems: ConfigProblem[] = [];
    const transitions = lifecycle?.transitions ?? DEFAULT_LIFECYCLE.transitions;
    const expiration = lifecycle?.expirationDays ?? DEFAULT_LIFECYCLE.expirationDays;
    let previous: { days: number; rank: number; storageClass: string } | undefined;
    transitions.forEach((transition, i) => {
        if (transition?.days === undefined || transition.storageClass === undefined) return;
        const { days, storageClass } = transition;
        const path = keyPath("logging", [...at, "transitions", i]);
        const rank = TRANSITION_STORAGE_CLASSES.indexOf(storageClass);
        if (INFREQUENT_ACCESS_CLASSES.includes(storageClass) && days < MIN_DAYS_BEFORE_INFREQUENT_ACCESS) {
            problems.push({ path: `${path}.days`, message: `S3 moves objects to ${storageClass} no sooner than ${MIN_DAYS_BEFORE_INFREQUENT_ACCESS} days after creation, got ${days}` });
        }
        if (previous && days <= previous.days) {
            problems.push({ path: `${path}.days`, message: `${days} is not after the previous transition (${previous.days} days): list transitions in increasing order of days` });
        }
        if (previous && rank <= previous.rank) {
            problems.push({ path: `${path}.storageClass`, message: `S3 cannot move objects from ${previous.storageClass} to ${storageClass}: each transition must go to a colder class (${TRANSITION_STORAGE_CLASSES.join(" > ")})` });
        }
        if (typeof expiration === "number" && days >= expiration) {
            problems.push({ path: `${path}.days`, message: `${days} is not before expiration (${expiration} days): the files would expire first` });
        }
        previous = { days, rank, storageClass };
    });
    return problems;
}

/** Meaning checks of foundation:logging. */
export function checkLogging({ logging }: { readonly logging?: Written<typeof LoggingSchema> }): ConfigProblem[] {
    const archive = logging?.archive;
    const problems = [
        ...checkLifecycle(archive?.lifecycle, ["archive", "lifecycle"]),
        ...checkLifecycle(logging?.accessLogs?.lifecycle, ["accessLogs", "lifecycle"]),
    ];
    const lock = { ...DEFAULT_OBJECT_LOCK, ...archive?.objectLock };
    const expiration = archive?.lifecycle?.expirationDays ?? DEFAULT_LIFECYCLE.expirationDays;
    if (lock.enabled && typeof lock.days === "number" && typeof expiration === "number" && expiration < lock.days) {
        problems.push({
            path: keyPath("logging", ["archive", "lifecycle", "expirationDays"]),
            message: `${expiration} is shorter than the object lock retention (${lock.days} days, foundation:logging.archive.objectLock.days): locked log versions cannot expire before their retention ends`,
        });
    }
    return problems;
}
