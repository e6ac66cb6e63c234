// LMI Kit loader: the only file a host page references.
//
//   <script type="module" src="https://example.org/lmi/lmi.js"></script>
//   <lmi-quiz src="quiz.json" lang="nl"></lmi-quiz>
//
// Defines <lmi-quiz>, <lmi-explorer> and <lmi-reading>. A widget's code (JS + wasm) is fetched only when the
// first element of its kind connects, from the folder of this file (or from `data-base` on the script tag,
// for CDNs). Loading this file twice, or two versions of it, is harmless: the first definition stays.
// Everything else lives in Rust; this file only knows element names and where each widget's code is.

// `module` names a widget's code: `${module}.js` and `${module}_bg.wasm`. The built kit names those files by
// their content (`lmi_quiz-1a2b3c4d`) and rewrites this table in its copy of this file (xtask/src/kit.rs).
const WIDGETS = {
  "lmi-quiz": { module: "lmi_quiz", attributes: [] },
  "lmi-explorer": { module: "lmi_explorer", attributes: ["occupation", "adviser-url"] },
  "lmi-reading": { module: "lmi_reading", attributes: ["level"] },
};
const SHARED_ATTRIBUTES = ["src", "lang", "audience", "theme", "mode"];

// The loader's own words: shown before any widget code has loaded. Details for webmasters stay English.
const WORDS = {
  en: ["Loading…", "This activity could not be shown", "Try again"],
  nl: ["Laden…", "Deze activiteit kan niet worden getoond", "Opnieuw proberen"],
  fr: ["Chargement…", "Cette activité ne peut pas être affichée", "Réessayer"],
  de: ["Wird geladen …", "Diese Aktivität kann nicht angezeigt werden", "Erneut versuchen"],
  ar: ["جارٍ التحميل…", "تعذّر عرض هذا النشاط", "حاول مرة أخرى"],
  uk: ["Завантаження…", "Не вдалося показати це завдання", "Спробувати ще раз"],
};

const base = (() => {
  const self = new URL(import.meta.url);
  for (const script of document.querySelectorAll("script[data-base]")) {
    if (script.src && new URL(script.src, document.baseURI).href === self.href) {
      return new URL(script.dataset.base.replace(/\/?$/, "/"), document.baseURI);
    }
  }
  return new URL("./", self);
})();

const modern =
  typeof WebAssembly === "object" &&
  typeof CSSStyleSheet === "function" &&
  "replaceSync" in CSSStyleSheet.prototype &&
  "adoptedStyleSheets" in ShadowRoot.prototype;

let loaderSheet = null;
function sheet() {
  if (!loaderSheet && modern) {
    loaderSheet = new CSSStyleSheet();
    loaderSheet.replaceSync(`
      :host { all: initial; display: block; }
      .box { box-sizing: border-box; min-height: var(--lmi-reserve-height, 16em); padding: 1em;
        font: medium/1.5 var(--lmi-font-family, system-ui, sans-serif); color: var(--lmi-text, #1f1f1f);
        background: var(--lmi-surface, #fff); border: 1px solid var(--lmi-border, #767676);
        border-radius: var(--lmi-radius, 0.5em); }
      .loading { display: flex; align-items: center; justify-content: center; color: var(--lmi-muted, #4d4d4d); }
      .error { border-inline-start: 0.4em solid #b3261e; }
      .error p:first-child { font-weight: 700; }
      button { font: inherit; font-weight: 600; min-height: 2.75em; padding: 0.5em 1em; cursor: pointer;
        color: var(--lmi-accent-text, #fff); background: var(--lmi-accent, #0b57d0);
        border: 2px solid var(--lmi-accent, #0b57d0); border-radius: var(--lmi-radius, 0.5em); }
      button:focus-visible { outline: 3px solid var(--lmi-accent, #0b57d0); outline-offset: 2px; }
      @media (forced-colors: active) { .box { border-color: CanvasText; } button { border-color: ButtonText; } }
    `);
  }
  return loaderSheet;
}

/** The element's language, as the widget reads it: its own `lang`, else the nearest ancestor's, else English. */
function langOf(element) {
  return element.getAttribute("lang") || element.closest("[lang]")?.getAttribute("lang") || "en";
}

function words(element) {
  return WORDS[langOf(element).split("-")[0].toLowerCase()] ?? WORDS.en;
}

/** A failure the webmaster can act on: `message` says what to do, `code` goes into the lmi-error event. */
class KitError extends Error {
  constructor(code, message, cause) {
    super(message, { cause });
    this.code = code;
  }
}

const loads = new Map();

function loadWidget(tag) {
  if (!loads.has(tag)) {
    const attempt = importWidget(WIDGETS[tag].module);
    loads.set(tag, attempt);
    attempt.catch(() => loads.delete(tag)); // a retry tries again
  }
  return loads.get(tag);
}

