/**
 * A small XML reader for manifest checks: elements, attributes, text and line numbers.
 * It is tolerant of what manifests contain (declaration, comments, CDATA, the five named entities and
 * numeric references) and strict about nesting, so a broken file gives a clear error with its line.
 * It does not resolve DTDs or namespaces — names keep their prefix as written (`bt:Url`).
 */

export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated text directly inside this element (not its children), entities decoded. */
  text: string;
  readonly line: number;
  readonly parent: XmlElement | undefined;
};

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "XmlSyntaxError";
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const named = NAMED_ENTITIES[ref];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity ${whole}`, line);
    return named;
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const advance = (to: number) => {
    for (let i = pos; i < to; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    pos = to;
  };
  const skipPast = (terminator: string, what: string) => {
    const end = source.indexOf(terminator, pos);
    if (end < 0) throw new XmlSyntaxError(`unterminated ${what}`, line);
    const content = source.slice(pos, end);
    advance(end + terminator.length);
    return content;
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > pos) {
      const text = source.slice(pos, textEnd);
      const current = stack[stack.length - 1];
      if (current) current.text += decodeEntities(text, line);
      else if (text.trim() !== "") throw new XmlSyntaxError("text outside the root element", line);
      advance(textEnd);
      continue;
    }
    if (source.startsWith("<!--", pos)) {
      advance(pos + 4);
      skipPast("-->", "comment");
    } else if (source.startsWith("<![CDATA[", pos)) {
      advance(pos + 9);
      const data = skipPast("]]>", "CDATA section");
      const current = stack[stack.length - 1];
      if (!current) throw new XmlSyntaxError("CDATA outside the root element", line);
      current.text += data;
    } else if (source.startsWith("<?", pos)) {
      advance(pos + 2);
      skipPast("?>", "processing instruction");
    } else if (source.startsWith("<!", pos)) {
      advance(pos + 2);
      skipPast(">", "declaration");
    } else if (source.startsWith("</", pos)) {
      NAME.lastIndex = pos + 2;
      const match = NAME.exec(source);
      if (!match) throw new XmlSyntaxError("malformed end tag", line);
      const name = match[0];
      const open = stack.pop();
      if (!open) throw new XmlSyntaxError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name)
        throw new XmlSyntaxError(`end tag </${name}> does not match <${open.name}> opened on line ${open.line}`, line);
      advance(NAME.lastIndex);
      const close = source.indexOf(">", pos);
      if (close < 0 || source.slice(pos, close).trim() !== "")
        throw new XmlSyntaxError(`malformed end tag </${name}>`, line);
      advance(close + 1);
    } else {
      const startLine = line;
      NAME.lastIndex = pos + 1;
      const match = NAME.exec(source);
      if (!match) throw new XmlSyntaxError("'<' not followed by an element name", line);
      const name = match[0];
      let cursor = NAME.lastIndex;
      const attributes: Record<string, string> = {};
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const attr = ATTRIBUTE.exec(source);
        if (!attr) break;
        const [, attrName = "", , doubleQuoted, singleQuoted] = attr;
        if (attrName in attributes) throw new XmlSyntaxError(`attribute ${attrName} repeated on <${name}>`, startLine);
        attributes[attrName] = decodeEntities(doubleQuoted ?? singleQuoted ?? "", startLine);
        cursor = ATTRIBUTE.lastIndex;
      }
      const rest = /\s*(\/?)>/y;
      rest.lastIndex = cursor;
      const end = rest.exec(source);
      if (!end) throw new XmlSyntaxError(`malformed start tag <${name}>`, startLine);
      const parent = stack[stack.length - 1];
      const element: XmlElement = { name, attributes, children: [], text: "", line: startLine, parent };
      if (parent) parent.children.push(element);
      else if (root) throw new XmlSyntaxError(`second root element <${name}>`, startLine);
      else root = element;
      advance(rest.lastIndex);
      if (end[1] !== "/") stack.push(element);
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new XmlSyntaxError(`<${unclosed.name}> opened on line ${unclosed.line} is never closed`, line);
  if (!root) throw new XmlSyntaxError("no root element", line);
  return root;
}

/** Every element below `element` (depth first, document order), not including itself. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

/** The element name without its namespace prefix: `bt:Url` → `Url`. */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon < 0 ? element.name : element.name.slice(colon + 1);
}

/** The `xsi:type` attribute (any prefix bound to XMLSchema-instance is written `xsi` in manifests). */
export function xsiType(element: XmlElement): string | undefined {
  return element.attributes["xsi:type"];
}

/**
 * How errors name an element: its tag with the attribute that identifies it, e.g.
 * `<bt:Url id="Taskpane.Url">`, `<Label resid="Group.Label">`, `<ExtensionPoint xsi:type="LaunchEvent">`.
 */
export function describe(element: XmlElement): string {
  for (const key of ["id", "resid", "Type", "xsi:type", "Name", "size"]) {
    const value = element.attributes[key];
    if (value !== undefined) return `<${element.name} ${key}="${value}">`;
  }
  return `<${element.name}>`;
}
