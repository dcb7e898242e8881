/**
 * Offline structural checks of the add-in manifest: what a reviewer (or Microsoft's validation
 * service, which cannot be reached offline) would check. `node scripts/manifest-rules.js [file]`
 * prints the problems; the test suite runs each rule on the real manifest and on broken copies.
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { compareVersions, projectExcelApi } = require("./api-sets");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Limits from the Office add-in manifest reference. */
const LIMITS = { shortString: 125, longString: 250, displayName: 125, description: 250 };

function elements(node, localName) {
  return Array.from(node.getElementsByTagNameNS("*", localName));
}

function first(node, localName) {
  return elements(node, localName)[0];
}

function attr(node, name) {
  return node && node.getAttribute(name);
}

function xsiType(node) {
  return node.getAttributeNS(NS.xsi, "type") || node.getAttribute("xsi:type");
}

/** Parse XML; a syntax error is a problem, not a throw. */
function parse(xml) {
  const errors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(String(message).split("\n")[0]);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors after reporting them
    if (!errors.length) errors.push(String(error.message).split("\n")[0]);
  }
  return { doc, errors };
}

/** Each rule returns a list of problems (strings); an empty list means it holds. */
const rules = {
  wellFormed(doc, parseErrors) {
    if (parseErrors.length) return parseErrors.map((e) => `not well-formed XML: ${e}`);
    const root = doc.documentElement;
    if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
      return ["the root element must be OfficeApp in the appforoffice 1.1 namespace"];
    }
    if (xsiType(root) !== "TaskPaneApp") return ["OfficeApp must be xsi:type TaskPaneApp"];
    return [];
  },

  idAndVersion(doc) {
    const problems = [];
    const id = first(doc, "Id")?.textContent.trim() ?? "";
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      problems.push(`Id '${id}' is not a GUID`);
    }
    const version = first(doc, "Version")?.textContent.trim() ?? "";
    if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`Version '${version}' is not n.n.n.n`);
    return problems;
  },

  residsResolve(doc) {
    const problems = [];
    const resources = first(doc, "Resources");
    if (!resources) return ["VersionOverrides has no Resources"];
    const kinds = { Images: new Set(), Urls: new Set(), ShortStrings: new Set(), LongStrings: new Set() };
    for (const kind of Object.keys(kinds)) {
      for (const group of elements(resources, kind)) {
        for (const child of Array.from(group.childNodes).filter((n) => n.nodeType === 1)) {
          const id = attr(child, "id");
          if (!id) problems.push(`a resource in ${kind} has no id`);
          else if (kinds[kind].has(id)) problems.push(`resource id '${id}' is defined twice in ${kind}`);
          else kinds[kind].add(id);
          if (id && id.length > 32) problems.push(`resource id '${id}' is longer than 32 characters`);
        }
      }
    }
    // Which kind of resource each referring element needs.
    const expected = (node) => {
      const name = node.localName;
      if (name === "Image") return "Images";
      if (name === "Namespace" || name === "Label" || name === "Title") return "ShortStrings";
      if (name === "Description") return "LongStrings";
      return "Urls"; // SourceLocation, Runtime, FunctionFile, LearnMoreUrl
    };
    const versionOverrides = first(doc, "VersionOverrides");
    for (const node of Array.from(versionOverrides ? versionOverrides.getElementsByTagName("*") : [])) {
      const resid = attr(node, "resid");
      if (!resid) continue;
      const kind = expected(node);
      if (!kinds[kind].has(resid)) {
        problems.push(`${node.localName} resid '${resid}' does not resolve to a ${kind} resource`);
      }
    }
    return problems;
  },

  httpsOneHost(doc) {
    const problems = [];
    const source = attr(first(first(doc, "DefaultSettings"), "SourceLocation"), "DefaultValue");
    let origin;
    try {
      origin = new URL(source).origin;
    } catch {
      return [`DefaultSettings SourceLocation '${source}' is not a URL`];
    }
    const urls = [];
    for (const node of Array.from(doc.getElementsByTagName("*"))) {
      for (const name of ["DefaultValue", "Value"]) {
        const value = attr(node, name);
        if (value && /^[a-z]+:\/\//i.test(value)) urls.push([node.localName, value]);
      }
    }
    for (const node of elements(doc, "AppDomain")) urls.push(["AppDomain", node.textContent.trim()]);
    for (const [where, url] of urls) {
      let parsed;
      try {
        parsed = new URL(url);
      } catch {
        problems.push(`${where} '${url}' is not a URL`);
        continue;
      }
      if (parsed.protocol !== "https:") problems.push(`${where} '${url}' is not https`);
      else if (parsed.origin !== origin)
        problems.push(`${where} '${url}' is not on the add-in's host ${origin}`);
    }
    return problems;
  },

  stringLengths(doc) {
    const problems = [];
    const check = (node, limit, what) => {
      for (const value of [
        attr(node, "DefaultValue"),
        ...elements(node, "Override").map((o) => attr(o, "Value")),
      ]) {
        if (value && value.length > limit)
          problems.push(`${what} is ${value.length} characters (limit ${limit})`);
      }
    };
    check(first(doc, "DisplayName"), LIMITS.displayName, "DisplayName");
    check(first(doc, "Description"), LIMITS.description, "Description");
    for (const group of elements(doc, "ShortStrings")) {
      for (const s of elements(group, "String"))
        check(s, LIMITS.shortString, `ShortString '${attr(s, "id")}'`);
    }
    for (const group of elements(doc, "LongStrings")) {
      for (const s of elements(group, "String")) check(s, LIMITS.longString, `LongString '${attr(s, "id")}'`);
    }
    return problems;
  },

  customFunctions(doc) {
    const point = elements(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    if (!point) return ["no CustomFunctions extension point"];
    const problems = [];
    for (const part of ["Script", "Page", "Metadata"]) {
      const node = first(point, part);
      if (!node || !attr(first(node, "SourceLocation"), "resid")) {
        problems.push(`CustomFunctions extension point has no ${part} SourceLocation`);
      }
    }
    const namespace = first(point, "Namespace");
    if (!namespace || !attr(namespace, "resid"))
      problems.push("CustomFunctions extension point has no Namespace");
    else {
      const id = attr(namespace, "resid");
      const value = elements(doc, "String").find((s) => attr(s, "id") === id);
      const text = value && attr(value, "DefaultValue");
      if (text !== "SALES") problems.push(`custom functions namespace is '${text}', expected 'SALES'`);
    }
    return problems;
  },

  sharedRuntime(doc) {
    const problems = [];
    const sets = elements(doc, "Set").filter((s) => attr(s, "Name") === "SharedRuntime");
    if (sets.length !== 1 || attr(sets[0], "MinVersion") !== "1.1") {
      problems.push("Requirements must ask for SharedRuntime 1.1");
    }
    const runtimes = elements(doc, "Runtime");
    if (runtimes.length !== 1) return [...problems, `expected one Runtime, found ${runtimes.length}`];
    const runtime = attr(runtimes[0], "resid");
    if (attr(runtimes[0], "lifetime") !== "long") problems.push("the Runtime must have lifetime='long'");
    const point = elements(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    const page = point && attr(first(first(point, "Page"), "SourceLocation"), "resid");
    if (page !== runtime)
      problems.push(`CustomFunctions Page '${page}' is not the shared Runtime '${runtime}'`);
    const functionFile = attr(first(doc, "FunctionFile"), "resid");
    if (functionFile !== runtime)
      problems.push(`FunctionFile '${functionFile}' is not the shared Runtime '${runtime}'`);
    for (const action of elements(doc, "Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
      const location = attr(first(action, "SourceLocation"), "resid");
      if (location !== runtime)
        problems.push(`ShowTaskpane SourceLocation '${location}' is not the shared Runtime`);
    }
    return problems;
  },

  /** Office installs the add-in only where the declared sets are there: declare what the code uses. */
  excelApiSet(doc) {
    const { highest, uses, problems } = projectExcelApi();
    const sets = first(first(doc, "Requirements") ?? doc, "Sets");
    const set = sets && elements(sets, "Set").find((s) => attr(s, "Name") === "ExcelApi");
    const declared = set && (attr(set, "MinVersion") || attr(sets, "DefaultMinVersion"));
    const above = uses.filter((u) => !declared || compareVersions(u.set, declared) > 0);
    const out = problems.map((p) => `the Office code uses ${p}, which is not a released ExcelApi set`);
    if (above.length > 0) {
      const named = above
        .slice(0, 5)
        .map((u) => `${u.member} ${u.set} at ${u.where}`)
        .join("; ");
      out.push(
        `the Office code needs ExcelApi ${highest} (${named}), but Requirements declare ${
          declared ? `ExcelApi ${declared}` : "no ExcelApi set"
        }`,
      );
    }
    return out;
  },

  ribbonAndPermissions(doc) {
    const problems = [];
    if (first(doc, "Permissions")?.textContent.trim() !== "ReadWriteDocument") {
      problems.push("Permissions must be ReadWriteDocument");
    }
    const hosts = elements(first(doc, "Hosts"), "Host").map((h) => attr(h, "Name"));
    if (hosts.join() !== "Workbook") problems.push(`Hosts must be Workbook only, found ${hosts.join(", ")}`);
    const home = elements(doc, "OfficeTab").find((t) => attr(t, "id") === "TabHome");
    const opens = home && elements(home, "Action").some((a) => xsiType(a) === "ShowTaskpane");
    if (!opens) problems.push("no button on the Home tab opens the task pane");
    return problems;
  },

  icons(doc, _errors, assetsDir) {
    const problems = [];
    const sizes = new Map();
    for (const group of elements(doc, "Images")) {
      for (const image of elements(group, "Image")) sizes.set(attr(image, "id"), attr(image, "DefaultValue"));
    }
    const wanted = { IconUrl: 32, HighResolutionIconUrl: 64 };
    const files = Object.entries(wanted).map(([name, size]) => [
      name,
      attr(first(doc, name), "DefaultValue"),
      size,
    ]);
    for (const image of elements(first(doc, "VersionOverrides"), "Image")) {
      const size = Number(attr(image, "size"));
      if (size) files.push([`bt:Image size ${size}`, sizes.get(attr(image, "resid")), size]);
    }
    for (const [where, url, size] of files) {
      if (!url) continue; // residsResolve reports it
      const file = path.join(assetsDir, path.basename(new URL(url).pathname));
      if (!fs.existsSync(file)) {
        problems.push(`${where}: ${path.basename(file)} is not in assets/`);
        continue;
      }
      const png = fs.readFileSync(file);
      const isPng = png.subarray(1, 4).toString() === "PNG";
      const width = isPng ? png.readUInt32BE(16) : 0;
      const height = isPng ? png.readUInt32BE(20) : 0;
      if (width !== size || height !== size) {
        problems.push(`${where}: ${path.basename(file)} is ${width}x${height}, expected ${size}x${size}`);
      }
    }
    return problems;
  },
};

/** Run every rule; returns { rule: problems[] }. */
function checkManifest(xml, assetsDir = path.join(__dirname, "..", "assets")) {
  const { doc, errors } = parse(xml);
  const results = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (name !== "wellFormed" && errors.length) {
      results[name] = ["skipped: not well-formed"];
      continue;
    }
    try {
      results[name] = rule(doc, errors, assetsDir);
    } catch (error) {
      results[name] = [`rule failed to run: ${error.message}`];
    }
  }
  return results;
}

module.exports = { checkManifest, rules, LIMITS };

if (require.main === module) {
  const file = process.argv[2] || path.join(__dirname, "..", "manifest.xml");
  const results = checkManifest(fs.readFileSync(file, "utf8"));
  const problems = Object.entries(results).flatMap(([rule, list]) => list.map((p) => `${rule}: ${p}`));
  problems.forEach((p) => console.error(p));
  console.log(
    problems.length ? `${problems.length} problem(s) in ${file}` : `${file}: all manifest rules hold`,
  );
  process.exit(problems.length ? 1 : 0);
}
