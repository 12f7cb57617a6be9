import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { HERSTELCODES_COOKIE } from "./cookie";
import { vereisGebruiker } from "@/server/auth/huidige-gebruiker";
import { herstelcodesBewaardAction } from "./acties";
import { Melding } from "@/components/ui/melding";

export const metadata: Metadata = { title: "Je herstelcodes" };

export default async function Herstelcodes() {
  await vereisGebruiker();
  const codes = (await cookies()).get(HERSTELCODES_COOKIE)?.value?.split(" ").filter(Boolean) ?? [];
  if (codes.length === 0) redirect("/mijn");
  return (
    <article className="inhoud">
      <h1>Bewaar je herstelcodes</h1>
      <Melding soort="succes" className="mb-4 p-3">
        Tweestapsverificatie staat aan.
      </Melding>
      <p>
        Ben je je telefoon kwijt? Dan kun je met een van deze codes inloggen. Elke code werkt één keer. Je ziet ze maar één keer: schrijf ze
        op of bewaar ze in een wachtwoordkluis.
      </p>
      <ul className="font-mono !list-none !pl-0 grid grid-cols-2 gap-2 max-w-md" aria-label="Herstelcodes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <form action={herstelcodesBewaardAction}>
        <button type="submit" className="knop">
          Ik heb de codes bewaard
        </button>
      </form>
    </article>
  );
}
