"use strict";
// The floors `npm run bench` measures the pack against: trivial policies on the same @pulumi/policy,
// plain JavaScript, started and called exactly like the real pack. One policy by default; as many as
// the real pack has when BENCH_FLOOR_POLICIES says so (the wide floor).
const { PolicyPack } = require("@pulumi/policy");

const count = Math.max(1, Number(process.env.BENCH_FLOOR_POLICIES) || 1);

new PolicyPack("bench-floor", {
    policies: Array.from({ length: count }, (_, i) => ({
        name: i === 0 ? "floor" : `floor-${i}`,
        description: "Reads one input of every resource.",
        enforcementLevel: "advisory",
        validateResource: (args, reportViolation) => {
            if (args.props.floorMarker === true) reportViolation("floorMarker is set");
        },
    })),
});
