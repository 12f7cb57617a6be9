import "server-only";
import { db } from "../../db";

// The toewijzing with everything its eindverantwoording shows and is checked against. Internal:
// loaded by the queries and use cases of ../eindverantwoording*.ts after their own checks.

export async function laadTraject(id: string) {
  return db.toewijzing.findUnique({
    where: { id },
    include: {
      inwoner: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, ladder: true } },
      product: { select: { code: true, naam: true, korteNaam: true, categorie: true, verlenging: true, doelTrede: true } },
      aanbieder: { select: { naam: true } },
      contactpersoon: { select: { naam: true, email: true } },
      ondersteuningsplan: { include: { doelen: { orderBy: { volgorde: "asc" } } } },
      eindverantwoording: { include: { resultaten: true } },
      ladderRegels: { orderBy: { createdAt: "desc" }, include: { vastgelegdDoor: { select: { naam: true } } } },
    },
  });
}
