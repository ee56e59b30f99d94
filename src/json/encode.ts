import { encodeBase64 } from "../core/base64.js";
import { flatString } from "../core/chars.js";
import { compactWriters } from "../core/compact-writer.js";
import { Failure } from "../core/errors.js";
import { formatDouble, formatFloat, untypedNumberText } from "../core/numbers.js";
import { jsonDateTime, jsonDateTimeOffset, type DotNetDate } from "../core/dotnet-date.js";
import { guidDigits } from "../core/guid.js";
import { xsdDuration } from "../core/timespan.js";
import { scalarCheck } from "../model/values.js";
import { jsonStringBody, quoteJsonString } from "./escape.js";

/**
 * JSON's spelling: strings and names in quotes with the reference's escaping, `true`/`false`,
 * enums quoted, numbers bare, `byte[]` as a base64 string.
 */
export const jsonWriterFor = /* @__PURE__ */ compactWriters({
  scalars: {
    string: (node) => {
      const check = scalarCheck(node);
      return (value) => quoteJsonString(check(value) as string);
    },
    boolean: (node) => {
      const check = scalarCheck(node);
      return (value) => (check(value) ? "true" : "false");
    },
    integer: (node) => {
      const check = scalarCheck(node);
      return (value) => String(check(value));
    },
    number: (node) => {
      const check = scalarCheck(node);
      const format = node.typeName === "float" ? formatFloat : formatDouble;
      return (value) => {
        const number = check(value) as number;
        // The reference writes NaN and the infinities bare, which no JSON reader accepts (spec §13.2).
        if (!Number.isFinite(number)) throw new Failure("invalid-number", `JSON cannot hold ${number} (JSV and CSV can)`, -1);
        return format(number);
      };
    },
    decimal: (node) => {
      const check = scalarCheck(node);
      return (value) => check(value) as string;
    },
    dateTime: (node) => {
      const check = scalarCheck(node);
      return (value) => jsonDateTime(check(value) as DotNetDate);
    },
    dateTimeOffset: (node) => {
      const check = scalarCheck(node);
      return (value) => jsonDateTimeOffset(check(value) as DotNetDate);
    },
    timeSpan: (node) => {
      const check = scalarCheck(node);
      return (value) => '"' + xsdDuration(check(value) as bigint) + '"';
    },
    guid: (node) => {
      const check = scalarCheck(node);
      return (value) => '"' + guidDigits(check(value) as string) + '"';
    },
    char: (node) => {
      const check = scalarCheck(node);
      return (value) => quoteJsonString(check(value) as string);
    },
    bytes: (node) => {
      const check = scalarCheck(node);
      return (value) => '"' + encodeBase64(check(value) as Uint8Array) + '"';
    },
    enum: (node) => {
      const check = scalarCheck(node);
      // Each member's text, spelled once; a value no member names is written as its number in
      // quotes (`"7"`), as the reference writes it.
      const spelled = new Map(node.values.map((member) => [member, flatString(quoteJsonString(member))]));
      return (value) => {
        const text = spelled.get(value as string);
        if (text !== undefined) return text;
        const member = check(value);
        return typeof member === "number" ? `"${member}"` : quoteJsonString(member as string);
      };
    },
    flags: (node) => {
      const check = scalarCheck(node);
      return (value) => String(check(value));
    },
  },
  untypedNumber: (value) => {
    if (!Number.isFinite(value)) throw new Failure("invalid-number", `JSON cannot hold ${value} (JSV and CSV can)`, -1);
    return untypedNumberText(value);
  },
  nullElement: "null",
  memberLabel: (name) => quoteJsonString(name) + ":",
  quotedStrings: { quote: '"', body: jsonStringBody },
  dictionaryKey: quoteJsonString,
});
