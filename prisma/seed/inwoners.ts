import type { PrismaClient } from "../../src/generated/prisma/client";
import { contactpersoonRol } from "../../src/domain/inwoner/contactpersoon";
import { volledigeNaam } from "../../src/domain/inwoner/invoer";
import { normaliseer } from "../../src/domain/tekst";
import { demoInwoners } from "../data/demo-inwoners";

const datum = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type InwonerData = Parameters<PrismaClient["inwoner"]["create"]>[0]["data"];

/** One inwoner (with its ladder entries, if given); the seed and the e2e fixtures both make them here. */
export function maakInwoner(db: PrismaClient, data: InwonerData) {
  return db.inwoner.create({ data });
}

/** Demo inwoners with their ladder history; only when there are none and the demo staff exist. */
export async function seedDemoInwoners(db: PrismaClient): Promise<boolean> {
  if ((await db.inwoner.count()) > 0) return false;
  const staf = await db.gebruiker.findMany({ where: { demo: true, rol: { in: ["TRAJECTREGISSEUR", "WMO_CONSULENT"] } } });
  const metRol = (rol: string) => staf.find((s) => s.rol === rol);
  if (!metRol("TRAJECTREGISSEUR") || !metRol("WMO_CONSULENT")) return false;
  for (const i of demoInwoners) {
    const contact = metRol(contactpersoonRol(i.uitkering))!;
    await maakInwoner(db, {
      bsn: i.bsn,
      voornamen: i.voornamen,
      tussenvoegsel: i.tussenvoegsel ?? null,
      achternaam: i.achternaam,
      geboortedatum: datum(i.geboortedatum),
      straat: i.straat,
      huisnummer: i.huisnummer,
      postcode: i.postcode,
      plaats: i.plaats,
      telefoon: i.telefoon ?? null,
      email: i.email ?? null,
      uitkering: i.uitkering,
      contactpersoonId: contact.id,
      zoeknaam: normaliseer(volledigeNaam({ ...i, tussenvoegsel: i.tussenvoegsel ?? null })),
      ladder: {
        create: i.ladder.map(([d, trede, perspectief]) => ({
          datum: datum(d),
          trede,
          perspectiefTrede: perspectief,
          perspectiefDatum: perspectief ? datum(d) : null,
          vastgelegdDoorId: contact.id,
        })),
      },
    });
  }
  return true;
}
