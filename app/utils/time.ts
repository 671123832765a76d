/** Current instant as the ISO text we store. */
export const nowIso = () => new Date().toISOString();

/** Today's date as "yyyy-mm-dd" (UTC, like the instants we store). */
export const todayIso = () => new Date().toISOString().slice(0, 10);
