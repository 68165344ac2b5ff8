import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME, policies } from "./policies";

// Constructing the pack starts its gRPC server: only the Pulumi CLI (run-policy-pack) loads this
// file. Tests and tools import ./policies instead.
new PolicyPack(PACK_NAME, { policies });
