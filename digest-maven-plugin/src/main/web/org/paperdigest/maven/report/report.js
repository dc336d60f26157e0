(function () {
  "use strict";
  var table = document.getElementById("findings");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var query = document.getElementById("filter");
  var severity = document.getElementById("severity");
  var rule = document.getElementById("rule");
  var shown = document.getElementById("shown");
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var sorted = { column: -1, descending: false };

  function key(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
  }

  function compare(column, numeric) {
    return function (a, b) {
      var x = key(a, column), y = key(b, column);
      if (numeric) { return Number(x) - Number(y); }
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }

  function sortBy(column, descending) {
    var numeric = headers[column].getAttribute("data-type") === "number";
    var order = rows.slice().sort(compare(column, numeric));
    if (descending) { order.reverse(); }
    order.forEach(function (row) { body.appendChild(row); });
    headers.forEach(function (th, i) {
      if (i === column) { th.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
      else { th.removeAttribute("aria-sort"); }
    });
    sorted = { column: column, descending: descending };
  }

  function apply() {
    var text = query.value.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var show = (!severity.value || row.getAttribute("data-severity") === severity.value)
        && (!rule.value || row.getAttribute("data-rule") === rule.value)
        && (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
      row.hidden = !show;
      if (show) { count++; }
    });
    shown.textContent = count + " of " + rows.length + " findings shown";
  }

  function toHash() {
    var parts = [];
    if (query.value) { parts.push("q=" + encodeURIComponent(query.value)); }
    if (severity.value) { parts.push("severity=" + encodeURIComponent(severity.value)); }
    if (rule.value) { parts.push("rule=" + encodeURIComponent(rule.value)); }
    if (sorted.column >= 0) { parts.push("sort=" + sorted.column + (sorted.descending ? "-desc" : "")); }
    history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
  }

  function fromHash() {
    var state = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq > 0) { state[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1)); }
    });
    query.value = state.q || "";
    severity.value = state.severity || "";
    rule.value = state.rule || "";
    var sort = /^(\d+)(-desc)?$/.exec(state.sort || "");
    if (sort && Number(sort[1]) < headers.length) { sortBy(Number(sort[1]), !!sort[2]); }
    apply();
  }

  headers.forEach(function (th, i) {
    th.tabIndex = 0;
    function activate() { sortBy(i, sorted.column === i && !sorted.descending); toHash(); }
    th.addEventListener("click", activate);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") { activate(); } });
  });
  [query, severity, rule].forEach(function (control) {
    control.addEventListener("input", function () { apply(); toHash(); });
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.documentElement.setAttribute("data-report-ready", "true");
})();
