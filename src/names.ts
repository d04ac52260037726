// Name normalisation shared by ingest (ids, alias keys) and the API (case-insensitive look-ups),
// so "Russian Federation", "russian  federation" and "Russian Federation" meet on one key.

/** Lowercase, accents stripped, curly apostrophes straightened, punctuation dropped, spaces collapsed, leading "the " removed. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** URL-safe id from a canonical name: "Vladimir Putin" -> "vladimir-putin". */
export function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’‘`]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 120) || "unnamed"
  );
}
