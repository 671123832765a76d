// Requests as a signed-in user, for calling route loaders and actions directly in unit tests.
import { getUserByEmail } from "../../app/models/user.server";
import { getCurrentSession, startSession } from "../../app/services/session.server";

/** The session cookie of a fresh login for the user with this e-mail. */
export async function cookieFor(email: string) {
  return (await startSession(new Request("http://localhost/"), getUserByEmail(email)!.id)).split(";")[0];
}

export async function getAs(email: string, url: string) {
  return new Request(`http://localhost${url}`, { headers: { Cookie: await cookieFor(email) } });
}

/** A form post with the session's CSRF token, as the app's forms send it. */
export async function postAs(email: string, url: string, fields: Record<string, string>) {
  const cookie = await cookieFor(email);
  const session = await getCurrentSession(new Request("http://localhost/", { headers: { Cookie: cookie } }));
  return new Request(`http://localhost${url}`, { method: "POST", body: new URLSearchParams({ csrf: session!.csrfToken, ...fields }), headers: { Cookie: cookie } });
}

/** What a loader or action answers, returned or thrown; plain data counts as a 200 JSON response. */
export async function responseOf(run: () => unknown): Promise<Response> {
  try {
    const result = await run();
    return result instanceof Response ? result : new Response(JSON.stringify(result));
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}
