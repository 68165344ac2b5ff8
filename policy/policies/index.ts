/**
 * The pack's policies, listed explicitly (no directory scanning): each service folder's index.ts
 * lists its policies, and this file lists the services. Adding a policy means its file, a line in its
 * service's index.ts and a spec; test/policy/pack/pack.spec.ts pins the resulting list and levels.
 *
 * Safe to import anywhere: unlike ../index.ts it does not start the policy pack's gRPC server.
 */
import * as apigateway from "./apigateway";
import * as appsync from "./appsync";
import * as autoscaling from "./autoscaling";
import * as cfg from "./cfg";
import * as cloudfront from "./cloudfront";
import * as cloudtrail from "./cloudtrail";
import * as cloudwatch from "./cloudwatch";
import * as codebuild from "./codebuild";
import * as cognito from "./cognito";
import * as crossService from "./cross-service";
import * as dax from "./dax";
import * as dms from "./dms";
import * as dynamodb from "./dynamodb";
import * as ebs from "./ebs";
import * as ec2 from "./ec2";
import * as ec2transitgateway from "./ec2transitgateway";
import * as ecr from "./ecr";
import * as ecs from "./ecs";
import * as efs from "./efs";
import * as eks from "./eks";
import * as elasticache from "./elasticache";
import * as elb from "./elb";
import * as emr from "./emr";
import * as guardduty from "./guardduty";
import * as iam from "./iam";
import * as kinesis from "./kinesis";
import * as kms from "./kms";
import * as lambda from "./lambda";
import * as lb from "./lb";
import * as mq from "./mq";
import * as msk from "./msk";
import * as opensearch from "./opensearch";
import * as organizations from "./organizations";
import * as pulumiservice from "./pulumiservice";
import * as rds from "./rds";
import * as s3 from "./s3";
import * as sagemaker from "./sagemaker";
import * as secretsmanager from "./secretsmanager";
import * as securityhub from "./securityhub";
import * as sfn from "./sfn";
import * as sns from "./sns";
import * as sqs from "./sqs";
import * as ssm from "./ssm";
import * as ssoadmin from "./ssoadmin";
import * as transfer from "./transfer";
import * as wafv2 from "./wafv2";

export { PACK_NAME } from "../pack-name";

const services = [
    apigateway,
    appsync,
    autoscaling,
    cfg,
    cloudfront,
    cloudtrail,
    cloudwatch,
    codebuild,
    cognito,
    crossService,
    dax,
    dms,
    dynamodb,
    ebs,
    ec2,
    ec2transitgateway,
    ecr,
    ecs,
    efs,
    eks,
    elasticache,
    elb,
    emr,
    guardduty,
    iam,
    kinesis,
    kms,
    lambda,
    lb,
    mq,
    msk,
    opensearch,
    organizations,
    pulumiservice,
    rds,
    s3,
    sagemaker,
    secretsmanager,
    securityhub,
    sfn,
    sns,
    sqs,
    ssm,
    ssoadmin,
    transfer,
    wafv2,
];

/** Resource policies, service by service. */
export const definitions = services.flatMap(service => [...service.resourcePolicies]);

/** Stack policies: rules about how the stack's resources relate. */
export const stackDefinitions = services.flatMap(service => [...service.stackPolicies]);

export const policies = [...definitions.map((d) => d.policy), ...stackDefinitions.map((d) => d.policy)];
