export const HERSTELCODES_COOKIE = "awm_herstelcodes";
