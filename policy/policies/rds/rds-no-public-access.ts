import { asBool, defineResourcePolicy } from "../../lib";

export const DB_INSTANCE = "aws:rds/instance:Instance";
export const CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";
export const REDSHIFT_CLUSTER = "aws:redshift/cluster:Cluster";

const message = (controls: string) =>
    `publiclyAccessible must not be true (${controls}): the database gets a public DNS name and address, one security group rule away from the internet; ` +
    "reach it from inside the VPC (a bastion with SSM Session Manager, or a VPN) instead";

const check = (controls: string) => (props: Record<string, unknown>) => (asBool(props["publiclyAccessible"]) === true ? [message(controls)] : []);

export const definition = defineResourcePolicy({
    name: "rds-no-public-access",
    description: "RDS instances, Aurora cluster instances and Redshift clusters are not publicly accessible.",
    enforcementLevel: "mandatory",
    severity: "critical",
    controls: { cis: ["2.3.3"], fsbp: ["RDS.2", "Redshift.1"] },
    checks: {
        [DB_INSTANCE]: check("CIS 2.3.3, FSBP RDS.2"),
        [CLUSTER_INSTANCE]: check("FSBP RDS.2"),
        [REDSHIFT_CLUSTER]: check("FSBP Redshift.1"),
    },
});
