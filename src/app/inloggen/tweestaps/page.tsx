import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { tweestapsVoorbereiden } from "@/server/auth/tweestaps";
import { leesTicket, TUSSENSTAP_COOKIE } from "@/server/auth/tussenstap";
import { TweestapsFormulier } from "./tweestaps-formulier";

export const metadata: Metadata = { title: "Tweestapsverificatie instellen" };

export default async function Tweestaps() {
  const t = leesTicket((await cookies()).get(TUSSENSTAP_COOKIE)?.value);
  if (!t) redirect("/inloggen");
  const voorbereid = await tweestapsVoorbereiden(t.gebruikerId);
  if (!voorbereid) redirect("/inloggen/code");
  return (
    <article className="inhoud">
      <h1>Tweestapsverificatie instellen</h1>
      <p>Je werkt met gegevens van inwoners. Daarom log je in met je wachtwoord én een code uit een app op je telefoon.</p>
      <ol>
        <li>Installeer een authenticator-app, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.</li>
        <li>Scan deze QR-code met de app.</li>
        <li>Vul de code van 6 cijfers in die de app laat zien.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img
        src={voorbereid.qr}
        width={220}
        height={220}
        alt="QR-code om Apeldoorn Werkt Mee toe te voegen aan je authenticator-app"
        className="my-4 border border-rand-licht"
      />
      <p>
        Lukt scannen niet? Voer dan deze sleutel met de hand in:{" "}
        <code className="break-all font-mono" data-totp-geheim>
          {voorbereid.geheim.replace(/(.{4})/g, "$1 ").trim()}
        </code>
      </p>
      <TweestapsFormulier />
      <p className="mt-6">
        <Link href="/inloggen">Terug naar inloggen</Link>
      </p>
    </article>
  );
}
