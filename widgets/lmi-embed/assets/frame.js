// The iframe route: frame.html?widget=quiz&src=…&lang=… renders one widget alone, for platforms that allow no
// scripts on their pages. `src` is resolved against this frame's address (give an absolute URL if the bundle
// lives elsewhere). With resize.js on the host page, the frame tells the host its height and forwards the
// widget's events, by postMessage, only to the origin that introduced itself; without it the frame scrolls.
import "./lmi.js";

const WIDGETS = ["quiz", "explorer", "reading"];
const ATTRIBUTES = [
  "src", "lang", "audience", "theme", "mode",
  "solutions", "shuffle", "remember", "display", "level", "occupation", "adviser-url",
];
const EVENTS = ["lmi-ready", "lmi-answer", "lmi-complete", "lmi-error"];

const params = new URLSearchParams(location.search);
const widget = params.get("widget");
if (!WIDGETS.includes(widget)) {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = `LMI Kit: widget=${widget ?? ""} is not one of ${WIDGETS.join(", ")}.`;
  document.body.append(p);
  console.error(p.textContent);
} else {
  const element = document.createElement(`lmi-${widget}`);
  for (const name of ATTRIBUTES) {
    if (params.has(name)) element.setAttribute(name, params.get(name));
  }
  if (params.has("src")) element.setAttribute("src", new URL(params.get("src"), location.href).href);
  document.documentElement.lang = params.get("lang") || "en";
  document.body.append(element);

  // The host page's origin, learnt from resize.js's hello; nothing is posted before it.
  let host = null;
  const post = (message) => {
    if (host) window.parent.postMessage(message, host);
  };
  const postHeight = () => post({ type: "lmi-resize", height: document.documentElement.scrollHeight });
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.data?.type !== "lmi-hello") return;
    host = event.origin;
    postHeight();
  });
  new ResizeObserver(postHeight).observe(document.body);
  for (const name of EVENTS) {
    element.addEventListener(name, (event) => post({ type: "lmi-event", name, detail: event.detail }));
  }
}
