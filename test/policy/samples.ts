/** Values and builders several policy specs share: policy documents, stack resources, credential-shaped strings. */
import { StackResource } from "../../policy/lib";
import { happy } from "./factories";

/** The value Pulumi sends for an input that is not known yet (a preview of a resource not created). */
export const SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The ARN prefix of AWS managed policies. */
export const MANAGED = "arn:aws:iam::aws:policy/";

/** An IAM policy document with these statements, as the JSON string a policy input holds. */
export const policyJson = (...Statement: unknown[]) => JSON.stringify({ Version: "2012-10-17", Statement });

/** An Allow statement. */
export const allow = (Action: unknown, Resource: unknown = "*", extra = {}) => ({ Effect: "Allow", Action, Resource, ...extra });

/** The happy inputs of an IAM policy-holding resource with this policy (a JSON string) and name. */
export const withPolicy = (type: string, policy: string, name = "app-policy") => ({ ...happy[type]!(), name, policy });

/** A resource of the prod stack as a stack policy sees it. */
export const stackResource = (type: string, name: string, props: Record<string, unknown> = {}, dependencies: string[] = [],
    propertyDependencies?: Record<string, string[]>): StackResource => ({
    urn: `urn:pulumi:prod::app::${type}::${name}`, type, name, props, dependencies, ...(propertyDependencies !== undefined && { propertyDependencies }),
});

/** An S3 bucket of the prod stack, named `name` unless props say otherwise. */
export const stackBucket = (name: string, props: Record<string, unknown> = { bucket: name }) => stackResource("aws:s3/bucket:Bucket", name, props);

/** Credential-shaped values, built at run time so no credential-shaped literal sits in the repository. */
export const FAKE = {
    accessKeyId: "AKIA" + "IOSFODNN7EXAMPLE",
    secretLine: "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY",
    privateKey: "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----",
    github: "ghp_" + "a1".repeat(18),
    slack: "xoxb-" + "1234567890-abcdef",
    stripe: "sk_live_" + "0".repeat(24),
    pulumi: "pul-" + "ab".repeat(20),
};
