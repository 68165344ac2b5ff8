/** The pack's name in Pulumi Cloud; the program publishes the pack under it (components/delivery). */
export const PACK_NAME = "aws-secure-foundation";
