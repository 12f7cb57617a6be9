"use server";

import { revalidatePath } from "next/cache";
import { wijzigIwmoProduct } from "@/server/beheer/iwmo-producten";
import { formActie } from "@/server/pipeline/formulier";
import { zetGemeentecode } from "@/server/iwmo/berichtenverkeer";

export const zetGemeentecodeAction = formActie(zetGemeentecode, {
  houdWaarden: true,
  na: () => revalidatePath("/gemeente/beheer/berichtenverkeer"),
});

export const wijzigIwmoProductAction = formActie(wijzigIwmoProduct, {
  na: () => revalidatePath("/gemeente/beheer/berichtenverkeer"),
});
