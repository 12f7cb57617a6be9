import type { Uitkering } from "../inwoner/uitkering";
import { mag } from "../permissies";
import { rolNaam, type Rol } from "../rollen";
import type { Fout } from "./bevinding";
import type { ProductRegels } from "./product";

// R-TOE-1: who may issue a toewijzing, per kind of product. The permission table (permissies.ts,
// "toewijzing:afgeven") says which roles issue toewijzingen at all; this adds the limits that
// depend on the product and the inwoner.
//
// - Werkt Mee maatwerk (ontwikkeling, op-trede): the mandate of 000 §3 runs gemeentesecretaris →
//   afdelingshoofd Loket Sociaal → teammanager Wmo → trajectregisseurs and activeringscoaches; the
//   teammanager keeps it (a mandaatgever may always act). Wmo-consulenten only for inwoners
//   WITHOUT a Participatiewet uitkering. The sources give no product limits within Werkt Mee, so
//   an activeringscoach may issue every Werkt Mee maatwerk product.
// - Begeleiding groep is Wmo maatwerk outside Werkt Mee (000 §1.3): the Werkt Mee mandate does not
//   cover it, so only the Wmo-consulent (whatever the uitkering) and the teammanager.
// - Oriëntatie is an algemene voorziening without beschikking, registered and run by the Centrum
//   Apeldoorn Werkt Mee as an oriëntatie of its own (src/domain/orientatie, ADR 0018): never a
//   toewijzing, whoever asks.

const WERKT_MEE_MANDAAT: readonly Rol[] = ["TRAJECTREGISSEUR", "ACTIVERINGSCOACH", "TEAMMANAGER"];
const BEGELEIDING_GROEP: readonly Rol[] = ["WMO_CONSULENT", "TEAMMANAGER"];

type Product = Pick<ProductRegels, "korteNaam" | "categorie">;

/** R-TOE-1: may someone with this role issue this product to an inwoner with this uitkering? */
export function magToewijzingAfgeven(rol: Rol, product: Product, uitkering: Uitkering): boolean {
  return redenGeenMandaat(rol, product, uitkering) === null;
}

/** R-TOE-1 as a list of Fouten (empty when allowed). */
export function controleerAfgever(rol: Rol, product: Product, uitkering: Uitkering): Fout[] {
  const melding = redenGeenMandaat(rol, product, uitkering);
  return melding ? [{ regel: "R-TOE-1", melding }] : [];
}

function redenGeenMandaat(rol: Rol, product: Product, uitkering: Uitkering): string | null {
  if (!mag(rol, "toewijzing:afgeven")) return "Je hebt geen mandaat om toewijzingen af te geven.";
  switch (product.categorie) {
    case "ORIENTATIE":
      return "Een oriëntatietraject is geen toewijzing: het Centrum Apeldoorn Werkt Mee registreert het bij Oriëntaties, zonder beschikking.";
    case "BEGELEIDING_GROEP":
      return BEGELEIDING_GROEP.includes(rol)
        ? null
        : `${product.korteNaam} valt niet onder het Werkt Mee-mandaat van de ${rolNaam[rol].toLowerCase()}. Een Wmo-consulent geeft deze toewijzing af.`;
    case "ONTWIKKELING":
    case "OP_TREDE":
      if (WERKT_MEE_MANDAAT.includes(rol)) return null;
      if (rol === "WMO_CONSULENT" && uitkering !== "PARTICIPATIEWET") return null;
      if (rol === "WMO_CONSULENT")
        return "Deze inwoner heeft een Participatiewet-uitkering. Dan geeft de trajectregisseur of de activeringscoach de Werkt Mee-toewijzing af, niet de Wmo-consulent.";
      return "Je hebt geen mandaat om Werkt Mee-toewijzingen af te geven.";
  }
}
