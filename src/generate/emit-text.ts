// Text from the metadata written into generated code: only ever inside string literals
// (JSON.stringify) or comments, and comments cannot be broken out of.

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029]/g;

/** A JSDoc block for `text` at `indent`, or nothing; `*\/` inside cannot end it early. */
export function jsDoc(text: string | undefined, indent: string): string {
  if (text === undefined || text.trim() === "") return "";
  const lines = text.trim().replaceAll("*/", "*\\/").split(LINE_BREAKS);
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}

/** `text` on one line, for a `//` comment: line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, " ");
}

/** A string literal. */
export function literal(text: string): string {
  return JSON.stringify(text);
}

/** A property name in an object literal: bare when it is an identifier, and never `__proto__`, which would set the prototype. */
export function propertyName(key: string): string {
  if (key === "__proto__") return '["__proto__"]';
  let identifier = key.length > 0;
  for (let i = 0; i < key.length && identifier; i++) {
    const c = key.charCodeAt(i);
    identifier = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (c >= 48 && c <= 57 && i > 0);
  }
  return identifier ? key : literal(key);
}
