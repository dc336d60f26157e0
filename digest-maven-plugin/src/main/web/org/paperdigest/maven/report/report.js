// The controls: filters, grouping and the charts' links, their state kept in the URL's fragment so
// that a view can be shared (#rule=DG110&severity=error&month=2024-01&group=file&q=kim). Part of
// the report's script (see report-model.js); this part runs it.

var FILTERS = ["q", "severity", "rule", "month"];
var section = document.getElementById("findings");
var dataBlock = document.getElementById("digest-data");
if (!section || !dataBlock) {
  document.documentElement.setAttribute("data-report-ready", "true");
  return;
}
var view = {
  data: readData(dataBlock),
  container: document.getElementById("groups"),
  shown: document.getElementById("shown"),
  open: {},
  state: emptyState("rule")
};
var inputs = {
  q: document.getElementById("filter"),
  severity: document.getElementById("severity"),
  rule: document.getElementById("rule"),
  month: document.getElementById("month")
};
var groupings = Array.prototype.slice.call(section.querySelectorAll("input[name=digest-group]"));
var chartLinks = Array.prototype.slice.call(
  document.querySelectorAll(".digest-report a[data-rule], .digest-report a[data-month]"));

function emptyState(group) {
  return { q: "", severity: "", rule: "", month: "", group: group };
}

function fromControls() {
  FILTERS.forEach(function (name) { view.state[name] = inputs[name].value; });
  groupings.forEach(function (radio) {
    if (radio.checked) { view.state.group = radio.value; }
  });
}

function toControls() {
  FILTERS.forEach(function (name) {
    inputs[name].value = view.state[name];
    // A value the list does not offer (from an old link) selects nothing: show all instead.
    if (inputs[name].value !== view.state[name]) {
      view.state[name] = "";
      inputs[name].value = "";
    }
  });
  if (view.state.group !== "file") { view.state.group = "rule"; }
  groupings.forEach(function (radio) { radio.checked = radio.value === view.state.group; });
}

function toHash() {
  var parts = [];
  FILTERS.forEach(function (name) {
    if (view.state[name]) { parts.push(name + "=" + encodeURIComponent(view.state[name])); }
  });
  if (view.state.group !== "rule") { parts.push("group=" + view.state.group); }
  var hash = parts.length ? "#" + parts.join("&") : "";
  if (hash !== location.hash) {
    history.replaceState(null, "", hash || location.pathname + location.search);
  }
}

function fromHash() {
  var state = emptyState("rule");
  location.hash.replace(/^#/, "").split("&").forEach(function (part) {
    var eq = part.indexOf("=");
    var name = part.slice(0, eq);
    if (eq > 0 && Object.prototype.hasOwnProperty.call(state, name)) {
      try {
        state[name] = decodeURIComponent(part.slice(eq + 1));
      } catch (malformed) {
        state[name] = "";
      }
    }
  });
  view.state = state;
  toControls();
  update(false);
}

function markCharts() {
  chartLinks.forEach(function (link) {
    var name = link.hasAttribute("data-rule") ? "rule" : "month";
    var active = link.getAttribute("data-" + name) === view.state[name];
    link.classList.toggle("active", active);
    if (active) {
      link.setAttribute("aria-current", "true");
    } else {
      link.removeAttribute("aria-current");
    }
  });
  section.classList.toggle("filtered", FILTERS.some(function (name) { return view.state[name]; }));
}

function update(keepInUrl) {
  render(view);
  markCharts();
  if (keepInUrl) { toHash(); }
}

function changed() {
  fromControls();
  update(true);
}

var typing = 0;
inputs.q.addEventListener("input", function () {
  clearTimeout(typing);
  typing = setTimeout(changed, 150);
});
["severity", "rule", "month"].forEach(function (name) {
  inputs[name].addEventListener("change", changed);
});
groupings.forEach(function (radio) { radio.addEventListener("change", changed); });
document.getElementById("clear").addEventListener("click", function () {
  view.state = emptyState(view.state.group);
  toControls();
  update(true);
});

// A chart's bar filters by its rule or month, or, clicked again, stops filtering by it; then the
// findings come into view.
chartLinks.forEach(function (link) {
  link.addEventListener("click", function (event) {
    event.preventDefault();
    var name = link.hasAttribute("data-rule") ? "rule" : "month";
    var value = link.getAttribute("data-" + name);
    view.state[name] = view.state[name] === value ? "" : value;
    toControls();
    update(true);
    document.getElementById("findings-title").focus();
  });
});

// One listener for every button the view draws: each carries what it does.
view.container.addEventListener("click", function (event) {
  var target = event.target.closest("button");
  if (target && target.digestAction && view.container.contains(target)) {
    target.digestAction();
  }
});

// A long month chart scrolls in its own box on a narrow screen: start at the latest months.
var months = document.querySelector(".digest-report .chart-scroll");
if (months) { months.scrollLeft = months.scrollWidth; }

window.addEventListener("hashchange", fromHash);
fromHash();
document.documentElement.setAttribute("data-report-ready", "true");
if (window.performance && performance.mark) { performance.mark("digest-report-ready"); }
