import { useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "../root";
import { CSRF_FIELD } from "../utils/form-token";

/** The hidden CSRF field every data-changing form carries. */
export function CsrfInput() {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  return <input type="hidden" name={CSRF_FIELD} value={data?.csrfToken ?? ""} />;
}
