// Where the bytes of a wasm file go: code size per function and per crate,
// and the data section, from the file's name section. Build one with names:
//   cargo build --release --target wasm32-unknown-unknown
//   wasm-bindgen --target web --out-dir target/names target/wasm32-unknown-unknown/release/netstyle.wasm
//   wasm-opt -Oz -g --enable-bulk-memory ... target/names/netstyle_bg.wasm -o target/names/opt.wasm
//
//   node bench/wasm-top.mjs target/names/opt.wasm [how-many]
import { readFileSync } from 'node:fs';
import { readLeb, skipDescription } from '../scripts/wasm-imports.mjs';

const file = process.argv[2];
const top = Number(process.argv[3] ?? 40);
const buf = readFileSync(file);
let at = 8;
const leb = () => {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
};
const str = () => {
  const len = leb();
  const s = buf.subarray(at, at + len).toString('utf8');
  at += len;
  return s;
};

const sections = [];
let imported = 0;
const bodies = [];
const names = new Map();
while (at < buf.length) {
  const id = buf[at++];
  const len = leb();
  const end = at + len;
  let name = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id];
  if (id === 0) name += ` "${str()}"`;
  sections.push([name, len]);
  if (id === 2) {
    let { value: count, at: p } = readLeb(buf, at);
    for (; count > 0; count--) {
      for (const _ of ['module', 'field']) {
        const len = readLeb(buf, p);
        p = len.at + len.value;
      }
      if (buf[p] === 0) imported++;
      p = skipDescription(buf, p);
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const size = leb();
      bodies.push(size);
      at += size;
    }
  } else if (name === 'custom "name"') {
    while (at < end) {
      const sub = buf[at++];
      const sublen = leb();
      const subend = at + sublen;
      if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), str());
      at = subend;
    }
  }
  at = end;
}

// Rust's legacy mangling, enough to read a path: _ZN3std2io5stdio6_print17h...E
function demangle(name) {
  const m = /^_ZN(.*)E$/.exec(name);
  if (!m) return name;
  const parts = [];
  let s = m[1];
  while (s.length) {
    const n = /^(\d+)/.exec(s);
    if (!n) break;
    const len = Number(n[1]);
    parts.push(s.slice(n[1].length, n[1].length + len));
    s = s.slice(n[1].length + len);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? '')) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\.\./g, '::').replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}');
}

// The crate a function belongs to: the first path segment, or the crate
// inside an `<impl ... for ...>` when that names one of ours.
function crateOf(name) {
  const d = demangle(name);
  const inner = /^<([a-z_0-9]+)::/.exec(d);
  const first = inner ? inner[1] : /^([a-z_0-9]+)::/.exec(d)?.[1];
  return first ?? '(other)';
}

const funcs = bodies.map((size, i) => ({ size, name: names.get(imported + i) ?? `func ${imported + i}` }));
const code = funcs.reduce((n, f) => n + f.size, 0);
console.log(`${file}: ${buf.length} bytes`);
for (const [name, len] of sections) console.log(`  ${name.padEnd(28)} ${String(len).padStart(8)}`);
const byCrate = new Map();
for (const f of funcs) {
  const c = crateOf(f.name);
  byCrate.set(c, (byCrate.get(c) ?? 0) + f.size);
}
console.log(`\ncode by crate (${funcs.length} functions, ${code} bytes)`);
for (const [c, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`  ${String(size).padStart(8)}  ${(100 * size / code).toFixed(1).padStart(5)}%  ${c}`);
}
console.log(`\nlargest ${top} functions`);
for (const f of [...funcs].sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`  ${String(f.size).padStart(8)}  ${demangle(f.name).slice(0, 150)}`);
}
