export * from "./alert-path";
export * from "./cis-alarms";
export * from "./sign-in-forwarder";
export * from "./incident-response";
export * from "./alerting-area";
