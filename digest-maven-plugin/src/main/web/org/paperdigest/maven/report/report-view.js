// The findings drawn as collapsible groups of one-line rows. Only what is open is drawn, a page
// at a time, so tens of thousands of findings cost a few dozen elements until asked for. Every
// piece of digest text goes in as text (textContent), never as markup. Part of the report's
// script (see report-model.js).

// Groups open by themselves when everything shown fits in this many rows.
var AUTO_OPEN = 60;
var ROWS_PAGE = 100;
var GROUPS_PAGE = 100;

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = text; }
  return node;
}

function button(className, text) {
  var node = el("button", className, text);
  node.type = "button";
  return node;
}

// The severity as a word and a shape (report.css), not by colour alone.
function severity(index) {
  return el("span", "sev " + SEVERITIES[index], SEVERITIES[index]);
}

function fixLine(tag, command) {
  var line = el(tag, "fix", "fixable: ");
  line.appendChild(el("code", null, command));
  return line;
}

function marked(into, before, span, after) {
  into.appendChild(document.createTextNode(before));
  into.appendChild(el("mark", null, span));
  into.appendChild(document.createTextNode(after));
  return into;
}

// Appends items [from, from + size) to list and, if more are left, a button for the next page;
// returns the first element appended.
function appendPage(list, items, from, size, draw, noun) {
  var to = Math.min(items.length, from + size);
  var first = null;
  for (var i = from; i < to; i++) {
    var node = list.appendChild(draw(items[i]));
    first = first || node;
  }
  if (to < items.length) {
    var item = list.appendChild(el("li", "more"));
    var left = items.length - to;
    var more = item.appendChild(button(null,
      "Show " + count(Math.min(size, left)) + " more (" + count(left) + " " + noun + " not shown)"));
    more.digestAction = function () {
      list.removeChild(item);
      var added = appendPage(list, items, to, size, draw, noun);
      var target = added && added.querySelector("button");
      if (target) { target.focus(); }
    };
  }
  return first;
}

// A group: a heading whose button shows or hides the body, which is drawn when shown.
function collapsible(view, tag, key, open, head, fill) {
  var item = el("li", "group");
  var heading = item.appendChild(el(tag, "group-head"));
  var toggle = heading.appendChild(button("toggle"));
  var body = item.appendChild(el("div", "group-body"));
  body.id = "digest-group-" + key.replace(/[^a-z0-9]/gi, "-");
  toggle.setAttribute("aria-controls", body.id);
  head(toggle, heading);
  function show(shown) {
    toggle.setAttribute("aria-expanded", String(shown));
    body.hidden = !shown;
    body.textContent = "";
    if (shown) { fill(body); }
  }
  toggle.digestAction = function () {
    view.open[key] = toggle.getAttribute("aria-expanded") !== "true";
    show(view.open[key]);
  };
  show(open);
  return item;
}

function isOpen(view, key, auto) {
  return Object.prototype.hasOwnProperty.call(view.open, key) ? view.open[key] : auto;
}

function findingRow(view, f) {
  var data = view.data;
  var rule = data.rules[f.rule];
  var row = el("li", "finding " + SEVERITIES[f.severity]);
  var head = row.appendChild(el("div", "head"));
  head.appendChild(severity(f.severity));
  if (view.state.group === "file") { head.appendChild(el("span", "rule-id", rule.id)).title = rule.name; }
  head.appendChild(el("span", "msg", f.message)).title = f.message;
  if (f.baselined) { head.appendChild(el("span", "badge", "baselined")); }
  var line = row.appendChild(button("line"));
  line.setAttribute("aria-expanded", "false");
  line.appendChild(el("span", "where", f.line + ":" + f.column)).title =
    "line " + f.line + ", column " + f.column + " (show the whole line)";
  var code = line.appendChild(el("code", "excerpt"));
  var cut = excerpt(data, f);
  if (cut) {
    // The text is laid out right to left to be cut at its start (report.css), which would move
    // spaces at its end to its far side: an invisible left-to-right mark keeps them in place.
    var before = /\s$/.test(cut.before) ? cut.before + "\u200e" : cut.before;
    code.appendChild(el("span", "pre")).appendChild(el("span", null, before));
    marked(code.appendChild(el("span", "post")), "", cut.span, cut.after);
  } else {
    code.appendChild(el("span", "post none", "no source line to show"));
  }
  line.digestAction = function () {
    var shown = line.getAttribute("aria-expanded") !== "true";
    line.setAttribute("aria-expanded", String(shown));
    var open = row.querySelector(".details");
    if (open) { row.removeChild(open); }
    if (shown) { row.appendChild(details(view, f)); }
  };
  return row;
}

