/** Resource inputs as a factory builds them. */
export type Props = Record<string, unknown>;
