type Props = {
  id: string;
  label: string;
  fout?: string;
  uitleg?: string;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
};

/** Label, optional help text and error, wired to the input with aria-invalid/aria-describedby. */
export function Veld({ id, label, fout, uitleg, children }: Props) {
  const beschreven = [fout ? `${id}-fout` : null, uitleg ? `${id}-uitleg` : null].filter(Boolean).join(" ");
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-bold mb-1">
        {label}
      </label>
      {uitleg && (
        <p id={`${id}-uitleg`} className="text-sm text-tekst-zacht mb-1">
          {uitleg}
        </p>
      )}
      {fout && (
        <p id={`${id}-fout`} className="text-fout font-semibold mb-1">
          <span className="sr-only">Fout: </span>
          {fout}
        </p>
      )}
      {children({ ...(fout ? { "aria-invalid": true as const } : {}), ...(beschreven ? { "aria-describedby": beschreven } : {}) })}
    </div>
  );
}

export function Foutenoverzicht({
  fouten,
  titel = "Controleer het formulier",
}: {
  fouten: { veld: string; melding: string }[];
  titel?: string;
}) {
  if (fouten.length === 0) return null;
  return (
    <div role="alert" className="mb-6 rounded-lg border-2 border-fout bg-fout-licht p-4" tabIndex={-1} id="foutenoverzicht">
      <h2 className="font-bold text-lg mb-2">{titel}</h2>
      <ul className="list-disc pl-6">
        {fouten.map((f, n) => (
          <li key={`${f.veld}-${n}`}>
            <a href={`#${f.veld}`}>{f.melding}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
