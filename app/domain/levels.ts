/** The service levels of the organisations, in the order the product always shows them. */
export const LEVEL_ORDER = ["kommune", "spesialisthelsetjeneste", "nav", "bruker_parorende", "fastlege", "andre"] as const;
export type Level = (typeof LEVEL_ORDER)[number];
