/** Current instant as the ISO text we store. */
export const nowIso = () => new Date().toISOString();
