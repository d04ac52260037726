// Parses JSON like JSON.parse, but a syntax error says where: "line 3, column 14: expected ',' or '}'".
// V8's own messages name a position only for some errors, so on failure a small scanner finds the spot.

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = "JsonSyntaxError";
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw locateJsonError(text, error instanceof Error ? error.message : String(error));
  }
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Finds the first syntax error in text that JSON.parse refused; `fallback` is V8's message. */
export function locateJsonError(text: string, fallback: string): JsonSyntaxError {
  let pos = 0;
  const fail = (detail: string, at = pos): never => {
    const { line, column } = lineColumn(text, at);
    throw new JsonSyntaxError(line, column, detail);
  };
  const describe = (at: number) => (at >= text.length ? "unexpected end of input" : `unexpected character ${JSON.stringify(text[at])}`);
  const ws = () => {
    while (pos < text.length && " \t\n\r".includes(text[pos] ?? "")) pos++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, pos)) pos += word.length;
    else fail(describe(pos));
  };
  const string = () => {
    pos++; // opening quote
    for (;;) {
      if (pos >= text.length) fail("unterminated string");
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return;
      }
      if (c < 0x20) fail("control character in a string (newlines must be written \\n)");
      if (c === 92) {
        const e = text[pos + 1] ?? "";
        if ('"\\/bfnrt'.includes(e) && e !== "") pos += 2;
        else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else fail("invalid escape in a string");
      } else pos++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (!match || match[0] === "" || match[0] === "-") fail(describe(pos));
    pos += match?.[0].length ?? 0;
  };
  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === "{") {
      pos++;
      ws();
      if (text[pos] === "}") {
        pos++;
        return;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail(pos >= text.length ? "unexpected end of input" : "expected a property name in double quotes");
        string();
        ws();
        if (text[pos] !== ":") fail(pos >= text.length ? "unexpected end of input" : "expected ':' after a property name");
        pos++;
        value();
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return;
        }
        fail(pos >= text.length ? "unexpected end of input" : "expected ',' or '}' after a property value");
      }
    }
    if (c === "[") {
      pos++;
      ws();
      if (text[pos] === "]") {
        pos++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return;
        }
        fail(pos >= text.length ? "unexpected end of input" : "expected ',' or ']' after an array element");
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    fail(describe(pos));
  };
  try {
    value();
    ws();
    if (pos < text.length) fail("unexpected text after the JSON value");
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    // Too deeply nested for this scanner: fall through to V8's message.
  }
  return new JsonSyntaxError(1, 1, fallback.split("\n")[0] ?? fallback);
}
