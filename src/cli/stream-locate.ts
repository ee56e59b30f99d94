import type { PathSegment } from "../core/path.js";
import { closeFile, openRegular, textPieces } from "./files.js";
import { locatePath } from "./locate.js";
import { placeInFile, type Place } from "./place.js";
import { listElements, type StreamedFile } from "./stream.js";

/**
 * Where `[index].member…` lies in a streamed file, found by reading it again up to that row or
 * element: only a mismatch pays for it.
 */
export async function locateStreamed(source: StreamedFile, segments: readonly PathSegment[]): Promise<Place> {
  const [index, ...rest] = segments;
  if (typeof index !== "number") return placeInFile(source.path, source.encoding, { units: 0 });
  if (source.format === "csv") {
    const rows = csvRowsAround(source, index);
    if (!rows) return placeInFile(source.path, source.encoding, { units: 0 });
    const offset = locatePath("csv", `${rows.header}\n${rows.row}`, [0, ...rest]);
    const inRow = Math.max(0, offset - rows.header.length - 1);
    return placeInFile(source.path, source.encoding, { units: rows.rowAt + inRow });
  }
  for await (const element of listElements(source)) {
    if (element.index !== index) continue;
    const offset = locatePath(source.format, element.text, [element.shift > 0 ? 1 : 0, ...rest]);
    return placeInFile(source.path, source.encoding, { units: Math.max(0, element.at + offset - element.shift) });
  }
  return placeInFile(source.path, source.encoding, { units: 0 });
}

/** The header and data row `index` of a CSV file, and where that row starts: rows end at a line break outside quotes. */
function csvRowsAround(source: StreamedFile, index: number): { header: string; row: string; rowAt: number } | undefined {
  const file = openRegular(source.path);
  if (typeof file === "string") return undefined;
  const wanted = index + 1;
  let row = 0;
  let rowAt = 0;
  let offset = 0;
  let inQuotes = false;
  let header = "";
  let current = "";
  try {
    for (const piece of textPieces(file, source.encoding)) {
      let from = 0;
      for (let i = 0; i < piece.length; i++) {
        const c = piece.charCodeAt(i);
        if (c === 0x22) inQuotes = !inQuotes;
        else if (c === 0x0a && !inQuotes) {
          if (row === 0 || row === wanted) current += piece.slice(from, i);
          if (row === wanted) return { header: withoutCr(header), row: withoutCr(current), rowAt };
          if (row === 0) header = current;
          current = "";
          row++;
          rowAt = offset + i + 1;
          from = i + 1;
        }
        if (current.length > source.maxLength) return undefined;
      }
      if (row === 0 || row === wanted) current += piece.slice(from);
      offset += piece.length;
    }
  } catch {
    return undefined;
  } finally {
    closeFile(file);
  }
  return row === wanted ? { header: withoutCr(header), row: withoutCr(current), rowAt } : undefined;
}

function withoutCr(line: string): string {
  const start = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  return line.slice(start, line.endsWith("\r") ? -1 : undefined);
}
