import { inflateRawSync } from "node:zlib";

/**
 * Just enough of the ZIP format to check a generated .pptx (an Office file is a ZIP): the central
 * directory's entry names, and an entry's text (stored or deflated). No ZIP64, no encryption.
 */
export function readZip(buffer: Buffer): { names: string[]; text: (name: string) => string } {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("not a ZIP file: no end of central directory");
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, { method: number; size: number; local: number }>();
  for (let index = 0; index < count; index += 1) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${index}`);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString("utf8", offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      method: buffer.readUInt16LE(offset + 10),
      size: buffer.readUInt32LE(offset + 20),
      local: buffer.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  const text = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no ${name} in the ZIP`);
    const start =
      entry.local + 30 + buffer.readUInt16LE(entry.local + 26) + buffer.readUInt16LE(entry.local + 28);
    const data = buffer.subarray(start, start + entry.size);
    return (entry.method === 8 ? inflateRawSync(data) : data).toString("utf8");
  };
  return { names: [...entries.keys()], text };
}

/** A chart part's cached data (what PowerPoint shows before "Edit data"): per series, its name, categories and values. */
export function readChart(xml: string): {
  series: Array<{ name: string; categories: string[]; values: Array<number | null> }>;
} {
  const points = (part: string) =>
    [...part.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((match) => match[2] ?? "");
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((match) => {
    const body = match[1] ?? "";
    const part = (tag: string) => new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(body)?.[1] ?? "";
    return {
      name: points(part("tx"))[0] ?? "",
      categories: points(part("cat")),
      values: points(part("val")).map((value) => (value === "" ? null : Number(value))),
    };
  });
  return { series };
}
