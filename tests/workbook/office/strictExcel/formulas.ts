/**
 * A small formula evaluator, so the strict fake calculates like Excel and a stale cached value is
 * caught: numbers, text, TRUE/FALSE, error literals, + - * / ^ & % and comparisons, cell and range
 * references (with $, across sheets, quoted names), and the functions the report writes: SUM, IF,
 * IFERROR, ROUND, ISBLANK, NA, MIN, MAX, ABS, AND, OR. Anything else is #NAME?, as in an Excel
 * that does not know the function. It is written apart from src/core on purpose: sharing its
 * rounding would hide the very differences it is here to catch.
 */
import { ERROR_TEXTS, type CellValue } from "./state";

export type Scalar = number | string | boolean | { error: string } | null;
interface RangeValue {
  kind: "range";
  cells: Scalar[];
}
type Value = Scalar | RangeValue;

/** Looks up a cell of a sheet (null sheet name: the formula's own sheet); undefined: no such sheet. */
export type CellLookup = (sheet: string | null, row: number, column: number) => Scalar | undefined;

const err = (error: string) => ({ error });
const isError = (value: unknown): value is { error: string } =>
  typeof value === "object" && value !== null && "error" in value;

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; v: string }
  | { t: "ref"; sheet: string | null; a: [number, number]; b?: [number, number] }
  | { t: "bool"; v: boolean }
  | { t: "fn"; v: string }
  | { t: "op"; v: string };

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const cellAt = (at: number): { cell: [number, number]; end: number } | null => {
    const match = CELL.exec(text.slice(at));
    if (!match) return null;
    return {
      cell: [Number(match[2]) - 1, columnIndex(match[1])],
      end: at + match[0].length,
    };
  };
  const reference = (sheet: string | null, at: number): number => {
    const first = cellAt(at);
    if (!first) throw new SyntaxError(`reference expected at ${at} in ${text}`);
    let end = first.end;
    let second: [number, number] | undefined;
    if (text[end] === ":") {
      const next = cellAt(end + 1);
      if (next) {
        second = next.cell;
        end = next.end;
      }
    }
    tokens.push({ t: "ref", sheet, a: first.cell, b: second });
    return end;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === " ") {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const match = /^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?/i.exec(text.slice(i))!;
      tokens.push({ t: "num", v: Number(match[0]) });
      i += match[0].length;
    } else if (ch === '"') {
      let j = i + 1;
      let value = "";
      for (;;) {
        if (j >= text.length) throw new SyntaxError(`unterminated text in ${text}`);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      tokens.push({ t: "str", v: value });
      i = j + 1;
    } else if (ch === "#") {
      const error = ERROR_TEXTS.find((e) => text.startsWith(e, i));
      if (!error) throw new SyntaxError(`unknown error literal in ${text}`);
      tokens.push({ t: "err", v: error });
      i += error.length;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (;;) {
        if (text[j] === "'" && text[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (text[j] === "'") break;
        else name += text[j++];
        if (j >= text.length) throw new SyntaxError(`unterminated sheet name in ${text}`);
      }
      if (text[j + 1] !== "!") throw new SyntaxError(`! expected after sheet name in ${text}`);
      i = reference(name, j + 2);
    } else if (/[A-Za-z_$]/.test(ch)) {
      const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(text.slice(i))![0];
      const after = i + word.length;
      if (text[after] === "!") {
        i = reference(word, after + 1);
      } else if (text[after] === "(") {
        tokens.push({ t: "fn", v: word.toUpperCase() });
        i = after + 1;
      } else if (/^(TRUE|FALSE)$/i.test(word)) {
        tokens.push({ t: "bool", v: /^TRUE$/i.test(word) });
        i = after;
      } else {
        i = reference(null, i);
      }
    } else {
      const two = text.slice(i, i + 2);
      if (two === "<=" || two === ">=" || two === "<>") {
        tokens.push({ t: "op", v: two });
        i += 2;
      } else if ("+-*/^&=<>%(),".includes(ch)) {
        tokens.push({ t: "op", v: ch });
        i++;
      } else {
        throw new SyntaxError(`unexpected ${ch} in ${text}`);
      }
    }
  }
  return tokens;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; sheet: string | null; a: [number, number]; b?: [number, number] }
  | { k: "un"; op: string; x: Node }
  | { k: "bin"; op: string; x: Node; y: Node }
  | { k: "call"; fn: string; args: Node[] };

function parse(tokens: Token[]): Node {
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (...ops: string[]) => {
    const token = peek();
    return token?.t === "op" && ops.includes(token.v);
  };
  const expect = (op: string) => {
    if (!isOp(op)) throw new SyntaxError(`${op} expected`);
    at++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let x = next();
    while (isOp(...ops)) {
      const op = (tokens[at++] as { v: string }).v;
      x = { k: "bin", op, x, y: next() };
    }
    return x;
  };
  const primary = (): Node => {
    const token = peek();
    at++;
    if (!token) throw new SyntaxError("unexpected end");
    switch (token.t) {
      case "num":
        return { k: "lit", v: token.v };
      case "str":
        return { k: "lit", v: token.v };
      case "bool":
        return { k: "lit", v: token.v };
      case "err":
        return { k: "lit", v: err(token.v) };
      case "ref":
        return { k: "ref", sheet: token.sheet, a: token.a, b: token.b };
      case "fn": {
        const args: Node[] = [];
        if (!isOp(")")) {
          for (;;) {
            args.push(isOp(",", ")") ? { k: "lit", v: null } : comparison());
            if (!isOp(",")) break;
            at++;
          }
        }
        expect(")");
        return { k: "call", fn: token.v, args };
      }
      case "op":
        if (token.v === "(") {
          const inner = comparison();
          expect(")");
          return inner;
        }
        if (token.v === "-" || token.v === "+") return { k: "un", op: token.v, x: power() };
    }
    throw new SyntaxError(`unexpected token ${JSON.stringify(token)}`);
  };
  const percent = (): Node => {
    let x = primary();
    while (isOp("%")) {
      at++;
      x = { k: "un", op: "%", x };
    }
    return x;
  };
  const power = binary(percent, ["^"]);
  const term = binary(power, ["*", "/"]);
  const additive = binary(term, ["+", "-"]);
  const concat = binary(additive, ["&"]);
  const comparison: () => Node = binary(concat, ["=", "<>", "<", ">", "<=", ">="]);
  const tree = comparison();
  if (at !== tokens.length) throw new SyntaxError("trailing tokens");
  return tree;
}

const parsed = new Map<string, Node>();

/** Parses a formula ("=…"); throws SyntaxError on what Excel would refuse to enter. */
export function parseFormula(formula: string): Node {
  let tree = parsed.get(formula);
  if (!tree) {
    tree = parse(tokenize(formula.replace(/^=/, "")));
    parsed.set(formula, tree);
  }
  return tree;
}

function toNumber(value: Scalar): number | { error: string } {
  if (isError(value)) return value;
  if (value === null || value === "") return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

function toText(value: Scalar): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function toBoolean(value: Scalar): boolean | { error: string } {
  if (isError(value)) return value;
  if (typeof value === "boolean") return value;
  if (value === null) return false;
  if (typeof value === "number") return value !== 0;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  return err("#VALUE!");
}

/** Excel's ROUND: half away from zero on the decimal value Excel shows (15 significant digits). */
function round(x: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / factor;
}

function compare(op: string, x: Scalar, y: Scalar): boolean {
  const rank = (v: Scalar) =>
    typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2;
  let a: number | string | boolean = x === null ? (typeof y === "string" ? "" : 0) : (x as never);
  let b: number | string | boolean = y === null ? (typeof x === "string" ? "" : 0) : (y as never);
  let c: number;
  if (rank(a as Scalar) !== rank(b as Scalar)) c = rank(a as Scalar) - rank(b as Scalar);
  else if (typeof a === "string") {
    a = a.toLowerCase();
    b = String(b).toLowerCase();
    c = a < b ? -1 : a > b ? 1 : 0;
  } else c = Number(a) - Number(b);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

export function evaluate(formula: string, lookup: CellLookup): Scalar {
  if (formula.includes("#REF!")) return err("#REF!");
  let tree: Node;
  try {
    tree = parseFormula(formula);
  } catch {
    return err("#NAME?");
  }
  const scalar = (value: Value): Scalar => {
    if (value !== null && typeof value === "object" && "kind" in value)
      return value.cells.length === 1 ? value.cells[0] : err("#VALUE!");
    return value;
  };
  const flat = (value: Value): Scalar[] =>
    value !== null && typeof value === "object" && "kind" in value ? value.cells : [value];
  const run = (node: Node): Value => {
    switch (node.k) {
      case "lit":
        return node.v;
      case "ref": {
        const [r1, c1] = node.a;
        const [r2, c2] = node.b ?? node.a;
        const cells: Scalar[] = [];
        for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
          for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
            const value = lookup(node.sheet, r, c);
            if (value === undefined) return err("#REF!");
            cells.push(value);
          }
        return { kind: "range", cells };
      }
      case "un": {
        const x = toNumber(scalar(run(node.x)));
        if (isError(x)) return x;
        return node.op === "-" ? -x : node.op === "%" ? x / 100 : x;
      }
      case "bin": {
        const x = scalar(run(node.x));
        const y = scalar(run(node.y));
        if (isError(x)) return x;
        if (isError(y)) return y;
        if (node.op === "&") return toText(x) + toText(y);
        if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) return compare(node.op, x, y);
        const a = toNumber(x);
        const b = toNumber(y);
        if (isError(a)) return a;
        if (isError(b)) return b;
        switch (node.op) {
          case "+":
            return a + b;
          case "-":
            return a - b;
          case "*":
            return a * b;
          case "^":
            return a ** b;
          default:
            return b === 0 ? err("#DIV/0!") : a / b;
        }
      }
      case "call":
        return call(node.fn, node.args);
    }
  };
  const numbersOf = (args: Node[]): number[] | { error: string } => {
    const numbers: number[] = [];
    for (const arg of args) {
      const value = run(arg);
      const isRange = value !== null && typeof value === "object" && "kind" in value;
      for (const cell of flat(value)) {
        if (isError(cell)) return cell;
        // In a range only numbers count; typed directly, text that is a number counts too.
        if (typeof cell === "number") numbers.push(cell);
        else if (!isRange && cell !== null) {
          const n = toNumber(cell);
          if (isError(n)) return n;
          numbers.push(n);
        }
      }
    }
    return numbers;
  };
  const call = (fn: string, args: Node[]): Value => {
    switch (fn) {
      case "SUM": {
        const numbers = numbersOf(args);
        return isError(numbers) ? numbers : numbers.reduce((sum, n) => sum + n, 0);
      }
      case "MIN":
      case "MAX": {
        const numbers = numbersOf(args);
        if (isError(numbers)) return numbers;
        if (numbers.length === 0) return 0;
        return fn === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
      }
      case "ABS": {
        const x = toNumber(scalar(run(args[0])));
        return isError(x) ? x : Math.abs(x);
      }
      case "ROUND": {
        const x = toNumber(scalar(run(args[0])));
        const digits = toNumber(scalar(args[1] ? run(args[1]) : 0));
        if (isError(x)) return x;
        if (isError(digits)) return digits;
        return round(x, digits);
      }
      case "IF": {
        const condition = toBoolean(scalar(run(args[0])));
        if (isError(condition)) return condition;
        if (condition) return args[1] ? run(args[1]) : true;
        return args[2] ? run(args[2]) : false;
      }
      case "IFERROR": {
        const value = scalar(run(args[0]));
        return isError(value) ? run(args[1]) : value;
      }
      case "ISBLANK":
        return scalar(run(args[0])) === null;
      case "NA":
        return err("#N/A");
      case "AND":
      case "OR": {
        const values = args.flatMap((arg) => flat(run(arg)));
        const booleans: boolean[] = [];
        for (const value of values) {
          const b = toBoolean(value);
          if (isError(b)) return b;
          booleans.push(b);
        }
        return fn === "AND" ? booleans.every(Boolean) : booleans.some(Boolean);
      }
      default:
        return err("#NAME?");
    }
  };
  const result = scalar(run(tree));
  if (typeof result === "number" && !Number.isFinite(result)) return err("#NUM!");
  return result;
}

/** What a cell shows after calculation: an empty reference shows 0, as in Excel. */
export function shown(value: Scalar): CellValue {
  return value === null ? 0 : value;
}
