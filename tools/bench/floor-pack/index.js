"use strict";
// The floor `npm run bench` measures the pack against: one trivial policy on the same
// @pulumi/policy, plain JavaScript, started and called exactly like the real pack.
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("bench-floor", {
    policies: [{
        name: "floor",
        description: "Reads one input of every resource.",
        enforcementLevel: "advisory",
        validateResource: (args, reportViolation) => {
            if (args.props.floorMarker === true) reportViolation("floorMarker is set");
        },
    }],
});
