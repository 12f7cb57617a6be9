/** The three parts of the written advice (RULES §2), on the detail page and in the print view. */
export function Advies({
  o,
  kopNiveau,
}: {
  o: { adviesWerkveld: string | null; adviesOpleiding: string | null; adviesVervolg: string | null };
  kopNiveau: 2 | 3;
}) {
  const Kop = kopNiveau === 2 ? "h2" : "h3";
  const deel = (titel: string, tekst: string | null) => (
    <section className="mb-4">
      <Kop>{titel}</Kop>
      <p className="whitespace-pre-line">{tekst}</p>
    </section>
  );
  return (
    <>
      {deel("Werkplek of werkveld", o.adviesWerkveld)}
      {deel("Opleiding", o.adviesOpleiding)}
      {deel("Vervolgstappen", o.adviesVervolg)}
    </>
  );
}
