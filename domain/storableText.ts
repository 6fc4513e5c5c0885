// NUL, which PostgreSQL refuses in text and jsonb, and a UTF-16 half without its pair, which no UTF-8 can encode
// (PostgreSQL refuses the jsonb escape; text would silently get U+FFFD).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether PostgreSQL can store this text as it is, in text and jsonb columns. */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text)
