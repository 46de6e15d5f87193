/*
 * wirewatch analyst dashboard. Plain JS, no build step; charts by uPlot (served from the WebJar).
 *
 * Every piece of data reaches the DOM through textContent or setAttribute, never innerHTML.
 * Texts that may be Arabic (evidence, regions) sit in elements with dir="auto".
 */
(function () {
  "use strict";

  var REFRESH_MS = 10000;
  var REQUEST_TIMEOUT_MS = 8000;
  var WIDE_FROM = "2000-01-01";
  var MAX_QUERY_DAYS = 3660;       // the API's longest range per request (DailyRange.MAX_DAYS)
  var MAX_TABLE_ROWS = 500;
  var MAX_FILLED_DAYS = 1100;      // beyond this the daily chart plots only days that have data
  var MAX_FILLED_HOURS = 24 * 62;  // beyond this the topic chart plots only hours that have data
  var DAY_S = 86400;
  var PALETTE = ["#1f6fd1", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
                 "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
  var TOPIC_PALETTE = ["#0b7a75", "#c2410c", "#6d28d9", "#b91c1c", "#15803d", "#1d4ed8",
                       "#a16207", "#be185d", "#374151", "#0e7490"];
  var ALERT_TYPES = {
    mass_drone_attack: "Mass drone attack",
    daily_threshold: "Daily threshold",
    topic_spike: "Topic spike",
    naval_incident: "Naval incident",
    claim_conflict: "Claim conflict",
    reconcile_mismatch: "Reference mismatch"
  };
  var RECONCILED = { claimant: "ua-air-force", country: "UA" };
  var REFERENCE_COLOR = "#6b7280";
  var MISMATCH_COLOR = "#dc2626";
  var STATUS_LABELS = {
    match: "match", within_tolerance: "within tolerance", mismatch: "mismatch",
    only_reference: "reference only", only_ledger: "ledger only"
  };
  var QUALIFIER_PREFIX = { exact: "", approximate: "~", at_least: "≥", at_most: "≤" };

  var state = {
    from: null,
    to: null,
    claimant: "",
    country: "",
    explicitRange: false,
    emptyNote: false,
    sawData: false,
    forceFit: false,
    inflight: false,
    pending: false,
    timer: null,
    loaded: false,
    dailyKey: null,
    reconcile: [],
    topicsKey: null,
    dailyChart: null,
    topicChart: null,
    openDetails: new Set(),
    claimants: new Set(),
    countries: new Set(),
    claimantColors: new Map(),
    topicColors: new Map()
  };

  var regionNames = null;
  try {
    regionNames = new Intl.DisplayNames(["en"], { type: "region" });
  } catch (e) {
    regionNames = null;
  }

  // ---------------------------------------------------------------- DOM helpers

  function $(id) {
    return document.getElementById(id);
  }

  /** el("li", {class: "x", "data-foo": v, dir: "auto"}, child, "text", ...): safe element builder. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        node.setAttribute(name, value === true ? "" : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      append(node, arguments[i]);
    }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(node, c); });
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }

  function setStatus(id, text, kind) {
    var node = $(id);
    if (!node) return;
    node.textContent = text || "";
    node.className = "status" + (kind ? " " + kind : "");
    node.hidden = !text;
  }

  /** Arabic-capable text in its own bidi-isolated, auto-direction element. */
  function bidi(tag, text, cls) {
    return el(tag, { dir: "auto", class: cls ? cls + " bidi" : "bidi" }, text == null ? "" : String(text));
  }

  // ---------------------------------------------------------------- value helpers

  function str(v) {
    return v === null || v === undefined ? "" : String(v);
  }

  function num(v) {
    return typeof v === "number" && isFinite(v) ? v : null;
  }

  function arr(v) {
    return Array.isArray(v) ? v : [];
  }

  function fmtNum(v) {
    var n = num(v);
    return n === null ? "—" : n.toLocaleString("en-US");
  }

  function pad2(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function isDay(s) {
    return typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s + "T00:00:00Z"));
  }

  function todayLocal() {
    var d = new Date();
    return d.getFullYear() + "-" + pad2(d.getMonth() + 1) + "-" + pad2(d.getDate());
  }

  function dayToSec(day) {
    return Date.parse(day + "T00:00:00Z") / 1000;
  }

  function secToDay(sec) {
    return new Date(sec * 1000).toISOString().slice(0, 10);
  }

  function addDays(day, n) {
    return secToDay(dayToSec(day) + n * DAY_S);
  }

  function countryLabel(code) {
    var c = str(code);
    if (!c) return "";
    var name = null;
    try {
      name = regionNames && /^[A-Za-z]{2}$/.test(c) ? regionNames.of(c.toUpperCase()) : null;
    } catch (e) {
      name = null;
    }
    return name && name !== c ? c + " — " + name : c;
  }

  function colorFor(map, palette, key) {
    if (!map.has(key)) {
      map.set(key, palette[map.size % palette.length]);
    }
    return map.get(key);
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY_INCRS = [1, 2, 7, 14, 28, 91, 182, 364, 728, 1820, 3640].map(function (d) { return d * DAY_S; });
  var HOUR_INCRS = [1, 2, 3, 6, 12].map(function (h) { return h * 3600; }).concat(DAY_INCRS);

  /** Axis labels in UTC: "Sep 13", with the year under the first label and wherever it changes. */
  function dayAxisValues(u, splits) {
    var lastYear = null;
    return splits.map(function (v) {
      if (v == null) return "";
      var d = new Date(v * 1000);
      var year = d.getUTCFullYear();
      var label = MONTHS[d.getUTCMonth()] + " " + d.getUTCDate();
      if (year !== lastYear) {
        label += "\n" + year;
        lastYear = year;
      }
      return label;
    });
  }

  /** Hour axis labels in UTC: "06:00", or the day at midnight. */
  function hourAxisValues(u, splits) {
    return splits.map(function (v) {
      if (v == null) return "";
      var d = new Date(v * 1000);
      if (d.getUTCHours() === 0) return MONTHS[d.getUTCMonth()] + " " + d.getUTCDate();
      return pad2(d.getUTCHours()) + ":00";
    });
  }

  function tzUtc(ts) {
    return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC");
  }

  // ---------------------------------------------------------------- network

  function HttpError(status, url) {
    this.status = status;
    this.url = url;
    this.message = "HTTP " + status;
  }

  // ---------------------------------------------------------------- access token
  // With wirewatch.http.token set, /api/* needs "Authorization: Bearer <token>". Open the page once as
  // /?token=<token>: the token moves to sessionStorage (this tab only, gone when it closes), leaves the
  // address bar and history, and goes with every API call as a header — never in a URL.
  var TOKEN_KEY = "wirewatch.token";
  var memoryToken = "";

  function takeTokenFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var t = params.get("token");
    if (t === null) return;
    memoryToken = t;
    try { sessionStorage.setItem(TOKEN_KEY, t); } catch (e) { /* storage disabled: keep it in memory */ }
    params.delete("token");
    try {
      var q = params.toString();
      history.replaceState(null, "", q ? "?" + q : window.location.pathname);
    } catch (e) {
      /* file:// or sandboxed: ignore */
    }
  }

  function token() {
    try { return sessionStorage.getItem(TOKEN_KEY) || memoryToken; } catch (e) { return memoryToken; }
  }

  function apiHeaders() {
    var h = { Accept: "application/json" };
    var t = token();
    if (t) h.Authorization = "Bearer " + t;
    return h;
  }

  function fetchJson(url) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS) : null;
    return fetch(url, {
      headers: apiHeaders(),
      cache: "no-store",
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined
    }).then(function (res) {
      if (!res.ok) {
        throw new HttpError(res.status, url);
      }
      return res.json();
    }).finally(function () {
      if (timer) clearTimeout(timer);
    });
  }

  function fetchArray(url) {
    return fetchJson(url).then(function (body) {
      if (!Array.isArray(body)) {
        throw new Error("unexpected response from " + url.split("?")[0]);
      }
      return body;
    });
  }

  function describeError(err, what) {
    if (err instanceof HttpError) {
      if (err.status === 401) return what + ": not authorised (HTTP 401). Open this page once as /?token=<your token>.";
      if (err.status === 503) return what + ": service unavailable (HTTP 503). Retrying every 10 s.";
      if (err.status === 404) return what + ": endpoint not available yet (HTTP 404).";
      return what + ": request failed (HTTP " + err.status + ").";
    }
    if (err && err.name === "AbortError") return what + ": request timed out.";
    if (err && err.name === "SyntaxError") return what + ": the service sent invalid JSON.";
    return what + ": service unreachable" + (err && err.message ? " (" + err.message + ")" : "") + ".";
  }

  function dailyUrl(from, to) {
    var q = "from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to);
    if (state.claimant) q += "&claimant=" + encodeURIComponent(state.claimant);
    if (state.country) q += "&country=" + encodeURIComponent(state.country);
    return "/api/drones/daily?" + q;
  }

  // ---------------------------------------------------------------- health

  function loadHealth() {
    var node = $("health");
    var label = node.querySelector(".health-label");
    return fetch("/health", { cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          return { ok: res.ok, code: res.status, body: body || {} };
        });
      })
      .then(function (r) {
        var status = str(r.body.status) || (r.ok ? "UP" : "DOWN");
        var streams = str(r.body.streams);
        var good = r.ok && status.toUpperCase() === "UP" && (!streams || streams.toUpperCase() === "RUNNING");
        node.dataset.status = good ? "up" : (r.ok ? "degraded" : "down");
        label.textContent = "Service " + status + (streams ? " · streams " + streams : "") +
          (r.ok ? "" : " (HTTP " + r.code + ")");
        node.title = "GET /health → HTTP " + r.code;
      })
      .catch(function () {
        node.dataset.status = "down";
        label.textContent = "Service unreachable";
        node.title = "GET /health failed";
      });
  }

  // ---------------------------------------------------------------- daily counts

  function matchesFilters(row) {
    if (state.claimant && str(row.claimant) !== state.claimant) return false;
    if (state.country) {
      var c = state.country;
      if (str(row.claimant_country) === c) return true;
      return arr(row.claims).some(function (cl) { return str(cl && cl.attacker_country) === c; });
    }
    return true;
  }

  function cleanDaily(rows) {
    return rows.filter(function (r) {
      return r && typeof r === "object" && isDay(r.day) && str(r.claimant) !== "";
    });
  }

  function rememberOptions(rows) {
    var changed = false;
    rows.forEach(function (r) {
      var c = str(r.claimant);
      if (c && !state.claimants.has(c)) { state.claimants.add(c); changed = true; }
      var k = str(r.claimant_country);
      if (k && !state.countries.has(k)) { state.countries.add(k); changed = true; }
    });
    if (changed) {
      fillSelect($("claimant"), state.claimants, state.claimant, "All claimants", function (v) { return v; });
      fillSelect($("country"), state.countries, state.country, "All countries", countryLabel);
    }
  }

  function fillSelect(select, values, current, allLabel, labelOf) {
    var sorted = Array.from(values).sort();
    if (current && sorted.indexOf(current) < 0) sorted.unshift(current);
    var options = [el("option", { value: "" }, allLabel)];
    sorted.forEach(function (v) {
      options.push(el("option", { value: v }, labelOf(v)));
    });
    select.replaceChildren.apply(select, options);
    select.value = current || "";
  }

  /** The daily ledger from..to in as many requests as the API's range limit needs, newest window first. */
  function fetchWide(from, to) {
    var requests = [];
    var end = to;
    while (end >= from) {
      var start = addDays(end, -(MAX_QUERY_DAYS - 1));
      if (start < from) start = from;
      requests.push(fetchArray(dailyUrl(start, end)));
      end = addDays(start, -1);
    }
    return Promise.all(requests).then(function (parts) {
      return [].concat.apply([], parts);
    });
  }

  /** Loads the daily ledger for the current range; on the first load (or "Fit data") widens to where data is. */
  function loadDaily() {
    var fit = state.forceFit;
    // Until any data has been seen (e.g. the page opened before ingestion), keep looking for it,
    // unless the analyst chose a range.
    var mayAutoFit = !state.sawData && !state.explicitRange;
    state.forceFit = false;
    var first = fit ? Promise.resolve(null) : fetchArray(dailyUrl(state.from, state.to));
    return first.then(function (rows) {
      rows = rows === null ? null : cleanDaily(rows);
      var visible = rows === null ? [] : rows.filter(matchesFilters);
      if (visible.length > 0) state.sawData = true;
      if (rows !== null && (visible.length > 0 || !mayAutoFit)) {
        if (visible.length === 0) {
          note("No drone claims between " + state.from + " and " + state.to +
            ". Use “Fit data” to jump to the days where data exists.", "info");
          state.emptyNote = true;
        } else if (state.emptyNote) {
          note("", null);
          state.emptyNote = false;
        }
        return rows;
      }
      var today = todayLocal();
      return fetchWide(WIDE_FROM, today > state.to ? today : state.to).then(function (wide) {
        wide = cleanDaily(wide);
        var days = wide.filter(matchesFilters).map(function (r) { return r.day; }).sort();
        if (days.length === 0) {
          state.emptyNote = true;
          note("No drone claims recorded yet" + (state.claimant || state.country ? " for these filters" : "") +
            " (searched " + WIDE_FROM + " to " + today + ").", "info");
          return rows === null ? [] : rows;
        }
        state.sawData = true;
        state.emptyNote = false;
        var previous = state.from + " to " + state.to;
        state.from = days[0];
        state.to = days[days.length - 1];
        writeInputs();
        note((fit ? "Fitted" : "No data in " + previous + ", so the range was widened") +
          " to " + state.from + " – " + state.to + ", where data exists.", "info");
        return wide.filter(function (r) { return r.day >= state.from && r.day <= state.to; });
      });
    });
  }

  // ---------------------------------------------------------------- reconciliation with the reference

  function reconciledShown() {
    return (!state.claimant || state.claimant === RECONCILED.claimant) &&
      (!state.country || state.country === RECONCILED.country);
  }

  /** GET /api/reconcile for the range; a failure leaves the last answer and says so, the daily view still renders. */
  function loadReconcile() {
    var url = "/api/reconcile?from=" + encodeURIComponent(state.from) + "&to=" + encodeURIComponent(state.to);
    return fetchArray(url).then(function (days) {
      state.reconcile = days.filter(function (d) { return d && isDay(str(d.day)) && Array.isArray(d.pairs); });
      setStatus("reconcile-status", "", null);
    }, function (err) {
      setStatus("reconcile-status", describeError(err, "Reconciliation"), "error");
    });
  }

  /** Per day: the reference's summed launched/destroyed and whether any pair is a mismatch. */
  function referenceByDay() {
    var out = new Map();
    state.reconcile.forEach(function (d) {
      var day = { launched: null, destroyed: null, mismatch: false };
      arr(d.pairs).forEach(function (p) {
        if (!p || typeof p !== "object") return;
        if (num(p.reference_launched) !== null) day.launched = (day.launched || 0) + p.reference_launched;
        if (num(p.reference_destroyed) !== null) day.destroyed = (day.destroyed || 0) + p.reference_destroyed;
        if (p.status === "mismatch") day.mismatch = true;
      });
      out.set(str(d.day), day);
    });
    return out;
  }

  function signed(v) {
    return num(v) === null ? "—" : (v > 0 ? "+" : "") + fmtNum(v);
  }

  function renderReconcileTable() {
    var tbody = $("reconcile-table").querySelector("tbody");
    var trs = [];
    state.reconcile.slice().sort(function (a, b) { return a.day < b.day ? 1 : a.day > b.day ? -1 : 0; })
      .forEach(function (d) {
        arr(d.pairs).forEach(function (p) {
          if (!p || typeof p !== "object") return;
          var status = STATUS_LABELS[p.status] ? p.status : "unknown";
          var win = p.window_key ? str(p.reporter) + " " + str(p.window_start) + " → " + str(p.window_end) : "—";
          var diff = p.window_key && p.first_article_id ? signed(p.launched_difference) + " / " + signed(p.destroyed_difference) : "—";
          trs.push(el("tr", { "data-day": str(d.day), "data-status": status, "data-window": str(p.window_key) || null,
              class: "status-" + status },
            el("td", { class: "day" }, el("time", { datetime: str(d.day) }, str(d.day))),
            el("td", { class: "status" }, el("span", { class: "badge status-" + status }, STATUS_LABELS[status] || status)),
            el("td", { class: "window" }, win),
            el("td", { class: "reference-launched num", "data-value": num(p.reference_launched) === null ? "" : p.reference_launched }, fmtNum(p.reference_launched)),
            el("td", { class: "reference-destroyed num", "data-value": num(p.reference_destroyed) === null ? "" : p.reference_destroyed }, fmtNum(p.reference_destroyed)),
            el("td", { class: "ledger-launched num", "data-value": num(p.ledger_launched) === null ? "" : p.ledger_launched }, fmtNum(p.ledger_launched)),
            el("td", { class: "ledger-destroyed num", "data-value": num(p.ledger_destroyed) === null ? "" : p.ledger_destroyed }, fmtNum(p.ledger_destroyed)),
            el("td", { class: "difference num" }, diff),
            el("td", { class: "articles" }, idList("articles", p.article_ids, "ids") || "—")));
        });
      });
    if (trs.length === 0) {
      trs.push(el("tr", { class: "empty-row" }, el("td", { colspan: "9", class: "empty" },
        "No reference windows or ua-air-force claims in this range (load the reference with bin/wirewatch reference load).")));
    }
    tbody.replaceChildren.apply(tbody, trs);
  }

  function renderDaily(rows) {
    rememberOptions(rows);
    var visible = rows.filter(matchesFilters);
    var key = JSON.stringify([state.from, state.to, state.claimant, state.country, visible, state.reconcile]);
    if (key === state.dailyKey) return visible;
    state.dailyKey = key;
    try {
      renderDailyChart(visible);
    } catch (e) {
      $("daily-chart").replaceChildren(el("p", { class: "status error" }, "The chart could not be drawn (" + e.message + ")."));
    }
    renderDailyTable(visible);
    return visible;
  }

  function renderDailyChart(rows) {
    var container = $("daily-chart");
    if (state.dailyChart) {
      state.dailyChart.destroy();
      state.dailyChart = null;
    }
    container.replaceChildren();
    var reference = reconciledShown() ? referenceByDay() : new Map();
    if (rows.length === 0 && reference.size === 0) {
      container.appendChild(el("p", { class: "empty" }, "No drone counts to plot for this range."));
      return;
    }
    var claimants = Array.from(new Set(rows.map(function (r) { return r.claimant; }))).sort();
    claimants.forEach(function (c) { colorFor(state.claimantColors, PALETTE, c); });

    var fromS = dayToSec(state.from);
    var toS = dayToSec(state.to);
    var spanDays = Math.round((toS - fromS) / DAY_S) + 1;
    var xs;
    if (spanDays > 0 && spanDays <= MAX_FILLED_DAYS) {
      xs = [];
      for (var t = fromS; t <= toS; t += DAY_S) xs.push(t);
    } else {
      xs = Array.from(new Set(rows.map(function (r) { return dayToSec(r.day); })
        .concat(Array.from(reference.keys()).map(dayToSec)))).sort(function (a, b) { return a - b; });
    }
    var index = new Map(xs.map(function (x, i) { return [x, i]; }));
    var data = [xs];
    var series = [{ label: "Day (UTC)", value: function (u, v) { return v == null ? "—" : secToDay(v); } }];
    var sparse = xs.length <= 200;
    claimants.forEach(function (c) {
      var color = state.claimantColors.get(c);
      var launched = xs.map(function () { return null; });
      var destroyed = xs.map(function () { return null; });
      rows.forEach(function (r) {
        if (r.claimant !== c) return;
        var i = index.get(dayToSec(r.day));
        if (i === undefined) return;
        launched[i] = num(r.launched);
        destroyed[i] = num(r.destroyed);
      });
      data.push(destroyed);
      series.push({
        label: c + " destroyed",
        stroke: color,
        width: 2,
        spanGaps: !sparse,
        points: { show: sparse, size: 6, fill: color },
        value: function (u, v) { return v == null ? "—" : fmtNum(v); }
      });
      data.push(launched);
      series.push({
        label: c + " launched",
        stroke: color,
        width: 1.5,
        dash: [6, 4],
        spanGaps: !sparse,
        points: { show: sparse, size: 5, fill: "#fff", stroke: color },
        value: function (u, v) { return v == null ? "—" : fmtNum(v); }
      });
    });

    if (reference.size > 0) {
      // The reference beside the claimants: its own series, and a ring on every day that has a mismatch.
      var refLaunched = xs.map(function () { return null; });
      var refDestroyed = xs.map(function () { return null; });
      var marks = xs.map(function () { return null; });
      reference.forEach(function (d, day) {
        var i = index.get(dayToSec(day));
        if (i === undefined) return;
        refLaunched[i] = d.launched;
        refDestroyed[i] = d.destroyed;
        if (d.mismatch) marks[i] = d.destroyed !== null ? d.destroyed : d.launched;
      });
      data.push(refDestroyed);
      series.push({ label: "reference destroyed", stroke: REFERENCE_COLOR, width: 2, spanGaps: !sparse,
        points: { show: sparse, size: 6, fill: REFERENCE_COLOR }, value: function (u, v) { return v == null ? "—" : fmtNum(v); } });
      data.push(refLaunched);
      series.push({ label: "reference launched", stroke: REFERENCE_COLOR, width: 1.5, dash: [2, 3], spanGaps: !sparse,
        points: { show: sparse, size: 5, fill: "#fff", stroke: REFERENCE_COLOR }, value: function (u, v) { return v == null ? "—" : fmtNum(v); } });
      data.push(marks);
      series.push({ label: "mismatch", stroke: MISMATCH_COLOR, width: 0, paths: function () { return null; },
        points: { show: true, size: 14, width: 2.5, stroke: MISMATCH_COLOR, fill: "rgba(220,38,38,0.12)" },
        value: function (u, v) { return v == null ? "—" : "mismatch"; } });
    }

    var pad = DAY_S / 2;
    var opts = {
      width: chartWidth(container),
      height: 320,
      tzDate: tzUtc,
      cursor: { drag: { x: true, y: false } },
      scales: {
        x: {
          time: true,
          range: function (u, min, max) {
            var lo = Math.min(fromS, min == null ? fromS : min) - pad;
            var hi = Math.max(toS, max == null ? toS : max) + pad;
            return [lo, hi];
          }
        },
        y: {
          range: function (u, min, max) {
            var top = max == null || !isFinite(max) || max <= 0 ? 10 : Math.ceil(max * 1.1);
            return [0, top];
          }
        }
      },
      axes: [
        { stroke: "#3b4252", grid: { stroke: "#eceff4" }, incrs: DAY_INCRS, space: 55, values: dayAxisValues },
        { label: "drones", size: 60, stroke: "#3b4252", grid: { stroke: "#eceff4" } }
      ],
      series: series
    };
    state.dailyChart = new uPlot(opts, data, container);
  }

  function claimSummary(c) {
    var q = str(c.qualifier);
    var prefix = QUALIFIER_PREFIX[q] !== undefined ? QUALIFIER_PREFIX[q] : "";
    var parts = [];
    if (num(c.launched) !== null) parts.push("launched " + prefix + fmtNum(c.launched));
    if (num(c.destroyed) !== null) parts.push("destroyed " + prefix + fmtNum(c.destroyed));
    if (parts.length === 0) parts.push("no figure");
    if (q) parts.push(q.replace(/_/g, " "));
    if (c.attacker_country) parts.push("attacker " + str(c.attacker_country));
    return parts.join(" · ");
  }

  function evidenceNode(ev) {
    if (!ev || typeof ev !== "object" || !str(ev.text)) return null;
    var span = num(ev.start) !== null && num(ev.end) !== null ? "chars " + ev.start + "–" + ev.end : null;
    return el("blockquote", { class: "evidence bidi", dir: "auto", title: span }, str(ev.text));
  }

  // total: how many there are when the list is only the first of them (a ledger claim lists its first 20).
  function idList(label, ids, cls, total) {
    var list = arr(ids).map(str).filter(Boolean);
    if (list.length === 0) return null;
    var more = typeof total === "number" && total > list.length ? " (+" + (total - list.length) + " more)" : "";
    return el("span", { class: cls }, label + ": ", list.map(function (id, i) {
      return [i > 0 ? ", " : "", el("code", null, id)];
    }), more);
  }

  function renderDailyTable(rows) {
    var tbody = $("daily-table").querySelector("tbody");
    var sorted = rows.slice().sort(function (a, b) {
      return a.day < b.day ? 1 : a.day > b.day ? -1 : (a.claimant < b.claimant ? -1 : a.claimant > b.claimant ? 1 : 0);
    });
    var shown = sorted.slice(0, MAX_TABLE_ROWS);
    var trs = shown.map(function (r) {
      var claims = arr(r.claims).filter(function (c) { return c && typeof c === "object"; });
      var regions = arr(r.regions).filter(function (c) { return c && typeof c === "object"; });
      var sources = new Set();
      claims.forEach(function (c) { arr(c.sources).forEach(function (s) { sources.add(str(s)); }); });
      var key = r.claimant + "|" + r.day;
      var color = state.claimantColors.get(r.claimant) || "#888";

      var evidenceCell;
      if (claims.length === 0 && regions.length === 0) {
        evidenceCell = el("td", { class: "evidence-cell muted" }, "—");
      } else {
        var details = el("details", { "data-key": key, open: state.openDetails.has(key) },
          el("summary", null, claims.length + (claims.length === 1 ? " claim" : " claims") +
            (regions.length ? ", " + regions.length + (regions.length === 1 ? " region" : " regions") : "")),
          claims.length ? el("ol", { class: "claims" }, claims.map(function (c) {
            return el("li", { class: "claim" },
              el("div", { class: "claim-figures" }, claimSummary(c)),
              evidenceNode(c.evidence),
              el("div", { class: "meta" },
                idList("articles", c.article_ids, "ids", c.article_count),
                arr(c.sources).length ? [" · ", idList("sources", c.sources, "ids", c.source_count)] : null));
          })) : null,
          regions.length ? el("div", { class: "regions" },
            el("h4", null, "Regional figures (part of a total, not added)"),
            el("ul", null, regions.map(function (g) {
              return el("li", { class: "region-claim" },
                bidi("span", g.region || "region", "region"),
                " — " + claimSummary(g),
                evidenceNode(g.evidence),
                g.article_id ? el("div", { class: "meta" }, idList("article", [g.article_id], "ids")) : null);
            }))) : null);
        details.addEventListener("toggle", function () {
          if (details.open) state.openDetails.add(key); else state.openDetails.delete(key);
        });
        evidenceCell = el("td", { class: "evidence-cell" }, details);
      }
      var conflict = claims.length > 1;
      return el("tr", { "data-claimant": r.claimant, "data-day": r.day, class: conflict ? "multi" : null },
        el("td", { class: "day" }, el("time", { datetime: r.day }, r.day)),
        el("td", { class: "claimant" }, el("span", { class: "swatch", style: "background:" + color, "aria-hidden": "true" }), r.claimant),
        el("td", { class: "country", title: countryLabel(r.claimant_country) || null }, str(r.claimant_country) || "—"),
        el("td", { class: "launched num", "data-value": num(r.launched) === null ? "" : r.launched }, fmtNum(r.launched)),
        el("td", { class: "destroyed num", "data-value": num(r.destroyed) === null ? "" : r.destroyed }, fmtNum(r.destroyed)),
        el("td", { class: "claims num", title: conflict ? "More than one distinct claim this day" : null }, String(claims.length)),
        el("td", { class: "articles num" }, fmtNum(r.articles)),
        el("td", { class: "sources num", title: sources.size ? Array.from(sources).join(", ") : null }, fmtNum(r.sources)),
        evidenceCell);
    });
    if (trs.length === 0) {
      trs.push(el("tr", { class: "empty-row" }, el("td", { colspan: "9", class: "empty" }, "No daily counts in this range.")));
    } else if (sorted.length > shown.length) {
      trs.push(el("tr", { class: "more-row" }, el("td", { colspan: "9", class: "muted" },
        "Showing the latest " + shown.length + " of " + sorted.length + " rows; narrow the date range to see older days.")));
    }
    tbody.replaceChildren.apply(tbody, trs);
  }

  // ---------------------------------------------------------------- alerts

  function alertNode(a) {
    var type = str(a.type) || "unknown";
    var severity = ["info", "warning", "critical"].indexOf(str(a.severity)) >= 0 ? str(a.severity) : "info";
    var created = str(a.created);
    var createdDate = created ? new Date(created) : null;
    var when = createdDate && !isNaN(createdDate) ? createdDate.toISOString().replace("T", " ").slice(0, 16) + " UTC" : created;
    var meta = [];
    if (a.day) meta.push("day " + str(a.day));
    if (a.claimant) meta.push(str(a.claimant));
    if (a.topic) meta.push("topic " + str(a.topic));
    var evidence = arr(a.evidence).map(evidenceNode).filter(Boolean);
    return el("li", {
        class: "alert severity-" + severity,
        "data-alert-type": type,
        "data-severity": severity,
        "data-alert-id": str(a.id) || null
      },
      el("div", { class: "alert-head" },
        el("span", { class: "badge type-" + type.replace(/[^a-z_]/gi, "") }, ALERT_TYPES[type] || type),
        el("span", { class: "sev" }, severity),
        created ? el("time", { datetime: created }, when) : null),
      el("h3", { class: "alert-title", dir: "auto" }, str(a.title) || ALERT_TYPES[type] || "Alert"),
      a.message ? el("p", { class: "alert-message bidi", dir: "auto" }, str(a.message)) : null,
      evidence.length ? el("div", { class: "alert-evidence" }, evidence) : null,
      el("div", { class: "meta" },
        meta.length ? meta.join(" · ") : null,
        arr(a.article_ids).length ? [meta.length ? " · " : "", idList("articles", a.article_ids, "ids")] : null));
  }

  /** Updates the list in place so that aria-live announces only new alerts. */
  function renderAlerts(alerts) {
    var list = $("alerts");
    var existing = new Map();
    Array.prototype.forEach.call(list.children, function (li) {
      if (li.dataset.key) existing.set(li.dataset.key, li);
    });
    var desired = alerts.filter(function (a) { return a && typeof a === "object"; }).map(function (a, i) {
      var key = (str(a.id) || "idx" + i) + "|" + JSON.stringify(a);
      var node = existing.get(key);
      if (!node) {
        node = alertNode(a);
        node.dataset.key = key;
      }
      return node;
    });
    var keep = new Set(desired);
    Array.prototype.slice.call(list.children).forEach(function (li) {
      if (!keep.has(li)) list.removeChild(li);
    });
    var ref = list.firstChild;
    desired.forEach(function (node) {
      if (node === ref) {
        ref = ref.nextSibling;
      } else {
        list.insertBefore(node, ref);
      }
    });
    if (desired.length === 0) {
      setStatus("alerts-status", "No alerts yet.", "info");
    } else {
      setStatus("alerts-status", "", null);
    }
  }

  function loadAlerts() {
    return fetchArray("/api/alerts?limit=50").then(function (alerts) {
      renderAlerts(alerts);
      return true;
    }, function (err) {
      setStatus("alerts-status", describeError(err, "Alerts"), "error");
      return false;
    });
  }

  // ---------------------------------------------------------------- topics

  function loadTopics() {
    var fromIso = state.from + "T00:00:00Z";
    var toIso = addDays(state.to, 1) + "T00:00:00Z";
    var url = "/api/topics/hourly?from=" + encodeURIComponent(fromIso) + "&to=" + encodeURIComponent(toIso);
    return fetchArray(url).then(function (rows) {
      renderTopics(rows, Date.parse(fromIso) / 1000, Date.parse(toIso) / 1000);
      return true;
    }, function (err) {
      setStatus("topics-status", describeError(err, "Topic volumes"), "error");
      return false;
    });
  }

  function renderTopics(rows, fromS, toS) {
    var clean = rows.filter(function (r) {
      return r && str(r.topic) && !isNaN(Date.parse(str(r.hour))) && num(r.count) !== null;
    }).map(function (r) {
      return { topic: str(r.topic), t: Math.floor(Date.parse(str(r.hour)) / 3600000) * 3600, count: r.count };
    });
    var key = JSON.stringify([fromS, toS, clean]);
    if (key === state.topicsKey) {
      setStatus("topics-status", clean.length ? "" : "No tagged articles in this range.", clean.length ? null : "info");
      return;
    }
    state.topicsKey = key;
    var container = $("topic-chart");
    if (state.topicChart) {
      state.topicChart.destroy();
      state.topicChart = null;
    }
    container.replaceChildren();
    if (clean.length === 0) {
      setStatus("topics-status", "No tagged articles in this range.", "info");
      return;
    }
    setStatus("topics-status", "", null);
    var topics = Array.from(new Set(clean.map(function (r) { return r.topic; }))).sort();
    topics.forEach(function (t) { colorFor(state.topicColors, TOPIC_PALETTE, t); });
    var hours = (toS - fromS) / 3600;
    var filled = hours > 0 && hours <= MAX_FILLED_HOURS;
    var xs;
    if (filled) {
      xs = [];
      for (var t = fromS; t < toS; t += 3600) xs.push(t);
    } else {
      xs = Array.from(new Set(clean.map(function (r) { return r.t; }))).sort(function (a, b) { return a - b; });
    }
    var index = new Map(xs.map(function (x, i) { return [x, i]; }));
    var data = [xs];
    var series = [{ label: "Hour (UTC)", value: function (u, v) {
      return v == null ? "—" : new Date(v * 1000).toISOString().replace("T", " ").slice(0, 16);
    } }];
    topics.forEach(function (topic) {
      var ys = xs.map(function () { return filled ? 0 : null; });
      clean.forEach(function (r) {
        if (r.topic !== topic) return;
        var i = index.get(r.t);
        if (i !== undefined) ys[i] = (ys[i] || 0) + r.count;
      });
      var color = state.topicColors.get(topic);
      data.push(ys);
      series.push({
        label: topic.replace(/_/g, " "),
        stroke: color,
        fill: color + "22",
        width: 1.5,
        points: { show: !filled || xs.length <= 96, size: 4, fill: color },
        value: function (u, v) { return v == null ? "—" : String(v); }
      });
    });
    try {
      state.topicChart = makeTopicChart(container, data, series, filled, fromS, toS);
    } catch (e) {
      container.replaceChildren(el("p", { class: "status error" }, "The chart could not be drawn (" + e.message + ")."));
    }
  }

  function makeTopicChart(container, data, series, filled, fromS, toS) {
    return new uPlot({
      width: chartWidth(container),
      height: 220,
      tzDate: tzUtc,
      cursor: { drag: { x: true, y: false } },
      scales: {
        x: { time: true, range: function (u, min, max) { return filled ? [fromS, toS] : [min - 1800, max + 1800]; } },
        y: { range: function (u, min, max) { return [0, max == null || max <= 0 ? 5 : Math.ceil(max * 1.15)]; } }
      },
      axes: [
        { stroke: "#3b4252", grid: { stroke: "#eceff4" }, incrs: HOUR_INCRS, space: 45, values: hourAxisValues },
        { label: "articles", size: 50, stroke: "#3b4252", grid: { stroke: "#eceff4" } }
      ],
      series: series
    }, data, container);
  }

  function chartWidth(container) {
    var w = container.clientWidth || (container.parentNode && container.parentNode.clientWidth) || 800;
    return Math.max(320, Math.floor(w));
  }

  // ---------------------------------------------------------------- refresh cycle

  function note(text, kind) {
    var node = $("range-note");
    node.textContent = text || "";
    node.className = "note" + (kind ? " " + kind : "");
  }

  function refresh() {
    if (state.inflight) {
      state.pending = true;
      return Promise.resolve();
    }
    if (typeof uPlot === "undefined") {
      setStatus("daily-status", "Chart library failed to load (/webjars/uplot/…).", "error");
    }
    state.inflight = true;
    var refreshState = $("refresh-state");
    refreshState.textContent = "refreshing…";

    var health = loadHealth();
    var alerts = loadAlerts();
    var dailyAndTopics = loadDaily().then(function (rows) {
      return loadReconcile().then(function () { return rows; });
    }).then(function (rows) {
      var visible = renderDaily(rows);
      renderReconcileTable();
      setStatus("daily-status", "", null);
      writeUrl();
      return loadTopics().then(function () { return visible; });
    }, function (err) {
      setStatus("daily-status", describeError(err, "Daily drone counts") +
        (state.loaded ? " Showing the last data received." : ""), "error");
      if (!state.loaded) {
        var chart = $("daily-chart");
        if (!state.dailyChart) {
          chart.replaceChildren(el("p", { class: "empty" }, "No data: the service is unavailable."));
          $("daily-table").querySelector("tbody").replaceChildren(el("tr", { class: "empty-row" },
            el("td", { colspan: "9", class: "empty" }, "No data: the service is unavailable.")));
        }
      }
      return loadTopics().then(function () { return null; });
    });

    return Promise.all([health, alerts, dailyAndTopics]).then(function (results) {
      var dailyOk = results[2] !== null;
      var stamp = new Date();
      if (dailyOk || results[1]) {
        var t = $("last-updated");
        t.textContent = stamp.toLocaleTimeString("en-GB");
        t.setAttribute("datetime", stamp.toISOString());
      }
      refreshState.textContent = dailyOk && results[1] ? "" : "(some data unavailable)";
      document.body.dataset.state = dailyOk ? "ok" : "error";
      if (dailyOk && !state.loaded) {
        state.loaded = true;
        document.body.dataset.loaded = "true";
      }
    }).catch(function (err) {
      refreshState.textContent = "(refresh failed)";
      if (window.console) console.error("wirewatch dashboard refresh failed", err);
    }).finally(function () {
      state.inflight = false;
      if (state.pending) {
        state.pending = false;
        refresh();
      }
    });
  }

  function schedule() {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
    if ($("auto-refresh").checked) {
      state.timer = setInterval(refresh, REFRESH_MS);
    }
  }

  // ---------------------------------------------------------------- controls & URL

  function readInputs() {
    var from = $("from").value;
    var to = $("to").value;
    if (!isDay(from) || !isDay(to)) {
      note("Enter both dates as YYYY-MM-DD.", "error");
      return false;
    }
    if (from > to) {
      var tmp = from; from = to; to = tmp;
    }
    state.from = from;
    state.to = to;
    state.claimant = $("claimant").value;
    state.country = $("country").value;
    writeInputs();
    return true;
  }

  function writeInputs() {
    $("from").value = state.from;
    $("to").value = state.to;
  }

  function writeUrl() {
    if (!window.history || !history.replaceState) return;
    var p = new URLSearchParams();
    p.set("from", state.from);
    p.set("to", state.to);
    if (state.claimant) p.set("claimant", state.claimant);
    if (state.country) p.set("country", state.country);
    try {
      history.replaceState(null, "", "?" + p.toString());
    } catch (e) {
      /* file:// or sandboxed: ignore */
    }
  }

  function lastThirtyDays() {
    state.to = todayLocal();
    state.from = addDays(state.to, -29);
  }

  function init() {
    takeTokenFromUrl();
    var params = new URLSearchParams(window.location.search);
    lastThirtyDays();
    if (isDay(params.get("from")) && isDay(params.get("to"))) {
      state.from = params.get("from");
      state.to = params.get("to");
      if (state.from > state.to) { var t = state.from; state.from = state.to; state.to = t; }
      state.explicitRange = true;
    }
    state.claimant = params.get("claimant") || "";
    state.country = params.get("country") || "";
    if (state.claimant) state.claimants.add(state.claimant);
    if (state.country) state.countries.add(state.country);
    fillSelect($("claimant"), state.claimants, state.claimant, "All claimants", function (v) { return v; });
    fillSelect($("country"), state.countries, state.country, "All countries", countryLabel);
    writeInputs();

    $("filters").addEventListener("submit", function (e) {
      e.preventDefault();
      if (readInputs()) {
        note("", null);
        state.emptyNote = false;
        state.explicitRange = true;
        refresh();
      }
    });
    ["claimant", "country"].forEach(function (id) {
      $(id).addEventListener("change", function () {
        if (readInputs()) refresh();
      });
    });
    $("fit-data").addEventListener("click", function () {
      if (!readInputs()) return;
      state.forceFit = true;
      refresh();
    });
    $("last-30").addEventListener("click", function () {
      lastThirtyDays();
      writeInputs();
      note("", null);
      state.emptyNote = false;
      state.explicitRange = true;
      refresh();
    });
    $("auto-refresh").addEventListener("change", schedule);

    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () {
        [[state.dailyChart, "daily-chart", 320], [state.topicChart, "topic-chart", 220]].forEach(function (c) {
          if (c[0]) c[0].setSize({ width: chartWidth($(c[1])), height: c[2] });
        });
      }, 150);
    });

    refresh();
    schedule();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
