// The findings as the report embeds them (ReportData), filtered and grouped; nothing here touches
// the page. One of the three parts of the report's script, which HtmlReport.SCRIPT wraps in one
// function: report-model.js, report-view.js, report.js.

var SEVERITIES = ["error", "warning", "info"];
// Characters of the line shown around the marked span in a row; the whole line is in the details.
var CONTEXT_BEFORE = 60;
var SPAN_SHOWN = 160;
var CONTEXT_AFTER = 200;
var ELLIPSIS = "\u2026";

function readData(element) {
  var raw = JSON.parse(element.textContent);
  var texts = [];
  var findings = raw.findings.map(function (row, index) {
    var source = row[6];
    if (typeof source === "string") {
      texts.push(source);
      source = texts.length - 1;
    }
    return {
      index: index,
      rule: row[0],
      severity: row[1],
      file: row[2],
      line: row[3],
      column: row[4],
      message: row[5],
      source: source === null ? -1 : source,
      start: row[7],
      end: row[8],
      baselined: row[9] === 1,
      haystack: null
    };
  });
  return {
    findings: findings,
    texts: texts,
    files: raw.files.map(function (file) { return { path: file[0], month: file[1] }; }),
    rules: raw.rules
  };
}

// An index at or before i that does not fall between the two halves of a surrogate pair.
function cutAt(text, i) {
  if (i > 0 && i < text.length) {
    var c = text.charCodeAt(i);
    if (c >= 0xDC00 && c <= 0xDFFF) { return i - 1; }
  }
  return i;
}

// The part of a finding's line a row shows: some context, the span (cut when very long), more
// context, with an ellipsis wherever the line goes on.
function excerpt(data, f) {
  if (f.source < 0) { return null; }
  var text = data.texts[f.source];
  var from = cutAt(text, Math.max(0, f.start - CONTEXT_BEFORE));
  var spanEnd = cutAt(text, Math.min(f.end, f.start + SPAN_SHOWN));
  if (spanEnd < f.end) {
    return {
      before: (from > 0 ? ELLIPSIS : "") + text.slice(from, f.start),
      span: text.slice(f.start, spanEnd) + ELLIPSIS,
      after: ""
    };
  }
  var to = cutAt(text, Math.min(text.length, f.end + CONTEXT_AFTER));
  return {
    before: (from > 0 ? ELLIPSIS : "") + text.slice(from, f.start),
    span: text.slice(f.start, f.end),
    after: text.slice(f.end, to) + (to < text.length ? ELLIPSIS : "")
  };
}

// What the text filter searches: what a row shows and where it is, worked out once per finding.
function haystack(data, f) {
  var rule = data.rules[f.rule];
  var cut = excerpt(data, f);
  return [
    rule.id, rule.name, data.files[f.file].path + ":" + f.line + ":" + f.column, f.message,
    cut ? cut.before + cut.span + cut.after : ""
  ].join("\n").toLowerCase();
}

function filterFindings(data, state) {
  var query = state.q.trim().toLowerCase();
  return data.findings.filter(function (f) {
    if (state.severity && SEVERITIES[f.severity] !== state.severity) { return false; }
    if (state.rule && data.rules[f.rule].id !== state.rule) { return false; }
    if (state.month && data.files[f.file].month !== state.month) { return false; }
    if (!query) { return true; }
    if (f.haystack === null) { f.haystack = haystack(data, f); }
    return f.haystack.indexOf(query) >= 0;
  });
}

// Groups of findings by key, in the order of each group's first finding, with its worst severity.
function groupBy(list, keyOf) {
  var groups = [];
  var byKey = new Map();
  list.forEach(function (f) {
    var key = keyOf(f);
    var group = byKey.get(key);
    if (!group) {
      group = { key: key, items: [], worst: SEVERITIES.length - 1, children: null };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push(f);
    if (f.severity < group.worst) { group.worst = f.severity; }
  });
  return groups;
}

// By rule, the worst and largest first, each holding its files in report order.
function ruleGroups(list) {
  var groups = groupBy(list, function (f) { return f.rule; });
  groups.forEach(function (group) {
    group.children = groupBy(group.items, function (f) { return f.file; });
  });
  return groups.sort(function (a, b) {
    return a.worst - b.worst || b.items.length - a.items.length || a.key - b.key;
  });
}

// By file, in report order (path order, which is date order for dated digests).
function fileGroups(list) {
  return groupBy(list, function (f) { return f.file; });
}

function count(n) {
  return n.toLocaleString("en-US");
}

function plural(n, word) {
  return count(n) + " " + (n === 1 ? word : word + "s");
}
