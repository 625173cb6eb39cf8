/**
 * Compares a language's catalog with the English one: every key present (for plural keys, every plural
 * form the language has), no extra or empty key, and the same interpolation variables and tags.
 */
export type Catalog = { [key: string]: string | Catalog };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function flattenCatalog(catalog: Catalog, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flattenCatalog(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** "{{count, number}}" and "{{count}}" name the same variable; tags are <name> and </name>. */
export function placeholdersOf(text: string): string[] {
  const variables = [...text.matchAll(/\{\{\s*([\w.-]+)[^}]*\}\}/g)].map((match) => `{{${match[1]}}}`);
  const tags = [...text.matchAll(/<\/?([a-z][\w-]*)\s*\/?>/gi)].map((match) => match[0].replace(/\s/g, ""));
  return [...new Set([...variables, ...tags])].sort();
}

/** The keys a language must have: English's, with each plural key in every form the language uses. */
function expectedKeys(english: Map<string, string>, language: string): Map<string, string> {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      expected.set(key, text);
      continue;
    }
    const base = key.slice(0, match.index);
    // English's own form where it has one; its "other" form stands for the forms English lacks.
    for (const form of forms)
      expected.set(`${base}_${form}`, english.get(`${base}_${form}`) ?? english.get(`${base}_other`) ?? text);
  }
  return expected;
}

export function compareCatalogs(english: Catalog, other: Catalog, language: string): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(flattenCatalog(english), language);
  const actual = flattenCatalog(other);
  for (const [key, englishText] of expected) {
    const text = actual.get(key);
    if (text === undefined) {
      problems.push(`${language}: missing ${key}`);
      continue;
    }
    if (text.trim() === "") problems.push(`${language}: empty ${key}`);
    const want = placeholdersOf(englishText).filter((item) => !item.startsWith("{{count"));
    const got = placeholdersOf(text).filter((item) => !item.startsWith("{{count"));
    if (want.join(" ") !== got.join(" "))
      problems.push(
        `${language}: ${key} has ${got.join(" ") || "no placeholders"}, English has ${want.join(" ")}`,
      );
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`${language}: extra ${key}`);
  return problems;
}
