import { inflateSync } from "node:zlib";

/**
 * Reads the text back out of a PDF written by pdfkit with embedded (subset) fonts, so tests can
 * check what a printed document says. It understands what pdfkit writes — Flate streams, a
 * ToUnicode CMap per font, hex-string Tj/TJ operators inside BT…ET — not PDFs in general.
 * Each BT…ET block becomes one line.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2] ?? "";
    const at = body.indexOf("stream");
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    const data = body
      .slice(at + 6)
      .replace(/^\r?\n/, "")
      .replace(/\r?\nendstream\s*$/, "");
    const bytes = Buffer.from(data, "latin1");
    const stream = /FlateDecode/.test(dict) ? inflateSync(bytes).toString("latin1") : data;
    objects.set(Number(m[1]), { dict, stream });
  }

  const cmaps = new Map<number, Map<string, string>>();
  const fontCmap = (fontId: number) => {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? "")?.[1];
    if (!toUnicode) return new Map<string, string>();
    const id = Number(toUnicode);
    let map = cmaps.get(id);
    if (!map) {
      map = parseCmap(objects.get(id)?.stream ?? "");
      cmaps.set(id, map);
    }
    return map;
  };

  const lines: string[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const contents = /\/Contents (\d+) 0 R/.exec(dict)?.[1];
    const resources = resolveDict(objects, dict, "Resources");
    const fontDict = resolveDict(objects, resources, "Font");
    const fonts = new Map<string, number>();
    for (const f of fontDict.matchAll(/\/([A-Za-z0-9]+) (\d+) 0 R/g))
      fonts.set(f[1] ?? "", Number(f[2]));
    const content = objects.get(Number(contents))?.stream ?? "";
    let map = new Map<string, string>();
    let line = "";
    for (const token of content.matchAll(
      /\/([A-Za-z0-9]+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj|\bET\b/g,
    )) {
      if (token[1]) map = fontCmap(fonts.get(token[1]) ?? -1);
      else if (token[2] !== undefined) {
        for (const part of token[2].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
          if (part[1] !== undefined) line += decode(part[1], map);
          else if (Number(part[2]) <= -250) line += " ";
        }
      } else if (token[3] !== undefined) line += decode(token[3], map);
      else {
        lines.push(line);
        line = "";
      }
    }
  }
  return lines.join("\n");
}

function resolveDict(
  objects: Map<number, { dict: string; stream: string | null }>,
  dict: string,
  key: string,
): string {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  if (ref) return objects.get(Number(ref))?.dict ?? "";
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return "";
  let depth = 0;
  const start = dict.indexOf("<<", at);
  for (let i = start; i < dict.length - 1; i++) {
    if (dict.startsWith("<<", i)) {
      depth++;
      i++;
    } else if (dict.startsWith(">>", i) && --depth === 0) return dict.slice(start, i + 2);
  }
  return "";
}

function decode(hex: string, map: Map<string, string>): string {
  let out = "";
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += map.get(hex.slice(i, i + 4).toLowerCase()) ?? "";
  return out;
}

function parseCmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4)
      units.push(Number.parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set((m[1] ?? "").toLowerCase().padStart(4, "0"), unicode(m[2] ?? ""));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? "").matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g,
    )) {
      const lo = Number.parseInt(m[1] ?? "0", 16);
      const hi = Number.parseInt(m[2] ?? "0", 16);
      const dst = m[3] ?? "";
      const list = [...dst.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((d) =>
        (d[1] ?? "").replace(/\s+/g, ""),
      );
      for (let code = lo; code <= hi; code++) {
        const key = code.toString(16).padStart(4, "0");
        if (dst.startsWith("[")) map.set(key, unicode(list[code - lo] ?? ""));
        else {
          const base = Number.parseInt((list[0] ?? "0").slice(0, 4), 16);
          map.set(key, String.fromCharCode(base + code - lo));
        }
      }
    }
  }
  return map;
}
