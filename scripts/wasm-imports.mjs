// Short names for the wasm's imports, a release step of scripts/post-build.mjs.
//
// wasm-bindgen names each import after the JS it calls plus a 16-digit hash
// (`__wbg_addEventListener_6a4d4d5f5e1b2c3a`), and each name is written
// twice: in the wasm's import section and as a key of the glue's import
// object. The hashes do not compress, so the ~170 names cost about 3 kB
// after brotli. This renames them to short ones (`a`, `b`, ..., `aa`, ...)
// in both files. Only the import section's names change: every other byte
// of the wasm stays as it is. A name is renamed only if the glue holds it
// exactly once, as a key (`name:`), so anything unexpected is left alone.
//
//   renameImports(wasm: Buffer, glue: string) -> { wasm, glue, renamed }

const IMPORT_SECTION = 2;
/** The names wasm-bindgen gives the imports it generates. */
const GENERATED = /^__wbg_|^__wbindgen_/;

/** An unsigned LEB128 number at `at`: its value and where it ends. */
export function readLeb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return { value, at };
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
};

/** `a`..`z`, `A`..`Z`, then two letters and so on. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let length = 1; ; length++) {
    const total = letters.length ** length;
    for (let n = 0; n < total; n++) {
      let text = '';
      for (let k = 0, rest = n; k < length; k++, rest = Math.floor(rest / letters.length)) {
        text = letters[rest % letters.length] + text;
      }
      yield text;
    }
  }
}

/** Where one import's description ends (function, table, memory, global or tag). */
export function skipDescription(buf, at) {
  const kind = buf[at++];
  const limits = () => {
    const flags = buf[at++];
    at = readLeb(buf, at).at;
    if (flags & 1) at = readLeb(buf, at).at;
  };
  switch (kind) {
    case 0x00: // function: type index
      return readLeb(buf, at).at;
    case 0x01: // table: reference type, limits
      at += 1;
      limits();
      return at;
    case 0x02: // memory: limits
      limits();
      return at;
    case 0x03: // global: value type, mutability
      return at + 2;
    case 0x04: // tag: attribute, type index
      return readLeb(buf, at + 1).at;
    default:
      throw new Error(`wasm-imports: unknown import kind ${kind}`);
  }
}

export function renameImports(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-imports: not a wasm file');
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const size = readLeb(wasm, at + 1);
    const start = size.at;
    const end = start + size.value;
    if (id !== IMPORT_SECTION) {
      at = end;
      continue;
    }
    const count = readLeb(wasm, start);
    let p = count.at;
    const parts = [leb(count.value)];
    const renamed = new Map();
    const taken = new Set();
    const imports = [];
    for (let i = 0; i < count.value; i++) {
      const moduleLen = readLeb(wasm, p);
      const moduleName = wasm.subarray(moduleLen.at, moduleLen.at + moduleLen.value).toString('utf8');
      p = moduleLen.at + moduleLen.value;
      const fieldLen = readLeb(wasm, p);
      const field = wasm.subarray(fieldLen.at, fieldLen.at + fieldLen.value).toString('utf8');
      p = fieldLen.at + fieldLen.value;
      const descEnd = skipDescription(wasm, p);
      imports.push({ moduleName, field, desc: wasm.subarray(p, descEnd) });
      taken.add(field);
      p = descEnd;
    }
    if (p !== end) throw new Error('wasm-imports: the import section did not parse to its end');
    const names = shortNames();
    const next = () => {
      let text;
      do text = names.next().value;
      while (taken.has(text));
      return text;
    };
    for (const entry of imports) {
      let field = entry.field;
      const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
      if (GENERATED.test(field) && (glue.match(key) ?? []).length === 1 && new RegExp(`${key.source}\\s*:`).test(glue)) {
        const short = next();
        glue = glue.replace(key, short);
        renamed.set(field, short);
        field = short;
      }
      parts.push(name(entry.moduleName), name(field), entry.desc);
    }
    const body = Buffer.concat(parts);
    const section = Buffer.concat([Buffer.from([IMPORT_SECTION]), leb(body.length), body]);
    return { wasm: Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(end)]), glue, renamed };
  }
  return { wasm, glue, renamed: new Map() };
}
