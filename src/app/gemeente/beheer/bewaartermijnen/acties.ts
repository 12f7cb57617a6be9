"use server";

import { revalidatePath } from "next/cache";
import { zetBewaartermijn } from "@/server/bewaartermijnen/beheer";
import { formActie } from "@/server/pipeline/formulier";

export const zetBewaartermijnAction = formActie(zetBewaartermijn, {
  na: () => revalidatePath("/gemeente/beheer/bewaartermijnen"),
});