async function importWidget(name) {
  if (location.protocol === "file:") {
    throw new KitError("file-protocol", "This page was opened from a file (file://). Browsers do not run the widget there: put the page on a web server.");
  }
  if (!modern) {
    throw new KitError("old-browser", "This browser is too old for this activity (it lacks WebAssembly or constructable stylesheets). Please use an up-to-date browser.");
  }
  const jsUrl = new URL(`${name}.js`, base);
  const wasmUrl = new URL(`${name}_bg.wasm`, base);
  // The wasm, the bigger file, downloads while the script that starts it loads: one round trip less.
  const download = fetch(wasmUrl).then(
    (response) => ({ response }),
    (error) => ({ error }),
  );
  let module;
  try {
    module = await import(jsUrl.href);
  } catch (e) {
    throw new KitError("script", `Could not load ${jsUrl}. Check that the lmi/ folder is complete on the server and that the page's Content-Security-Policy allows scripts from it (script-src).`, e);
  }
  const { response, error } = await download;
  if (error) {
    throw new KitError("network", `Could not download ${wasmUrl}. Check the network and the page's Content-Security-Policy (connect-src).`, error);
  }
  if (!response.ok) {
    throw new KitError("http", `Could not load ${wasmUrl} (HTTP ${response.status}). Check that the lmi/ folder is complete on the server.`);
  }
  let source = response;
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("application/wasm")) {
    console.warn(`LMI Kit: ${wasmUrl} is served as "${type}". Serve .wasm files as application/wasm so browsers compile them while downloading.`);
    source = await response.arrayBuffer();
  }
  try {
    await module.default({ module_or_path: source });
  } catch (e) {
    if (/wasm-unsafe-eval|Content Security Policy|CSP/i.test(String(e))) {
      throw new KitError("csp-wasm", "The page's Content-Security-Policy blocks WebAssembly. Add 'wasm-unsafe-eval' to its script-src.", e);
    }
    throw new KitError("wasm", `Could not start ${wasmUrl}: ${e}`, e);
  }
  return module;
}

// Bundles already asked for, by absolute URL: one preload each, however many elements show them.
const preloaded = new Set();

/**
 * Starts downloading the element's bundle while the widget's code downloads: the widget asks for it only once
 * it has mounted, a round trip later. `as="fetch"` with `crossorigin="anonymous"` makes the request the widget's
 * own `fetch` makes (mode cors, credentials same-origin), so the browser hands it the preloaded response
 * instead of asking again. Nothing when the widget cannot run here (it would never use the response).
 * (When the code arrives more than ~3 s after the page's load event, as with several widgets on a slow network,
 * Chromium warns "preloaded but not used within a few seconds"; the response is still the one used.)
 */
function preloadBundle(element) {
  const src = element.getAttribute("src");
  if (!src || !modern || location.protocol === "file:") return;
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return; // the widget reports the bad address itself
  }
  if (!/^https?:$/.test(url.protocol) || preloaded.has(url.href)) return;
  preloaded.add(url.href);
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = url.href;
  document.head.append(link);
}

// Languages whose number formatting is already set up on this page.
const warmed = new Set();

/**
 * The first `Intl.NumberFormat` or `Intl.PluralRules` of a page costs 15–35 ms (ICU sets up its data), which
 * the widget would pay while rendering its first screen. Made here, right after the downloads start, the cost
 * falls in the time spent waiting for the network instead, and the widget's own formatters are then quick.
 */
function warmNumberFormatting(element) {
  const lang = langOf(element);
  if (warmed.has(lang) || typeof Intl !== "object") return;
  warmed.add(lang);
  setTimeout(() => {
    try {
      new Intl.NumberFormat(lang);
      new Intl.PluralRules(lang);
    } catch {
      // an invalid tag: the widget falls back on its own
    }
  });
}

function box(element, className) {
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  if (sheet()) root.adoptedStyleSheets = [sheet()];
  const div = document.createElement("div");
  div.className = `box ${className}`;
  root.replaceChildren(div);
  return div;
}

function showLoading(element) {
  const div = box(element, "loading");
  div.setAttribute("role", "status");
  div.textContent = words(element)[0];
}

function showError(element, error, retry) {
  const [, heading, again] = words(element);
  const div = box(element, "error");
  div.setAttribute("role", "alert");
  const title = document.createElement("p");
  title.textContent = heading;
  const detail = document.createElement("p");
  detail.textContent = error.message;
  div.append(title, detail);
  if (retry) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = again;
    button.addEventListener("click", retry);
    div.append(button);
  }
  console.error(`LMI Kit: <${element.localName}>: ${error.message}`, error.cause ?? "");
  element.dispatchEvent(new CustomEvent("lmi-error", {
    bubbles: true,
    composed: true,
    detail: { widget: element.localName.slice(4), bundle: null, error: error.code ?? "load", message: error.message },
  }));
}

function define(tag, spec) {
  if (customElements.get(tag)) return; // another copy of the loader came first: leave it in charge
  customElements.define(tag, class extends HTMLElement {
    static get observedAttributes() {
      return [...SHARED_ATTRIBUTES, ...spec.attributes];
    }

    #handle = null;
    #generation = 0;

    connectedCallback() {
      if (!this.#handle) this.#mount();
    }

    disconnectedCallback() {
      // Moving an element disconnects and reconnects it at once: unmount only if it stays out.
      queueMicrotask(() => {
        if (!this.isConnected) this.#unmount();
      });
    }

    attributeChangedCallback(name, _old, value) {
      this.#handle?.set_attribute(name, value);
    }

    #unmount() {
      this.#generation++;
      if (this.#handle) {
        this.#handle.unmount();
        this.#handle.free();
        this.#handle = null;
      }
    }

    async #mount() {
      const generation = ++this.#generation;
      showLoading(this);
      preloadBundle(this);
      const loading = loadWidget(tag);
      warmNumberFormatting(this);
      try {
        const module = await loading;
        if (generation !== this.#generation || !this.isConnected || this.#handle) return;
        this.#handle = module.mount(this);
      } catch (e) {
        if (generation !== this.#generation) return;
        const error = e instanceof KitError ? e : new KitError("mount", `The widget failed to start: ${e}`, e);
        showError(this, error, () => this.#mount());
      }
    }
  });
}

for (const [tag, spec] of Object.entries(WIDGETS)) define(tag, spec);
