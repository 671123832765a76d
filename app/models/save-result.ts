/** The outcome of saving an edit made against a version that was read earlier. */
export type SaveResult<Current> =
  | { status: "saved" }
  | { status: "conflict"; current: Current }
  | { status: "not_found" };
