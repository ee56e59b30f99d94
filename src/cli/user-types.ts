import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { quoteText } from "../core/objects.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { notAnObjectType } from "./described.js";
import { DTO_TYPES, dtoType } from "./types.js";

/** A type that cannot be had: a name no built-in type has, a module that cannot be imported, an export that is not a type. */
export class TypeLoadError extends Error {}

/** Whether a type reference names a module (`./dtos.mjs#Ticket`, `/abs/dtos.js`) rather than a built-in type. */
export function isModuleReference(reference: string): boolean {
  return reference.includes("#") || reference.includes("/") || reference.includes("\\") || /\.[cm]?[jt]s$/.test(reference);
}

/**
 * Loads the object type a reference names: a built-in DTO by its C# name (`SessionInfo`), or
 * `module#Export` from the user's ES module, the path relative to `base` (the working
 * directory on the command line, the config file's folder in a config). Without `#Export` the
 * module's default export is the type. Each module is imported once per `loader`.
 */
export class TypeLoader {
  private readonly modules = new Map<string, Promise<Record<string, unknown>>>();

  async load(reference: string, base: string): Promise<ObjectSchema> {
    if (!isModuleReference(reference)) {
      const type = dtoType(reference);
      if (!type) throw new TypeLoadError(`unknown type ${quoteText(reference)}: one of ${DTO_TYPES.map((t) => t.typeName).join(", ")}, or module#Export for your own (./dtos.mjs#Ticket)`);
      return type;
    }
    const hash = reference.lastIndexOf("#");
    const file = hash < 0 ? reference : reference.slice(0, hash);
    const exportName = hash < 0 ? "default" : reference.slice(hash + 1);
    if (file === "" || exportName === "") throw new TypeLoadError(`${quoteText(reference)}: write the module and the export, as ./dtos.mjs#Ticket`);
    const path = isAbsolute(file) ? file : resolve(base, file);
    const exports = await this.importModule(path, file);
    const value = Object.hasOwn(exports, exportName) ? exports[exportName] : commonJsExport(exports, exportName);
    if (value === undefined) {
      const types = Object.keys(exports).filter((name) => notAnObjectType(exports[name]) === undefined);
      const known = types.length === 0 ? "it exports no described object type" : `its described object types: ${types.join(", ")}`;
      throw new TypeLoadError(`${file} has no ${exportName === "default" ? "default export" : `export ${quoteText(exportName)}`} (${known})`);
    }
    const wrong = notAnObjectType(value);
    if (wrong !== undefined) throw new TypeLoadError(`${quoteText(reference)} is ${wrong}`);
    return value as ObjectSchema;
  }

  private importModule(path: string, shown: string): Promise<Record<string, unknown>> {
    let loading = this.modules.get(path);
    if (!loading) {
      loading = importUserModule(path, shown);
      this.modules.set(path, loading);
    }
    return loading;
  }
}

async function importUserModule(path: string, shown: string): Promise<Record<string, unknown>> {
  if (!existsSync(path)) throw new TypeLoadError(`cannot find the module ${shown} (${path})`);
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_UNKNOWN_FILE_EXTENSION" && /\.[cm]?ts$/.test(path)) {
      throw new TypeLoadError(
        `Node.js ${process.version} cannot import the TypeScript module ${shown}: compile it to .js or .mjs, ` +
          "or run evo-codec on a Node.js that strips types (22.18 or later; 22.6 with NODE_OPTIONS=--experimental-strip-types), " +
          "or with a loader (NODE_OPTIONS='--import tsx')",
      );
    }
    throw new TypeLoadError(`importing ${shown} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A CommonJS module's `module.exports` is the default export of its ES module face. */
function commonJsExport(exports: Record<string, unknown>, name: string): unknown {
  const whole = exports["default"];
  if (name === "default" || typeof whole !== "object" || whole === null || !Object.hasOwn(whole, name)) return undefined;
  return (whole as Record<string, unknown>)[name];
}
