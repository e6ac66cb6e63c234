// LMI Kit iframe helper for host pages: <script src="…/lmi/resize.js" defer></script>
// Keeps every LMI Kit iframe (src containing frame.html, or marked data-lmi-frame) as tall as its content and
// re-fires the widget's events (lmi-ready, lmi-answer, lmi-complete, lmi-error) on the iframe element.
// Messages are accepted only from the iframe's own window and origin; the frame answers only to this page's
// origin, which it learns from the hello below. Safe to include twice.
(() => {
  if (window.__lmiKitResize) return;
  window.__lmiKitResize = true;

  const EVENTS = ["lmi-ready", "lmi-answer", "lmi-complete", "lmi-error"];
  const isKitFrame = (node) =>
    node instanceof HTMLIFrameElement && (node.hasAttribute("data-lmi-frame") || /frame\.html(\?|$)/.test(node.src));
  const originOf = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  };
  const hello = (frame) => {
    const origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: "lmi-hello" }, origin);
  };
  const adopt = (frame) => {
    if (frame.__lmiKit) return;
    frame.__lmiKit = true;
    frame.addEventListener("load", () => hello(frame));
    hello(frame);
  };
  const scan = () => document.querySelectorAll("iframe").forEach((f) => isKitFrame(f) && adopt(f));

  window.addEventListener("message", (event) => {
    const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === event.source);
    if (!frame || !isKitFrame(frame) || event.origin !== originOf(frame)) return;
    const data = event.data;
    if (data?.type === "lmi-resize" && Number.isFinite(data.height) && data.height >= 0) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    } else if (data?.type === "lmi-event" && EVENTS.includes(data.name)) {
      frame.dispatchEvent(new CustomEvent(data.name, { bubbles: true, composed: true, detail: data.detail }));
    }
  });

  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