// What a row leaves out: the whole message, the whole line, where, the rule and its fix.
function details(view, f) {
  var data = view.data;
  var rule = data.rules[f.rule];
  var box = el("div", "details");
  box.appendChild(el("p", "full-message", f.message));
  if (f.source >= 0) {
    var text = data.texts[f.source];
    var pre = box.appendChild(el("pre", "full-line")).appendChild(el("code"));
    marked(pre, text.slice(0, f.start), text.slice(f.start, f.end), text.slice(f.end));
  }
  var about = box.appendChild(el("p", "about"));
  about.appendChild(el("span", "path", data.files[f.file].path + ":" + f.line + ":" + f.column));
  about.appendChild(document.createTextNode(" \u00b7 " + rule.id + " " + rule.name + " \u00b7 "));
  about.appendChild(rulePage(rule));
  if (rule.fix) { box.appendChild(fixLine("p", rule.fix)); }
  return box;
}

function rulePage(rule) {
  var link = el("a", null, "rule page");
  if (/^https?:\/\//.test(rule.page)) { link.href = rule.page; }
  return link;
}

function rowsOf(view, body, items) {
  var rows = body.appendChild(el("ul", "rows"));
  appendPage(rows, items, 0, ROWS_PAGE, function (f) { return findingRow(view, f); }, "findings");
}

function ruleGroup(view, group, auto) {
  var rule = view.data.rules[group.key];
  var key = "r" + group.key;
  var item = collapsible(view, "h3", key, isOpen(view, key, auto), function (toggle, heading) {
    toggle.appendChild(severity(group.worst));
    var name = toggle.appendChild(el("span", "name"));
    name.appendChild(el("b", null, rule.id));
    name.appendChild(document.createTextNode(" " + rule.name));
    toggle.appendChild(el("span", "count",
      plural(group.items.length, "finding") + " in " + plural(group.children.length, "file")));
    if (rule.fix) { heading.appendChild(fixLine("span", rule.fix)); }
  }, function (body) {
    var about = body.appendChild(el("p", "about", rule.about + " "));
    about.appendChild(rulePage(rule));
    var files = body.appendChild(el("ul", "subgroups"));
    var small = group.items.length <= AUTO_OPEN;
    appendPage(files, group.children, 0, GROUPS_PAGE, function (child) {
      return fileGroup(view, "h4", key + "f" + child.key, child, small);
    }, "files");
  });
  item.classList.add("rule-group");
  return item;
}

function fileGroup(view, tag, key, group, auto) {
  var item = collapsible(view, tag, key, isOpen(view, key, auto), function (toggle) {
    if (tag === "h3") { toggle.appendChild(severity(group.worst)); }
    toggle.appendChild(el("span", "name path", view.data.files[group.key].path));
    toggle.appendChild(el("span", "count", plural(group.items.length, "finding")));
  }, function (body) {
    rowsOf(view, body, group.items);
  });
  item.classList.add(tag === "h3" ? "file-group" : "subgroup");
  return item;
}

function render(view) {
  var list = filterFindings(view.data, view.state);
  var total = view.data.findings.length;
  view.shown.textContent = list.length === total
    ? plural(total, "finding")
    : count(list.length) + " of " + plural(total, "finding") + " shown";
  view.container.textContent = "";
  if (list.length === 0) {
    view.container.appendChild(el("p", "empty", "No finding matches the filters."));
    return;
  }
  var auto = list.length <= AUTO_OPEN;
  var groups = view.container.appendChild(el("ul", "group-list"));
  if (view.state.group === "file") {
    appendPage(groups, fileGroups(list), 0, GROUPS_PAGE, function (group) {
      return fileGroup(view, "h3", "f" + group.key, group, auto);
    }, "files");
  } else {
    appendPage(groups, ruleGroups(list), 0, GROUPS_PAGE, function (group) {
      return ruleGroup(view, group, auto);
    }, "rules");
  }
}
