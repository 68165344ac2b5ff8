import { PolicyPack } from "@pulumi/policy";
import { shareDeserializedInputs } from "./lib/shared-inputs";
import { PACK_NAME, policies } from "./policies";

// Constructing the pack starts its gRPC server: only the Pulumi CLI (run-policy-pack) loads this
// file. Tests and tools import ./policies instead.
shareDeserializedInputs();
new PolicyPack(PACK_NAME, { policies });
