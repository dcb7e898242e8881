/**
 * Builds functions.<locale>.json from the generated functions.json and one strings table per area
 * (src/functions/locales/<locale>/*.json). The build fails when a function, parameter or result
 * has no translation, so a new function cannot ship half-localized.
 */
const fs = require("fs");
const path = require("path");

/** Merge every table of one locale; a function defined twice is an error. */
function loadStrings(localeDir) {
  const strings = {};
  for (const file of fs
    .readdirSync(localeDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const table = JSON.parse(fs.readFileSync(path.join(localeDir, file), "utf8"));
    for (const [name, entry] of Object.entries(table)) {
      if (strings[name]) throw new Error(`${file}: ${name} is already translated in another table`);
      strings[name] = entry;
    }
  }
  return strings;
}

/** The localized metadata, or a list of what is missing. */
function localize(metadata, strings, locale) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = strings[fn.id] || strings[fn.name];
    if (!entry) {
      missing.push(`${locale}: no strings for ${fn.name}`);
      return fn;
    }
    const localized = { ...fn };
    if (fn.description !== undefined) {
      if (!entry.description) missing.push(`${locale}: ${fn.name} has no description`);
      localized.description = entry.description;
    }
    if (fn.result && entry.result) localized.result = { ...fn.result, description: entry.result };
    localized.parameters = (fn.parameters || []).map((p) => {
      const text = entry.parameters && entry.parameters[p.name];
      if (!text) missing.push(`${locale}: ${fn.name} parameter ${p.name} has no description`);
      return { ...p, description: text || p.description };
    });
    for (const name of Object.keys(entry.parameters || {})) {
      if (!(fn.parameters || []).some((p) => p.name === name)) {
        missing.push(`${locale}: ${fn.name} has a translation for unknown parameter ${name}`);
      }
    }
    return localized;
  });
  for (const name of Object.keys(strings)) {
    if (!metadata.functions.some((fn) => fn.id === name || fn.name === name)) {
      missing.push(`${locale}: strings for ${name}, which is not a function`);
    }
  }
  return { metadata: { ...metadata, functions }, missing };
}

/** A webpack plugin that emits functions.<locale>.json next to functions.json. */
class LocalizeFunctionsPlugin {
  constructor({ source = "functions.json", localesDir }) {
    this.source = source;
    this.localesDir = localesDir;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin already reported why
          const metadata = JSON.parse(asset.source.source().toString());
          for (const locale of fs.readdirSync(this.localesDir)) {
            compilation.fileDependencies.add(path.join(this.localesDir, locale));
            const result = localize(metadata, loadStrings(path.join(this.localesDir, locale)), locale);
            result.missing.forEach((m) => compilation.errors.push(new WebpackError(m)));
            const name = this.source.replace(/\.json$/, `.${locale}.json`);
            compilation.emitAsset(name, new sources.RawSource(JSON.stringify(result.metadata, null, 2)));
          }
        },
      );
    });
  }
}

module.exports = { LocalizeFunctionsPlugin, localize, loadStrings };
