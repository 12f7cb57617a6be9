/** The one-time-code input of the sign-in and TOTP enrolment forms, with its error. */
export function CodeVeld({ label, uitleg, fout }: { label: string; uitleg?: string; fout: string | null }) {
  const beschreven = [fout ? "code-fout" : null, uitleg ? "code-uitleg" : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-4">
      <label htmlFor="code" className="block font-bold mb-1">
        {label}
      </label>
      {uitleg && (
        <p id="code-uitleg" className="text-sm text-tekst-zacht mb-1">
          {uitleg}
        </p>
      )}
      {fout && (
        <p id="code-fout" className="text-fout font-semibold mb-1">
          <span className="sr-only">Fout: </span>
          {fout}
        </p>
      )}
      <input
        id="code"
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        className="veld max-w-48"
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
      />
    </div>
  );
}
