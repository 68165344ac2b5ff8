import { defineArea } from "../area";
import { adoptionWarnings } from "./adoption";
import { checkOrganization } from "./checks";
import { unitWithPath, type AccountConfig, type OrganizationConfig, type OrganizationalUnitConfig } from "./defaults";
import { AccountsSchema, OrganizationalUnitsSchema, OrganizationSchema, type RawOrganizationalUnit } from "./schema";

/** foundation:organization, organizationalUnits and accounts: the organization, its OU tree and its member accounts. */
export const organizationArea = defineArea({
    schemas: { organization: OrganizationSchema, organizationalUnits: OrganizationalUnitsSchema, accounts: AccountsSchema },
    check: checkOrganization,
    complete: (parsed: { organization: OrganizationConfig; organizationalUnits: readonly RawOrganizationalUnit[]; accounts: readonly AccountConfig[] }) => ({
        organization: parsed.organization,
        organizationalUnits: parsed.organizationalUnits.map(unit => unitWithPath(unit)) as readonly OrganizationalUnitConfig[],
        accounts: parsed.accounts,
    }),
    warnings: config => adoptionWarnings(config.organization),
});
