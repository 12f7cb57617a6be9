"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { HERSTELCODES_COOKIE } from "./cookie";

export async function herstelcodesBewaardAction(): Promise<void> {
  (await cookies()).delete({ name: HERSTELCODES_COOKIE, path: "/mijn/herstelcodes" });
  redirect("/mijn");
}
