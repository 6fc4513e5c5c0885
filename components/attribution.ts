/** The first-party cookie that carries a visitor's first and last campaign touch to their consultation request. */
export const ATTRIBUTION_COOKIE = 'lumen_attribution'
