import { defineArea, type Parsed } from "../area";
import type { OrganizationalUnitConfig, OrganizationConfig } from "../organization/defaults";
import { ouPaths } from "../organization/targets";
import { checkGuardrails } from "./checks";
import { guardrailsWithDefaults } from "./defaults";
import { GuardrailsSchema } from "./schema";
import { guardrailWarnings } from "./warnings";

/** foundation:guardrails: service and resource control policies, the EC2 declarative policy, root access. On by default. */
export const guardrailsArea = defineArea({
    schemas: { guardrails: GuardrailsSchema },
    check: checkGuardrails,
    complete: (parsed: { guardrails: Parsed<typeof GuardrailsSchema>; organization: OrganizationConfig; organizationalUnits: readonly OrganizationalUnitConfig[] }) => ({
        guardrails: guardrailsWithDefaults(parsed.guardrails, {
            organizationName: parsed.organization.name,
            managementAccountId: parsed.organization.managementAccount.id,
            accountAccessRoleName: parsed.organization.accountAccessRoleName,
            ouPaths: ouPaths(parsed.organizationalUnits),
        }),
    }),
    warnings: config => guardrailWarnings(config.guardrails),
});
