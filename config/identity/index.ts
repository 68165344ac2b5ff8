import { defineArea, optional, type Parsed } from "../area";
import type { OrganizationConfig } from "../organization/defaults";
import { checkIdentity } from "./checks";
import { identityWithDefaults } from "./defaults";
import { IdentitySchema } from "./schema";
import { identityWarnings } from "./warnings";

/** foundation:identity: IAM Identity Center. Absent: Identity Center is left alone. */
export const identityArea = defineArea({
    schemas: { identity: IdentitySchema },
    check: checkIdentity,
    complete: (parsed: { identity: Parsed<typeof IdentitySchema>; organization: OrganizationConfig }) =>
        optional("identity", parsed.identity && identityWithDefaults(parsed.identity, parsed.organization.homeRegion)),
    warnings: config => identityWarnings(config.identity),
});
