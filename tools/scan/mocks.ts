import type * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { FoundationMocks, type IgnoreChangesListener, listInput } from "../mock-runtime/mocks";
import { renderPolicyDocument } from "./policy-document";

/*
 * Mocks for any program (`npm run scan`): AWS answers the way AWS would for a workload account with
 * a default VPC, and every resource gets the ids, ARNs and endpoints AWS would give it, so a program
 * that builds a policy from `bucket.arn` or a DNS record from `lb.dnsName` produces the real
 * document, which the pack can then judge. The foundation's own mocks (tools/mock-runtime/mocks.ts) make
 * the resource types they know; these add the names the provider would generate, the rest of the
 * computed outputs, and the invokes real programs call. An invoke neither answers is recorded in
 * `unanswered` and fails, naming itself: the scan then stops (exit 2) rather than judge a partial run.
 */

type Inputs = Record<string, unknown>;

/** The example account AWS documentation uses: clearly not a real one. */
export const SCAN_ACCOUNT_ID = "123456789012";
export const SCAN_REGION = "us-east-1";

function digest(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}
const hex = (seed: string, length: number) => digest(seed).slice(0, length);
/** Lowercase letters and digits, as API Gateway, AppSync and Cognito ids are. */
const alnum = (seed: string, length: number) => BigInt(`0x${digest(seed).slice(0, 30)}`).toString(36).padStart(length, "0").slice(0, length);
const upper = (seed: string, length: number) => alnum(seed, length).toUpperCase();
function uuid(seed: string): string {
    const h = digest(seed);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** An address in TEST-NET-3 (RFC 5737): never a real host. */
const publicIp = (seed: string) => `203.0.113.${(parseInt(hex(seed, 2), 16) % 254) + 1}`;
const privateIp = (seed: string) => `10.0.${parseInt(hex(seed, 2), 16) % 256}.${(parseInt(hex(`${seed}!`, 2), 16) % 254) + 1}`;
const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** Where a provider acts: its account and region. */
interface Place { readonly account: string; readonly region: string }

/**
 * The input the AWS provider fills with a generated name when the program leaves it out
 * (`<logical name>-<7 random characters>`, or `namePrefix` + random): the state shows it, as after
 * a deployment. Types not listed get no generated name.
 */
const AUTONAMED: Record<string, string> = {
    "aws:s3/bucket:Bucket": "bucket",
    "aws:s3/bucketV2:BucketV2": "bucket",
    "aws:rds/instance:Instance": "identifier",
    "aws:rds/cluster:Cluster": "clusterIdentifier",
    "aws:ecs/taskDefinition:TaskDefinition": "family",
};
const NAMED = [
    "aws:lambda/function:Function", "aws:iam/role:Role", "aws:iam/policy:Policy", "aws:iam/instanceProfile:InstanceProfile",
    "aws:iam/rolePolicy:RolePolicy", "aws:cloudwatch/logGroup:LogGroup", "aws:cloudwatch/eventRule:EventRule", "aws:cloudwatch/metricAlarm:MetricAlarm",
    "aws:sqs/queue:Queue", "aws:sns/topic:Topic", "aws:dynamodb/table:Table", "aws:ec2/securityGroup:SecurityGroup",
    "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/keyPair:KeyPair", "aws:ecs/cluster:Cluster", "aws:ecs/service:Service",
    "aws:ecr/repository:Repository", "aws:lb/loadBalancer:LoadBalancer", "aws:lb/targetGroup:TargetGroup", "aws:alb/loadBalancer:LoadBalancer",
    "aws:alb/targetGroup:TargetGroup", "aws:elb/loadBalancer:LoadBalancer", "aws:rds/subnetGroup:SubnetGroup", "aws:rds/parameterGroup:ParameterGroup",
    "aws:elasticache/subnetGroup:SubnetGroup", "aws:secretsmanager/secret:Secret", "aws:apigateway/restApi:RestApi", "aws:apigatewayv2/api:Api",
    "aws:sfn/stateMachine:StateMachine", "aws:kinesis/stream:Stream", "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
    "aws:cognito/userPool:UserPool", "aws:cognito/userPoolClient:UserPoolClient", "aws:appsync/graphQLApi:GraphQLApi", "aws:autoscaling/group:Group",
    "aws:ec2/launchConfiguration:LaunchConfiguration", "aws:glue/catalogDatabase:CatalogDatabase", "aws:glue/crawler:Crawler", "aws:glue/job:Job",
    "aws:athena/workgroup:Workgroup", "aws:athena/database:Database", "aws:codebuild/project:Project", "aws:ssm/parameter:Parameter",
    "aws:cloudtrail/trail:Trail", "aws:synthetics/canary:Canary", "aws:eks/cluster:Cluster", "aws:iam/user:User", "aws:iam/group:Group",
    "aws:cloudwatch/dashboard:Dashboard", "aws:cloudwatch/eventBus:EventBus", "aws:kms/alias:Alias", "aws:elasticache/replicationGroup:ReplicationGroup",
];
for (const type of NAMED) AUTONAMED[type] = "name";

/** `aws:s3/bucket:Bucket` -> `s3`; `aws:ec2/securityGroup:SecurityGroup` -> `securityGroup`. */
const moduleOf = (type: string) => type.split(":")[1]?.split("/")[0] ?? "";
const resourceOf = (type: string) => type.split(":")[1]?.split("/")[1] ?? "";
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/** EC2-style ids: prefix and length of the hexadecimal part. */
const EC2_IDS: Record<string, string> = {
    "aws:ec2/vpc:Vpc": "vpc", "aws:ec2/subnet:Subnet": "subnet", "aws:ec2/securityGroup:SecurityGroup": "sg",
    "aws:ec2/internetGateway:InternetGateway": "igw", "aws:ec2/natGateway:NatGateway": "nat", "aws:ec2/eip:Eip": "eipalloc",
    "aws:ec2/routeTable:RouteTable": "rtb", "aws:ec2/routeTableAssociation:RouteTableAssociation": "rtbassoc", "aws:ec2/instance:Instance": "i",
    "aws:ec2/launchTemplate:LaunchTemplate": "lt", "aws:ec2/networkInterface:NetworkInterface": "eni", "aws:ec2/vpcEndpoint:VpcEndpoint": "vpce",
    "aws:ec2/networkAcl:NetworkAcl": "acl", "aws:ec2/flowLog:FlowLog": "fl", "aws:ebs/volume:Volume": "vol", "aws:efs/fileSystem:FileSystem": "fs",
    "aws:efs/mountTarget:MountTarget": "fsmt", "aws:efs/accessPoint:AccessPoint": "fsap", "aws:ec2transitgateway/transitGateway:TransitGateway": "tgw",
    "aws:ec2/securityGroupRule:SecurityGroupRule": "sgrule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": "sgr",
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": "sgr", "aws:ec2/vpcPeeringConnection:VpcPeeringConnection": "pcx",
    "aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway": "eigw", "aws:ec2/ami:Ami": "ami", "aws:ec2/defaultVpc:DefaultVpc": "vpc",
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": "sg",
};

/** The hosted zone of an ALB/NLB and of CloudFront (Elastic Load Balancing and CloudFront endpoints in the AWS General Reference). */
const CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";
const ELB_ZONE: Record<string, string> = { "us-east-1": "Z35SXDOTRQ7X7K", "us-east-2": "Z3AADJGX6KTTL2", "us-west-1": "Z368ELLRRE2KJ0", "us-west-2": "Z1H1FL5HABSF5", "eu-west-1": "Z32O12XQLNTSW2", "eu-central-1": "Z215JYRZR1TBD5" };

/**
 * The account Elastic Load Balancing writes access logs from, per Region (the legacy bucket-policy
 * principal): https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html,
 * read 2026-12-06. Regions opened since August 2022 have none (they use the logdelivery service principal).
 */
const ELB_ACCOUNTS: Record<string, string> = {
    "us-east-1": "127311923021", "us-east-2": "033677994240", "us-west-1": "027434742980", "us-west-2": "797873946194",
    "af-south-1": "098369216593", "ap-east-1": "754344448648", "ap-southeast-3": "589379963580", "ap-south-1": "718504428378",
    "ap-northeast-3": "383597477331", "ap-northeast-2": "600734575887", "ap-southeast-1": "114774131450", "ap-southeast-2": "783225319266",
    "ap-northeast-1": "582318560864", "ca-central-1": "985666609251", "eu-central-1": "054676820928", "eu-west-1": "156460612806",
    "eu-west-2": "652711504416", "eu-south-1": "635631232127", "eu-west-3": "009996457667", "eu-north-1": "897822967062",
    "me-south-1": "076674570225", "sa-east-1": "507241528517", "us-gov-east-1": "190560391635", "us-gov-west-1": "048591011584",
};

const partitionOf = (region: string) => (region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws");
/** The short form AWS uses in zone ids: us-east-1 -> use1, ap-southeast-2 -> apse2, eu-central-1 -> euc1. */
function zoneIdPrefix(region: string): string {
    const [area = "", direction = "", number = ""] = region.split("-");
    const directions: Record<string, string> = { northeast: "ne", southeast: "se", northwest: "nw", southwest: "sw", north: "n", south: "s", east: "e", west: "w", central: "c" };
    return `${area}${directions[direction] ?? direction.slice(0, 1)}${number}`;
}

/** Zone letters: us-east-1 has six Availability Zones, the scan gives other Regions three. */
const zoneLetters = (region: string) => (region === "us-east-1" ? ["a", "b", "c", "d", "e", "f"] : ["a", "b", "c"]);

/** A thrown error for an invoke the mocks cannot answer: the scan names it. */
export class UnansweredInvokeError extends Error {
    constructor(readonly token: string) {
        super(`the offline scan cannot answer the invoke ${token}: its result depends on your AWS account or another cloud, which the scan never calls`);
    }
}

export interface ScanMockOptions {
    /** The account the default provider acts in (default SCAN_ACCOUNT_ID). */
    readonly accountId?: string;
    /** The Region of the default provider (the program's `aws:region`, default us-east-1). */
    readonly region?: string;
}

export class ScanMocks implements pulumi.runtime.Mocks, IgnoreChangesListener {
    readonly accountId: string;
    readonly region: string;
    /** Makes the resource types the foundation's mocks know (KMS keys, roles, buckets, log groups...). */
    private readonly foundation: FoundationMocks;
    private readonly providers = new Map<string, Place>();
    /** Every invoke the program made, in order. */
    readonly invokes: { readonly token: string; readonly inputs: Record<string, unknown> }[] = [];
    /** Invokes the mocks could not answer, each once, in the order first called. */
    readonly unanswered: string[] = [];
    /** Values the program gets that the scan made up (a secret's value, an SSM parameter): shown as notes. */
    readonly notes: string[] = [];

    constructor(options: ScanMockOptions = {}) {
        this.accountId = options.accountId ?? SCAN_ACCOUNT_ID;
        this.region = options.region ?? SCAN_REGION;
        this.foundation = new FoundationMocks(this.accountId, "scan");
    }

    ignoresChanges(name: string, properties: readonly string[]): void {
        this.foundation.ignoresChanges(name, properties);
    }

    /** The account and Region of a provider reference (`urn::id`); the default provider's for none. */
    private placeOf(provider: string | undefined, region?: unknown): Place {
        const place = provider ? this.providers.get(provider.slice(provider.lastIndexOf("::") + 2)) : undefined;
        return {
            account: place?.account ?? this.accountId,
            region: str(region) ?? place?.region ?? this.region,
        };
    }

    /** Ids given so far, by `type::name`: what a resource passed as an input stands for. */
    private readonly ids = new Map<string, string>();

    /**
     * The inputs with every resource passed as an input replaced by its id, as the provider would
     * receive it: the mock monitor rebuilds such references into resource objects, whose outputs
     * cannot be read synchronously here (and older SDKs call mocks synchronously).
     */
    private withIds(value: unknown): unknown {
        if (Array.isArray(value)) return value.map(v => this.withIds(v));
        if (value === null || typeof value !== "object") return value;
        const resource = value as { __pulumiType?: unknown; __name?: unknown };
        if (typeof resource.__pulumiType === "string" && typeof resource.__name === "string") {
            return this.ids.get(`${resource.__pulumiType}::${resource.__name}`) ?? resource.__name;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) return value;
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.withIds(v)]));
    }

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
        args = { ...args, inputs: this.withIds(args.inputs) as Inputs };
        const made = this.make(args);
        this.ids.set(`${args.type}::${args.name}`, made.id);
        return made;
    }

    private make(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
        const inputs = args.inputs as Inputs;
        if (args.type === "pulumi:providers:aws") {
            const made = this.foundation.newResource(args);
            const allowed = listInput(inputs.allowedAccountIds)[0];
            const role = (listInput(inputs.assumeRoles)[0] as { roleArn?: unknown } | undefined)?.roleArn ?? (inputs.assumeRole as { roleArn?: unknown } | undefined)?.roleArn;
            const inRole = /^arn:[\w-]+:iam::(\d{12}):/.exec(str(role) ?? "")?.[1];
            this.providers.set(made.id, { account: str(allowed) ?? inRole ?? this.accountId, region: str(inputs.region) ?? this.region });
            return made;
        }
        if (args.type === "pulumi:pulumi:StackReference") {
            return { id: String(inputs.name ?? args.name), state: { ...inputs, outputs: {}, secretOutputNames: [] } };
        }
        if (!args.custom || !args.type.startsWith("aws:")) return this.other(args);
        const at = this.placeOf(args.provider, inputs.region);
        const named = withGeneratedName(args.type, args.name, inputs);
        // The foundation's mocks place a resource by its `region` input, else us-east-1: give them this one's.
        const made = this.foundation.newResource({ ...args, inputs: { ...named, region: at.region } });
        if (inputs.region === undefined) delete made.state.region;
        // The foundation's mocks answer a type they do not know with `<name>-id` and the inputs unchanged.
        const known = made.id !== `${args.name}-id` || args.id !== undefined && args.id !== "";
        const id = known ? made.id : this.idFor(args.type, args.name, named, at);
        const computed = this.computed(args.type, args.name, id, { ...named, ...made.state }, at);
        return { id, state: { ...named, ...computed, ...made.state, ...(known ? {} : { id }) } };
    }

    /**
     * Resources of other packages: the few outputs programs read (a random password's result), and
     * the outputs of the awsx components most programs pass on (a repository's URL, an image's URI,
     * a VPC's subnets), so the resources built from them can be judged; the components' own
     * resources stay unchecked.
     */
    private other(args: pulumi.runtime.MockResourceArgs): { id: string; state: Record<string, unknown> } {
        const inputs = args.inputs as Inputs;
        const seed = `${args.type}:${args.name}`;
        const { account, region } = this.placeOf(args.provider);
        switch (args.type) {
            case "awsx:ecr:Repository": {
                const name = `${args.name}-${alnum(`${seed}:autoname`, 7)}`.toLowerCase();
                return { id: "", state: { ...inputs, url: `${account}.dkr.ecr.${region}.amazonaws.com/${name}` } };
            }
            case "awsx:ecr:Image":
                return { id: "", state: { ...inputs, ...(str(inputs.repositoryUrl) && { imageUri: `${inputs.repositoryUrl}@sha256:${digest(seed)}` }) } };
            case "awsx:ec2:Vpc":
            case "awsx:ec2:DefaultVpc": {
                const vpcId = `vpc-${hex(seed, 17)}`;
                const subnets = (kind: string) => zoneLetters(region).slice(0, 2).map(zone => `subnet-${hex(`${seed}:${kind}:${zone}`, 17)}`);
                return { id: "", state: { ...inputs, vpcId, publicSubnetIds: subnets("public"), privateSubnetIds: subnets("private"), isolatedSubnetIds: [] } };
            }
            case "random:index/randomPassword:RandomPassword":
            case "random:index/randomString:RandomString": {
                const length = typeof inputs.length === "number" ? inputs.length : 16;
                const result = alnum(seed, Math.min(length, 24)).padEnd(length, "x");
                return { id: "none", state: { ...inputs, result, ...(args.type.endsWith("RandomPassword") && { bcryptHash: `$2a$10$${alnum(`${seed}#`, 22)}` }) } };
            }
            case "random:index/randomId:RandomId": {
                const bytes = typeof inputs.byteLength === "number" ? inputs.byteLength : 8;
                const value = hex(seed, bytes * 2);
                return { id: value, state: { ...inputs, hex: value, dec: BigInt(`0x${value}`).toString(), b64Url: Buffer.from(value, "hex").toString("base64url"), b64Std: Buffer.from(value, "hex").toString("base64") } };
            }
            case "random:index/randomPet:RandomPet":
                return { id: `scan-${alnum(seed, 6)}`, state: { ...inputs } };
            case "random:index/randomInteger:RandomInteger":
                return { id: String(inputs.min ?? 1), state: { ...inputs, result: inputs.min ?? 1 } };
            default:
                return { id: args.custom ? `${args.name}-${alnum(seed, 7)}` : "", state: { ...inputs } };
        }
    }

    private idFor(type: string, name: string, inputs: Inputs, at: Place): string {
        const seed = `${type}:${name}`;
        const prefix = EC2_IDS[type];
        if (prefix) return `${prefix}-${hex(seed, 17)}`;
        switch (type) {
            case "aws:apigateway/restApi:RestApi":
            case "aws:apigatewayv2/api:Api":
            case "aws:apigateway/resource:Resource":
            case "aws:apigateway/deployment:Deployment":
            case "aws:apigateway/authorizer:Authorizer":
            case "aws:apigatewayv2/integration:Integration":
            case "aws:apigatewayv2/route:Route":
            case "aws:apigatewayv2/authorizer:Authorizer":
            case "aws:apigatewayv2/deployment:Deployment":
                return alnum(seed, type.endsWith(":Resource") ? 6 : 10);
            case "aws:cloudfront/distribution:Distribution":
            case "aws:cloudfront/originAccessIdentity:OriginAccessIdentity":
            case "aws:cloudfront/originAccessControl:OriginAccessControl":
                return `E${upper(seed, 13)}`;
            case "aws:cloudfront/function:Function":
                return String(inputs.name ?? name);
            case "aws:route53/zone:Zone":
                return `Z${upper(seed, 20)}`;
            case "aws:route53/record:Record":
                return `${inputs.zoneId}_${inputs.name}_${inputs.type}`;
            case "aws:cognito/userPool:UserPool":
                return `${at.region}_${alnum(seed, 9)}`;
            case "aws:cognito/userPoolClient:UserPoolClient":
            case "aws:appsync/graphQLApi:GraphQLApi":
                return alnum(seed, 26);
            case "aws:iam/accessKey:AccessKey":
                return `AKIA${upper(seed, 16)}`;
            case "aws:acm/certificate:Certificate":
                return `arn:aws:acm:${at.region}:${at.account}:certificate/${uuid(seed)}`;
            case "aws:ecs/cluster:Cluster":
                return `arn:aws:ecs:${at.region}:${at.account}:cluster/${inputs.name}`;
            case "aws:ecs/service:Service":
                return `arn:aws:ecs:${at.region}:${at.account}:service/${String(inputs.cluster ?? "default").split("/").pop()}/${inputs.name}`;
            case "aws:secretsmanager/secret:Secret":
                return `arn:aws:secretsmanager:${at.region}:${at.account}:secret:${inputs.name}-${alnum(seed, 6)}`;
            case "aws:lb/loadBalancer:LoadBalancer":
            case "aws:alb/loadBalancer:LoadBalancer":
                return `arn:aws:elasticloadbalancing:${at.region}:${at.account}:loadbalancer/${inputs.loadBalancerType === "network" ? "net" : inputs.loadBalancerType === "gateway" ? "gwy" : "app"}/${inputs.name}/${hex(seed, 16)}`;
            case "aws:lb/targetGroup:TargetGroup":
            case "aws:alb/targetGroup:TargetGroup":
                return `arn:aws:elasticloadbalancing:${at.region}:${at.account}:targetgroup/${inputs.name}/${hex(seed, 16)}`;
            case "aws:lb/listener:Listener":
            case "aws:alb/listener:Listener":
                return `arn:aws:elasticloadbalancing:${at.region}:${at.account}:listener/app/${name}/${hex(seed, 16)}/${hex(`${seed}/l`, 16)}`;
            default: {
                const own = str(inputs[AUTONAMED[type] ?? "name"]);
                return own ?? `${name}-${alnum(seed, 7)}`;
            }
        }
    }

    /** Outputs AWS computes, by type; an `arn` for every type. */
    private computed(type: string, name: string, id: string, inputs: Inputs, at: Place): Inputs {
        const seed = `${type}:${name}`;
        const { region, account } = at;
        const n = str(inputs[AUTONAMED[type] ?? "name"]) ?? id;
        const arn = str(inputs.arn) ?? `arn:${partitionOf(region)}:${moduleOf(type)}:${region}:${account}:${kebab(resourceOf(type))}/${n}`;
        switch (type) {
            case "aws:s3/bucket:Bucket":
            case "aws:s3/bucketV2:BucketV2":
                return {
                    arn: `arn:aws:s3:::${n}`, bucketDomainName: `${n}.s3.amazonaws.com`, bucketRegionalDomainName: `${n}.s3.${region}.amazonaws.com`,
                    hostedZoneId: "Z3AQBSTGFYJSTF", region, websiteEndpoint: `${n}.s3-website-${region}.amazonaws.com`, websiteDomain: `s3-website-${region}.amazonaws.com`,
                };
            case "aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration":
            case "aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2":
                return { websiteEndpoint: `${inputs.bucket}.s3-website-${region}.amazonaws.com`, websiteDomain: `s3-website-${region}.amazonaws.com` };
            case "aws:lambda/function:Function": {
                const fn = `arn:aws:lambda:${region}:${account}:function:${n}`;
                return {
                    arn: fn, invokeArn: `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${fn}/invocations`,
                    qualifiedArn: `${fn}:$LATEST`, qualifiedInvokeArn: `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${fn}:$LATEST/invocations`, version: "$LATEST",
                };
            }
            case "aws:iam/role:Role":
                return { arn: `arn:aws:iam::${account}:role${str(inputs.path) ?? "/"}${n}`, uniqueId: `AROA${upper(seed, 17)}` };
            case "aws:iam/policy:Policy":
                return { arn: `arn:aws:iam::${account}:policy${str(inputs.path) ?? "/"}${n}`, policyId: `ANPA${upper(seed, 17)}` };
            case "aws:iam/user:User":
                return { arn: `arn:aws:iam::${account}:user${str(inputs.path) ?? "/"}${n}`, uniqueId: `AIDA${upper(seed, 17)}` };
            case "aws:iam/group:Group":
                return { arn: `arn:aws:iam::${account}:group${str(inputs.path) ?? "/"}${n}`, uniqueId: `AGPA${upper(seed, 17)}` };
            case "aws:iam/instanceProfile:InstanceProfile":
                return { arn: `arn:aws:iam::${account}:instance-profile${str(inputs.path) ?? "/"}${n}`, uniqueId: `AIPA${upper(seed, 17)}` };
            case "aws:iam/accessKey:AccessKey":
                return { secret: `offline-scan-${alnum(seed, 24)}`, status: "Active" };
            case "aws:ec2/instance:Instance": {
                const ip = publicIp(seed);
                return {
                    arn: `arn:aws:ec2:${region}:${account}:instance/${id}`, publicIp: ip, privateIp: privateIp(seed),
                    publicDns: `ec2-${ip.replace(/\./g, "-")}.compute-1.amazonaws.com`, privateDns: `ip-${privateIp(seed).replace(/\./g, "-")}.ec2.internal`,
                    availabilityZone: str(inputs.availabilityZone) ?? `${region}a`, instanceState: "running",
                };
            }
            case "aws:ec2/eip:Eip":
                return { publicIp: publicIp(seed), allocationId: id, publicDns: `ec2-${publicIp(seed).replace(/\./g, "-")}.compute-1.amazonaws.com`, arn: `arn:aws:ec2:${region}:${account}:elastic-ip/${id}` };
            case "aws:ec2/vpc:Vpc":
            case "aws:ec2/defaultVpc:DefaultVpc":
                return {
                    arn: `arn:aws:ec2:${region}:${account}:vpc/${id}`, defaultSecurityGroupId: `sg-${hex(`${seed}/sg`, 17)}`, defaultNetworkAclId: `acl-${hex(`${seed}/acl`, 17)}`,
                    defaultRouteTableId: `rtb-${hex(`${seed}/rtb`, 17)}`, mainRouteTableId: `rtb-${hex(`${seed}/rtb`, 17)}`, ownerId: account,
                };
            case "aws:ec2/subnet:Subnet":
                return { arn: `arn:aws:ec2:${region}:${account}:subnet/${id}`, availabilityZone: str(inputs.availabilityZone) ?? `${region}a`, ownerId: account };
            case "aws:ec2/securityGroup:SecurityGroup":
                return { arn: `arn:aws:ec2:${region}:${account}:security-group/${id}`, ownerId: account };
            case "aws:ec2/launchTemplate:LaunchTemplate":
                return { arn: `arn:aws:ec2:${region}:${account}:launch-template/${id}`, latestVersion: 1, defaultVersion: 1 };
            case "aws:lb/loadBalancer:LoadBalancer":
            case "aws:alb/loadBalancer:LoadBalancer":
                return {
                    arn: id, arnSuffix: id.split(":loadbalancer/")[1], dnsName: `${n}-${parseInt(hex(seed, 8), 16)}.${region}.elb.amazonaws.com`,
                    zoneId: ELB_ZONE[region] ?? ELB_ZONE["us-east-1"],
                };
            case "aws:lb/targetGroup:TargetGroup":
            case "aws:alb/targetGroup:TargetGroup":
                return { arn: id, arnSuffix: id.split(":")[5] };
            case "aws:lb/listener:Listener":
            case "aws:alb/listener:Listener":
                return { arn: id };
            case "aws:elb/loadBalancer:LoadBalancer":
                return { arn: `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${n}`, dnsName: `${n}-${parseInt(hex(seed, 8), 16)}.${region}.elb.amazonaws.com`, zoneId: "Z35SXDOTRQ7X7K" };
            case "aws:rds/instance:Instance": {
                const port = typeof inputs.port === "number" ? inputs.port : /postgres/.test(String(inputs.engine)) ? 5432 : 3306;
                const address = `${n}.c${alnum(account, 11)}.${region}.rds.amazonaws.com`;
                return { arn: `arn:aws:rds:${region}:${account}:db:${n}`, address, endpoint: `${address}:${port}`, port, resourceId: `db-${upper(seed, 26)}`, hostedZoneId: "Z2R2ITUGPM61AM" };
            }
            case "aws:rds/cluster:Cluster": {
                const port = typeof inputs.port === "number" ? inputs.port : /postgres/.test(String(inputs.engine)) ? 5432 : 3306;
                return {
                    arn: `arn:aws:rds:${region}:${account}:cluster:${n}`, endpoint: `${n}.cluster-c${alnum(account, 11)}.${region}.rds.amazonaws.com`,
                    readerEndpoint: `${n}.cluster-ro-c${alnum(account, 11)}.${region}.rds.amazonaws.com`, port, clusterResourceId: `cluster-${upper(seed, 26)}`,
                };
            }
            case "aws:rds/clusterInstance:ClusterInstance":
                return { arn: `arn:aws:rds:${region}:${account}:db:${str(inputs.identifier) ?? id}`, endpoint: `${str(inputs.identifier) ?? id}.c${alnum(account, 11)}.${region}.rds.amazonaws.com` };
            case "aws:rds/subnetGroup:SubnetGroup":
                return { arn: `arn:aws:rds:${region}:${account}:subgrp:${n}` };
            case "aws:elasticache/cluster:Cluster": {
                const address = `${str(inputs.clusterId) ?? id}.${alnum(seed, 6)}.0001.use1.cache.amazonaws.com`;
                return { arn: `arn:aws:elasticache:${region}:${account}:cluster:${str(inputs.clusterId) ?? id}`, cacheNodes: [{ id: "0001", address, port: inputs.port ?? 6379, availabilityZone: `${region}a` }], clusterAddress: address };
            }
            case "aws:elasticache/replicationGroup:ReplicationGroup":
                return {
                    arn: `arn:aws:elasticache:${region}:${account}:replicationgroup:${str(inputs.replicationGroupId) ?? id}`,
                    primaryEndpointAddress: `master.${str(inputs.replicationGroupId) ?? id}.${alnum(seed, 6)}.use1.cache.amazonaws.com`,
                    readerEndpointAddress: `replica.${str(inputs.replicationGroupId) ?? id}.${alnum(seed, 6)}.use1.cache.amazonaws.com`,
                };
            case "aws:ecs/cluster:Cluster":
                return { arn: id };
            case "aws:ecs/service:Service":
                return { arn: id };
            case "aws:ecs/taskDefinition:TaskDefinition":
                return { arn: `arn:aws:ecs:${region}:${account}:task-definition/${n}:1`, arnWithoutRevision: `arn:aws:ecs:${region}:${account}:task-definition/${n}`, revision: 1 };
            case "aws:ecr/repository:Repository":
                return { arn: `arn:aws:ecr:${region}:${account}:repository/${n}`, repositoryUrl: `${account}.dkr.ecr.${region}.amazonaws.com/${n}`, registryId: account };
            case "aws:dynamodb/table:Table":
                return inputs.streamEnabled === true ? { streamArn: `arn:aws:dynamodb:${region}:${account}:table/${n}/stream/2026-01-01T00:00:00.000`, streamLabel: "2026-01-01T00:00:00.000" } : {};
            case "aws:secretsmanager/secret:Secret":
                return { arn: id };
            case "aws:apigateway/restApi:RestApi":
                return { arn: `arn:aws:apigateway:${region}::/restapis/${id}`, executionArn: `arn:aws:execute-api:${region}:${account}:${id}`, rootResourceId: alnum(`${seed}/root`, 10) };
            case "aws:apigateway/deployment:Deployment":
                return { invokeUrl: `https://${inputs.restApi}.execute-api.${region}.amazonaws.com/`, executionArn: `arn:aws:execute-api:${region}:${account}:${inputs.restApi}/` };
            case "aws:apigateway/stage:Stage":
                return {
                    arn: `arn:aws:apigateway:${region}::/restapis/${inputs.restApi}/stages/${inputs.stageName}`,
                    invokeUrl: `https://${inputs.restApi}.execute-api.${region}.amazonaws.com/${inputs.stageName}`,
                    executionArn: `arn:aws:execute-api:${region}:${account}:${inputs.restApi}/${inputs.stageName}`,
                };
            case "aws:apigateway/resource:Resource":
                return { path: `/${inputs.pathPart ?? ""}` };
            case "aws:apigatewayv2/api:Api":
                return { arn: `arn:aws:apigateway:${region}::/apis/${id}`, apiEndpoint: `https://${id}.execute-api.${region}.amazonaws.com`, executionArn: `arn:aws:execute-api:${region}:${account}:${id}` };
            case "aws:apigatewayv2/stage:Stage":
                return {
                    arn: `arn:aws:apigateway:${region}::/apis/${inputs.apiId}/stages/${inputs.name}`,
                    invokeUrl: `https://${inputs.apiId}.execute-api.${region}.amazonaws.com/${inputs.name === "$default" ? "" : inputs.name}`,
                    executionArn: `arn:aws:execute-api:${region}:${account}:${inputs.apiId}/${inputs.name}`,
                };
            case "aws:cloudfront/distribution:Distribution":
                return { arn: `arn:aws:cloudfront::${account}:distribution/${id}`, domainName: `d${alnum(seed, 13)}.cloudfront.net`, hostedZoneId: CLOUDFRONT_ZONE, status: "Deployed", etag: upper(`${seed}/etag`, 14) };
            case "aws:cloudfront/originAccessIdentity:OriginAccessIdentity":
                return {
                    iamArn: `arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity ${id}`, cloudfrontAccessIdentityPath: `origin-access-identity/cloudfront/${id}`,
                    s3CanonicalUserId: digest(`${seed}/canonical`).slice(0, 64), etag: upper(`${seed}/etag`, 14),
                };
            case "aws:cloudfront/originAccessControl:OriginAccessControl":
                return { arn: `arn:aws:cloudfront::${account}:origin-access-control/${id}`, etag: upper(`${seed}/etag`, 14) };
            case "aws:cloudfront/function:Function":
                return { arn: `arn:aws:cloudfront::${account}:function/${id}`, etag: upper(`${seed}/etag`, 14) };
            case "aws:acm/certificate:Certificate": {
                const domains = [str(inputs.domainName), ...(Array.isArray(inputs.subjectAlternativeNames) ? inputs.subjectAlternativeNames : [])].filter((d): d is string => typeof d === "string");
                return {
                    arn: id, status: "ISSUED",
                    domainValidationOptions: domains.map(domain => ({
                        domainName: domain, resourceRecordName: `_${hex(`${seed}/${domain}`, 32)}.${domain.replace(/^\*\./, "")}.`,
                        resourceRecordType: "CNAME", resourceRecordValue: `_${hex(`${seed}/${domain}/v`, 32)}.acm-validations.aws.`,
                    })),
                };
            }
            case "aws:acm/certificateValidation:CertificateValidation":
                return {};
            case "aws:route53/zone:Zone":
                return { arn: `arn:aws:route53:::hostedzone/${id}`, zoneId: id, nameServers: ["ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk", "ns-3.awsdns-03.com", "ns-4.awsdns-04.net"] };
            case "aws:route53/record:Record":
                return { fqdn: String(inputs.name ?? "").replace(/\.$/, "") };
            case "aws:sfn/stateMachine:StateMachine":
                return { arn: `arn:aws:states:${region}:${account}:stateMachine:${n}` };
            case "aws:cognito/userPool:UserPool":
                return { arn: `arn:aws:cognito-idp:${region}:${account}:userpool/${id}`, endpoint: `cognito-idp.${region}.amazonaws.com/${id}` };
            case "aws:appsync/graphQLApi:GraphQLApi":
                return { arn: `arn:aws:appsync:${region}:${account}:apis/${id}`, uris: { GRAPHQL: `https://${id}.appsync-api.${region}.amazonaws.com/graphql` } };
            case "aws:kinesis/stream:Stream":
                return { arn: `arn:aws:kinesis:${region}:${account}:stream/${n}` };
            case "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream":
                return { arn: `arn:aws:firehose:${region}:${account}:deliverystream/${n}` };
            case "aws:efs/fileSystem:FileSystem":
                return { arn: `arn:aws:elasticfilesystem:${region}:${account}:file-system/${id}`, dnsName: `${id}.efs.${region}.amazonaws.com` };
            case "aws:efs/accessPoint:AccessPoint":
                return { arn: `arn:aws:elasticfilesystem:${region}:${account}:access-point/${id}` };
            case "aws:eks/cluster:Cluster":
                return {
                    arn: `arn:aws:eks:${region}:${account}:cluster/${n}`, endpoint: `https://${upper(seed, 32)}.gr7.${region}.eks.amazonaws.com`,
                    certificateAuthority: { data: Buffer.from("offline scan: no certificate").toString("base64") },
                    identities: [{ oidcs: [{ issuer: `https://oidc.eks.${region}.amazonaws.com/id/${upper(seed, 32)}` }] }],
                };
            case "aws:ssm/parameter:Parameter":
                return { arn: `arn:aws:ssm:${region}:${account}:parameter/${n.replace(/^\//, "")}`, version: 1 };
            case "aws:cloudwatch/eventRule:EventRule":
                return { eventBusName: str(inputs.eventBusName) ?? "default" };
            case "aws:cloudwatch/eventTarget:EventTarget":
            case "aws:lambda/permission:Permission":
            case "aws:iam/rolePolicyAttachment:RolePolicyAttachment":
                return {};
            default:
                return { arn, ...(AUTONAMED[type] === "name" && { name: n }) };
        }
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        args = { ...args, inputs: this.withIds(args.inputs) as Inputs };
        this.invokes.push({ token: args.token, inputs: args.inputs });
        try {
            return this.answer(args);
        } catch (error) {
            if (error instanceof UnansweredInvokeError && !this.unanswered.includes(error.token)) this.unanswered.push(error.token);
            // As a failed invoke reaches the program from the engine: gRPC's `details` holds the message.
            const message = (error as Error).message;
            throw Object.assign(new Error(message), { details: message });
        }
    }

    private answer(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        const inputs = args.inputs as Inputs;
        const { account, region } = this.placeOf(args.provider, inputs.region);
        const partition = partitionOf(region);
        const vpcId = (seed: string) => `vpc-${hex(`vpc:${seed}`, 17)}`;
        const defaultVpc = vpcId(`default:${region}`);
        const subnetIds = (vpc: string) => zoneLetters(region).slice(0, 3).map(zone => `subnet-${hex(`subnet:${vpc}:${zone}`, 17)}`);
        const filterValue = (name: string): string | undefined => {
            const filter = (Array.isArray(inputs.filters) ? inputs.filters : []).find((f: { name?: unknown }) => f?.name === name) as { values?: unknown[] } | undefined;
            return str(filter?.values?.[0]);
        };
        switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity":
                return { accountId: account, arn: `arn:${partition}:sts::${account}:assumed-role/offline-scan/offline-scan`, userId: `AROA${upper("caller", 17)}:offline-scan`, id: account };
            case "aws:index/getRegion:getRegion": {
                const name = str(inputs.region) ?? str(inputs.name) ?? region;
                return { name, region: name, id: name, description: name, endpoint: `ec2.${name}.amazonaws.com` };
            }
            case "aws:index/getPartition:getPartition":
                return { partition, dnsSuffix: partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com", reverseDnsPrefix: partition === "aws-cn" ? "cn.com.amazonaws" : "com.amazonaws", id: partition };
            case "aws:index/getAvailabilityZones:getAvailabilityZones": {
                const excluded = new Set([...(Array.isArray(inputs.excludeNames) ? inputs.excludeNames : [])]);
                const zones = zoneLetters(region).map((letter, i) => ({ name: `${region}${letter}`, zoneId: `${zoneIdPrefix(region)}-az${i + 1}` })).filter(z => !excluded.has(z.name));
                return { names: zones.map(z => z.name), zoneIds: zones.map(z => z.zoneId), groupNames: zones.map(() => region), id: region, region };
            }
            case "aws:index/getDefaultTags:getDefaultTags":
                return { tags: {}, id: "aws" };
            case "aws:ec2/getVpc:getVpc": {
                const asked = str(inputs.id);
                const isDefault = asked === undefined && (inputs.default === true || (inputs.filters === undefined && inputs.tags === undefined && inputs.cidrBlock === undefined));
                const id = asked ?? (isDefault ? defaultVpc : vpcId(JSON.stringify(inputs)));
                const cidrBlock = str(inputs.cidrBlock) ?? (isDefault ? "172.31.0.0/16" : "10.0.0.0/16");
                return {
                    id, arn: `arn:${partition}:ec2:${region}:${account}:vpc/${id}`, cidrBlock, default: isDefault, dhcpOptionsId: `dopt-${hex(id, 17)}`,
                    enableDnsHostnames: true, enableDnsSupport: true, enableNetworkAddressUsageMetrics: false, instanceTenancy: "default",
                    mainRouteTableId: `rtb-${hex(`${id}/main`, 17)}`, ownerId: account, state: "available", tags: {}, region,
                    cidrBlockAssociations: [{ associationId: `vpc-cidr-assoc-${hex(id, 17)}`, cidrBlock, state: "associated" }], ipv6CidrBlockAssociations: [],
                    ipv6AssociationId: "", ipv6CidrBlock: "",
                };
            }
            case "aws:ec2/getVpcs:getVpcs":
                return { ids: [defaultVpc], id: region, region };
            case "aws:ec2/getSubnets:getSubnets":
            case "aws:ec2/getSubnetIds:getSubnetIds": {
                const vpc = str(inputs.vpcId) ?? filterValue("vpc-id") ?? defaultVpc;
                return { ids: subnetIds(vpc), id: region, region, ...(str(inputs.vpcId) && { vpcId: inputs.vpcId }) };
            }
            case "aws:ec2/getSubnet:getSubnet": {
                const id = str(inputs.id) ?? filterValue("subnet-id") ?? subnetIds(str(inputs.vpcId) ?? defaultVpc)[0];
                const vpc = str(inputs.vpcId) ?? defaultVpc;
                // Default subnets of a default VPC give instances public IPs (mapPublicIpOnLaunch).
                return {
                    id, arn: `arn:${partition}:ec2:${region}:${account}:subnet/${id}`, vpcId: vpc, cidrBlock: "172.31.0.0/20", availabilityZone: `${region}a`,
                    availabilityZoneId: `${zoneIdPrefix(region)}-az1`, defaultForAz: vpc === defaultVpc, mapPublicIpOnLaunch: vpc === defaultVpc, state: "available", ownerId: account, tags: {}, region,
                };
            }
            case "aws:ec2/getSecurityGroup:getSecurityGroup": {
                const id = str(inputs.id) ?? `sg-${hex(`sg:${JSON.stringify(inputs)}`, 17)}`;
                return { id, arn: `arn:${partition}:ec2:${region}:${account}:security-group/${id}`, name: str(inputs.name) ?? "default", vpcId: str(inputs.vpcId) ?? defaultVpc, description: "default VPC security group", tags: {}, region };
            }
            case "aws:ec2/getSecurityGroups:getSecurityGroups":
                return { ids: [`sg-${hex(`sg:${JSON.stringify(inputs)}`, 17)}`], vpcIds: [defaultVpc], arns: [], id: region, region };
            case "aws:ec2/getAmi:getAmi":
            case "aws:ec2/getAmiIds:getAmiIds": {
                const id = `ami-${hex(`ami:${JSON.stringify(inputs)}`, 17)}`;
                if (args.token.endsWith("getAmiIds")) return { ids: [id], id: region, region };
                const name = (filterValue("name") ?? str(inputs.nameRegex) ?? "offline-scan-image").replace(/\*/g, "2026");
                const owner = str((inputs.owners as unknown[] | undefined)?.[0]) ?? "137112412989";
                return {
                    id, imageId: id, arn: `arn:${partition}:ec2:${region}::image/${id}`, name, architecture: /arm64/.test(name) ? "arm64" : "x86_64", ownerId: /^\d{12}$/.test(owner) ? owner : "137112412989",
                    imageOwnerAlias: "amazon", imageType: "machine", platformDetails: "Linux/UNIX", public: true, rootDeviceName: "/dev/xvda", rootDeviceType: "ebs",
                    virtualizationType: "hvm", state: "available", enaSupport: true, hypervisor: "xen", bootMode: "", imdsSupport: "v2.0", description: name,
                    creationDate: "2026-01-01T00:00:00.000Z", deprecationTime: "2028-01-01T00:00:00.000Z", blockDeviceMappings: [], productCodes: [], tags: {}, region,
                    imageLocation: `amazon/${name}`, kernelId: "", ramdiskId: "", rootSnapshotId: `snap-${hex(id, 17)}`, sriovNetSupport: "simple", stateReason: {}, tpmSupport: "", usageOperation: "RunInstances", platform: "", lastLaunchedTime: "",
                };
            }
            case "aws:iam/getPolicyDocument:getPolicyDocument":
                return renderPolicyDocument(inputs);
            case "aws:elb/getServiceAccount:getServiceAccount":
            case "aws:elasticloadbalancing/getServiceAccount:getServiceAccount": {
                const asked = str(inputs.region) ?? region;
                const id = ELB_ACCOUNTS[asked];
                if (id === undefined) throw new Error(`getServiceAccount: Elastic Load Balancing has no account in ${asked}: use the logdelivery.elasticloadbalancing.amazonaws.com service principal`);
                return { id, arn: `arn:${partitionOf(asked)}:iam::${id}:root`, region: asked };
            }
            case "aws:iam/getPolicy:getPolicy": {
                const arn = str(inputs.arn) ?? `arn:${partition}:iam::aws:policy/${str(inputs.pathPrefix)?.replace(/^\//, "") ?? ""}${str(inputs.name) ?? "policy"}`;
                return { arn, id: arn, name: arn.split("/").pop(), path: "/", description: "", policyId: `ANPA${upper(arn, 17)}`, policy: JSON.stringify({ Version: "2012-10-17", Statement: [] }), tags: {}, attachmentCount: 0 };
            }
            case "aws:iam/getRole:getRole": {
                const name = str(inputs.name) ?? "role";
                return { name, id: name, arn: `arn:${partition}:iam::${account}:role/${name}`, path: "/", uniqueId: `AROA${upper(name, 17)}`, assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }), maxSessionDuration: 3600, tags: {}, description: "", createDate: "2026-01-01T00:00:00Z", permissionsBoundary: "", roleLastUseds: [] };
            }
            case "aws:route53/getZone:getZone": {
                const name = (str(inputs.name) ?? "example.com").replace(/\.$/, "");
                const zoneId = str(inputs.zoneId) ?? `Z${upper(`zone:${name}`, 20)}`;
                return { id: zoneId, zoneId, name, arn: `arn:${partition}:route53:::hostedzone/${zoneId}`, privateZone: inputs.privateZone === true, nameServers: ["ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk"], callerReference: "offline-scan", comment: "", resourceRecordSetCount: 2, tags: {}, linkedServiceDescription: "", linkedServicePrincipal: "", primaryNameServer: "ns-1.awsdns-01.org" };
            }
            case "aws:acm/getCertificate:getCertificate": {
                const domain = str(inputs.domain) ?? "example.com";
                const arn = `arn:${partition}:acm:${region}:${account}:certificate/${uuid(`cert:${domain}`)}`;
                return { arn, id: arn, domain, status: "ISSUED", keyTypes: [], statuses: [], types: [], tags: {}, certificate: "", certificateChain: "", region };
            }
            case "aws:ecr/getAuthorizationToken:getAuthorizationToken":
            case "aws:ecr/getCredentials:getCredentials": {
                const password = "offline-scan-token";
                const token = Buffer.from(`AWS:${password}`).toString("base64");
                return { authorizationToken: token, userName: "AWS", password, proxyEndpoint: `https://${account}.dkr.ecr.${region}.amazonaws.com`, expiresAt: "2026-01-01T12:00:00Z", registryId: account, id: region };
            }
            case "aws:ssm/getParameter:getParameter": {
                const name = str(inputs.name) ?? "";
                const value = publicParameter(name, region) ?? "offline-scan-placeholder";
                this.note(`the SSM parameter ${name} reads as "${value}": the scan never reads your account`);
                return { name, id: name, value, insecureValue: value, type: "String", version: 1, arn: `arn:${partition}:ssm:${region}:${account}:parameter/${name.replace(/^\//, "")}`, withDecryption: true };
            }
            case "aws:secretsmanager/getSecretVersion:getSecretVersion": {
                const secretId = str(inputs.secretId) ?? "secret";
                this.note(`the secret ${secretId} reads as "offline-scan-placeholder": the scan never reads your account`);
                return { secretId, id: `${secretId}|AWSCURRENT`, arn: secretId, secretString: "offline-scan-placeholder", secretBinary: "", versionId: uuid(secretId), versionStage: "AWSCURRENT", versionStages: ["AWSCURRENT"], createdDate: "2026-01-01T00:00:00Z" };
            }
            case "aws:kms/getAlias:getAlias": {
                const name = str(inputs.name) ?? "alias/aws/s3";
                const keyId = uuid(`key:${name}`);
                return { name, id: name, arn: `arn:${partition}:kms:${region}:${account}:${name}`, targetKeyId: keyId, targetKeyArn: `arn:${partition}:kms:${region}:${account}:key/${keyId}` };
            }
            case "aws:kms/getKey:getKey": {
                const keyId = /^[0-9a-f-]{36}$/.test(str(inputs.keyId) ?? "") ? String(inputs.keyId) : uuid(`key:${inputs.keyId}`);
                return { id: keyId, keyId, arn: `arn:${partition}:kms:${region}:${account}:key/${keyId}`, enabled: true, keyManager: "CUSTOMER", keyState: "Enabled", keyUsage: "ENCRYPT_DECRYPT", customerMasterKeySpec: "SYMMETRIC_DEFAULT", keySpec: "SYMMETRIC_DEFAULT", origin: "AWS_KMS", multiRegion: false, awsAccountId: account, description: "" };
            }
            case "aws:s3/getBucket:getBucket": {
                const bucket = str(inputs.bucket) ?? "bucket";
                return { id: bucket, bucket, arn: `arn:${partition}:s3:::${bucket}`, bucketDomainName: `${bucket}.s3.amazonaws.com`, bucketRegionalDomainName: `${bucket}.s3.${region}.amazonaws.com`, hostedZoneId: "Z3AQBSTGFYJSTF", region, websiteDomain: "", websiteEndpoint: "" };
            }
            case "aws:cloudfront/getCachePolicy:getCachePolicy":
            case "aws:cloudfront/getOriginRequestPolicy:getOriginRequestPolicy":
            case "aws:cloudfront/getResponseHeadersPolicy:getResponseHeadersPolicy": {
                const id = str(inputs.id) ?? uuid(`${args.token}:${inputs.name}`);
                return { id, name: str(inputs.name) ?? id, etag: upper(id, 14), comment: "" };
            }
            case "aws:eks/getClusterAuth:getClusterAuth":
                return { id: str(inputs.name) ?? "cluster", name: str(inputs.name) ?? "cluster", token: "k8s-aws-v1.offline-scan" };
            default:
                throw new UnansweredInvokeError(args.token);
        }
    }

    private note(text: string): void {
        if (!this.notes.includes(text)) this.notes.push(text);
    }
}

/**
 * The public parameters AWS publishes for the latest AMIs (Systems Manager public parameters:
 * https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-public-parameters-ami.html
 * and https://docs.aws.amazon.com/AmazonECS/latest/developerguide/retrieve-ecs-optimized_AMI.html, read
 * 2026-12-06): an AMI id, or for an ECS-optimized `.../recommended` parameter the JSON document with
 * its `image_id`. Undefined for any other parameter.
 */
function publicParameter(name: string, region: string): string | undefined {
    if (!name.startsWith("/aws/service/")) return undefined;
    const ami = `ami-${hex(`ssm:${region}:${name.replace(/\/image_id$/, "")}`, 17)}`;
    if (/^\/aws\/service\/(ecs|bottlerocket|eks)\/.*\/recommended$/.test(name)) {
        return JSON.stringify({ image_id: ami, image_name: name.split("/").slice(-2, -1)[0], os: "Amazon Linux", schema_version: 1 });
    }
    if (/\/ami|image_id$|\/ami-/.test(name)) return ami;
    return undefined;
}

/** The inputs with the name the provider would generate where the program gives none (`name`, `bucket`, from `namePrefix` if set). */
function withGeneratedName(type: string, name: string, inputs: Inputs): Inputs {
    const property = AUTONAMED[type];
    if (property === undefined || str(inputs[property]) !== undefined) return inputs;
    const prefix = str(inputs[`${property}Prefix`]) ?? str(inputs.namePrefix);
    const suffix = alnum(`${type}:${name}:autoname`, 7);
    let generated = prefix !== undefined ? `${prefix}${suffix}` : `${name}-${suffix}`;
    // S3 bucket names and RDS identifiers are lowercase; load balancer and target group names at most 32 characters.
    if (property === "bucket" || property === "identifier" || property === "clusterIdentifier") generated = generated.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
    if (/(loadBalancer|targetGroup):/.test(type)) generated = generated.slice(0, 32).replace(/-+$/, "");
    return { ...inputs, [property]: generated };
}
