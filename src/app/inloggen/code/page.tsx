import type { Metadata } from "next";
import { CodeFormulier } from "./code-formulier";

export const metadata: Metadata = { title: "Code invullen" };

export default function Code() {
  return (
    <article className="inhoud">
      <h1>Vul je code in</h1>
      <p>Open de authenticator-app op je telefoon en vul de code van 6 cijfers in die bij Apeldoorn Werkt Mee staat.</p>
      <CodeFormulier />
    </article>
  );
}
