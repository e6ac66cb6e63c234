// The country switch of countries.html: the form's choice (also in the address, so a link keeps it) sets the
// quiz's or reading exercise's `src` to that country's edition and the explorer's `country`.
const form = document.getElementById("choose");
const country = document.getElementById("country");
const activity = document.getElementById("activity");
const missing = document.getElementById("missing");

function show() {
  const option = country.selectedOptions[0];
  const editions = option.dataset.editions.split(" ");
  const chosen = activity.value;
  document.getElementById("explorer").setAttribute("country", country.value);
  if (!editions.includes(chosen)) {
    missing.textContent = `${activity.selectedOptions[0].text} has no edition for ${option.text}: Eurostat publishes too few of its figures there.`;
    return;
  }
  missing.textContent = "";
  const tag = chosen.startsWith("reading-") ? "lmi-reading" : "lmi-quiz";
  const src = `../content/${chosen}.${country.value}.json`;
  const holder = document.getElementById("activity-widget");
  let widget = holder.firstElementChild;
  if (widget?.localName !== tag) {
    widget = document.createElement(tag);
    widget.setAttribute("lang", "en");
    holder.replaceChildren(widget);
  }
  if (widget.getAttribute("src") !== src) widget.setAttribute("src", src);
}

const params = new URLSearchParams(location.search);
for (const [select, name] of [[country, "country"], [activity, "activity"]]) {
  const wanted = params.get(name);
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
}
form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.replaceState(null, "", `?country=${country.value}&activity=${activity.value}`);
  show();
});
show();
