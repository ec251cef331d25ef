// Trunk post-build hook, one script so that its steps run in order (Trunk starts the hooks of a
// stage all at once). In release builds it
//   1. optimises the WebAssembly with wasm-opt and shortens every import and export name: the
//      names wasm-bindgen writes carry a 16-hex-digit hash each, about 4 KB gzip of pure noise;
//   2. renames them to match in the JavaScript glue, using the map wasm-opt prints;
//   3. moves wasm-bindgen's JavaScript snippets into the glue, and minifies it with terser;
//   4. prerenders the default scenario's verdict and cost chart into index.html (prerender.mjs);
// and in every build it adds the Content-Security-Policy (scripts/csp.mjs).
import { readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tools = join(here, '..', '.tools', 'node_modules');
const dir = process.env.TRUNK_STAGING_DIR || 'dist';

/// The one staged file whose name ends with `suffix`.
function staged(suffix) {
  const names = readdirSync(dir).filter((n) => n.endsWith(suffix));
  if (names.length !== 1) throw new Error(`expected one ${suffix} file, found ${names.join(', ') || 'none'}`);
  return names[0];
}

/// Replaces every whole-word `from` in `code` with `to`, and fails unless it occurs `expected`
/// times (any count when `expected` is undefined), so that a change in wasm-bindgen's glue
/// stops the build instead of shipping a page that cannot start.
function rename(code, pattern, to, expected) {
  let count = 0;
  const out = code.replace(pattern, (...m) => {
    count++;
    return to(...m);
  });
  if (expected !== undefined && count !== expected) throw new Error(`${pattern} occurs ${count} times in the glue, expected ${expected}`);
  return out;
}

const escape = (s) => s.replace(/[$.]/g, '\\$&');

// Leptos brings in wasm-streams (for server functions, which this page has none of), whose three
// stream classes wasm-bindgen exports from the module whether used or not: they are removed from
// both sides (1.4 KB gzip). Nothing in the module or the glue creates them.
const UNUSED_EXPORTS = 'intounderlying';
const UNUSED_GLUE = [
  /export class IntoUnderlying\w+ \{[\s\S]*?\n\}\n/g,
  /if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n/g,
  /const IntoUnderlying\w+Finalization = [^;]*;\n/g,
  /const __wbindgen_enum_ReadableStreamType = \[[^\]]*\];\n/g,
];

if (process.env.TRUNK_PROFILE === 'release') {
  const wasmName = staged('_bg.wasm');
  const jsName = staged('.js');
  const wasmPath = join(dir, wasmName);
  const jsPath = join(dir, jsName);
  // Size first (-Oz, the budget is gzip bytes); --low-memory-unused and --zero-filled-memory
  // hold for a module that wasm-bindgen instantiates with fresh memory; flatten + rereloop
  // before the last rounds measured 0.5 KB smaller; --ignore-implicit-traps holds for Rust, which
  // checks divisors and bounds itself and never relies on a load or a division trapping.
  const printed = execFileSync(
    join(tools, '.bin', 'wasm-opt'),
    [wasmPath, '--ignore-implicit-traps', '--remove-exports', `--pass-arg=remove-exports@*${UNUSED_EXPORTS}*`, '-Oz', '--low-memory-unused', '--zero-filled-memory', '--flatten', '--rereloop', '-Oz', '-Oz', '--converge', '--strip-producers', '--strip-target-features',
      '-o', wasmPath,
      // For profiling, every name kept (with `data-keep-debug` on the wasm's link in index.html).
      ...(process.env.WASM_OPT_NAMES === '1' ? ['-g'] : ['--minify-imports-and-exports-and-modules'])],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  // --converge repeats the pipeline, so wasm-opt prints one map per round: follow them in turn.
  const rounds = printed.trim() ? printed.split(/^(?=\{)/m).map((m) => JSON.parse(m)) : [{ imports: [], exports: [] }];
  const map = rounds.reduce((sofar, round) => {
    const imports = new Map(round.imports.map(([, from, to]) => [from, to]));
    const exports = new Map(round.exports);
    const follow = (names, from) => {
      if (!names.has(from)) throw new Error(`wasm-opt lost the name ${from}`);
      return names.get(from);
    };
    return {
      imports: sofar.imports.map(([module, from, to]) => [module, from, follow(imports, to)]),
      exports: sofar.exports.map(([from, to]) => [from, follow(exports, to)]),
    };
  });
  let glue = readFileSync(jsPath, 'utf8');
  for (const unused of UNUSED_GLUE) glue = glue.replace(unused, '');
  // Each snippet (an `inline_js` module of one exported function) becomes a function of the glue:
  // one request, one preload link and one compressed file fewer.
  glue = rename(glue, /import \{ (\w+) \} from '\.\/(snippets\/[\w-]+\/inline\d+\.js)';\n/g, (_, name, path) => {
    const snippet = readFileSync(join(dir, path), 'utf8');
    if (!snippet.startsWith(`export function ${name}(`)) throw new Error(`${path} is not one exported function ${name}`);
    const index = join(dir, 'index.html');
    const html = readFileSync(index, 'utf8');
    const preload = new RegExp(`<link[^>]*href="?\\./${escape(path)}"?[^>]*>`);
    if (!preload.test(html)) throw new Error(`no preload link for ${path} in index.html`);
    writeFileSync(index, html.replace(preload, ''));
    return `${snippet.slice('export '.length)}\n`;
  });
  if (/snippets\//.test(glue)) throw new Error('the glue still imports a snippet');
  rmSync(join(dir, 'snippets'), { recursive: true, force: true });
  if (/intounderlying|ReadableStreamType/i.test(glue)) throw new Error('the glue still uses the stream classes removed from the module');
  if (map.imports.length) {
    const modules = new Set(map.imports.map(([module]) => module));
    if (modules.size !== 1) throw new Error(`expected imports from one module, found ${[...modules].join(', ')}`);
    const [module] = modules;
    // The map leaves out the module's new name: the optimised module itself says it.
    const renamedModules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module));
    if (renamedModules.size !== 1) throw new Error(`expected one module after renaming, found ${[...renamedModules].join(', ')}`);
    const [renamedModule] = renamedModules;
    for (const [, from, to] of map.imports) {
      glue = rename(glue, new RegExp(`(?<![\\w$])${escape(from)}(?=\\s*:)`, 'g'), () => to, 1);
    }
    glue = rename(glue, new RegExp(`(["'])${escape(module)}\\1(?=\\s*:)`, 'g'), () => JSON.stringify(renamedModule), 1);
    for (const [from, to] of map.exports) {
      glue = rename(glue, new RegExp(`(?<=\\bwasm\\.)${escape(from)}(?![\\w$])`, 'g'), () => to);
    }
    // Left over as a property, key or string, an old name would be looked up and not found. (The
    // glue also names local wrapper functions after exports; terser renames those anyway.)
    for (const [from] of [...map.imports.map(([, f]) => [f]), ...map.exports]) {
      if (new RegExp(`[.'"]${escape(from)}(?![\\w$])|(?<![\\w$])${escape(from)}\\s*:`).test(glue)) throw new Error(`${from} is still named in the glue`);
    }
  }
  const { minify } = await import(join(tools, 'terser', 'main.js'));
  const { code } = await minify(glue, { module: true, compress: true, mangle: true });
  writeFileSync(jsPath, code);
  await import('./prerender.mjs');
}

await import('./csp.mjs');
