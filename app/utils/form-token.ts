/** The name of the hidden field that carries the session's form token (CSRF), for the browser and the server. */
export const CSRF_FIELD = "csrf";
