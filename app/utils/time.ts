/** Current instant as the ISO text we store. */
export const nowIso = () => new Date().toISOString();

const osloDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date as "yyyy-mm-dd" in Norway: the day a user means when they say «i dag». */
export const todayIso = (now = new Date()) => osloDate.format(now);
