import type { DeepReadonly, Parsed } from "../area";
import type { IdentitySchema } from "./schema";

/** The Identity Center region needs the organization's home region: the one default the schema cannot hold. */
export function identityWithDefaults(identity: NonNullable<Parsed<typeof IdentitySchema>>, homeRegion: string) {
    return { ...identity, region: identity.region ?? homeRegion };
}

export type IdentityConfig = DeepReadonly<ReturnType<typeof identityWithDefaults>>;
