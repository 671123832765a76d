/** A comparable form of a submission's fields: files by name and size, in order. */
function entriesOf(data: FormData) {
  return [...data.entries()].map(([name, value]) => [name, typeof value === "string" ? value : `fil:${value.name}:${value.size}`]);
}

/**
 * Whether two FormData hold the same fields, in the same order: how a submit button knows that the
 * submission Remix is running is the one its own form started, among several forms on the page.
 */
export function sameFormData(a: FormData | undefined | null, b: FormData | undefined | null): boolean {
  if (!a || !b) return false;
  return JSON.stringify(entriesOf(a)) === JSON.stringify(entriesOf(b));
}
