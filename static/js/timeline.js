/* Sidelines timeline: a zoomable, pannable SVG timeline of meetings in lanes, clustered when dense.
 *
 * No library and no build step. The page renders the same meetings as a list on the server; this
 * script only adds the picture. Data comes from the element's data-src (timeline.json with the page's
 * filters). Only what is in view is drawn, and items closer than a few pixels in one lane merge into a
 * cluster, so the number of SVG nodes stays small whatever the number of meetings.
 *
 * CSP: no inline style is ever written; every look comes from classes in sidelines.css.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var LANE_H = 34;
  var AXIS_H = 30;
  var MAX_LANES = 14;
  var CLUSTER_PX = 3;  // shapes closer than this would touch: they merge into a cluster
  var MIN_SPAN = 4 * DAY;
  var MAX_SPAN = 150 * 365 * DAY;
  var STATUS_LABEL = { possible: "possible", planned: "planned", held: "held", postponed: "postponed", cancelled: "cancelled", ruled_out: "ruled out" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  // tick steps: [unit, count, minimum px between ticks is checked against the average length]
  var STEPS = [["day", 1], ["day", 7], ["month", 1], ["month", 3], ["month", 6], ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 25], ["year", 50]];

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function day(s) { return s ? Date.parse(s + "T00:00:00Z") : null; }
  function fmtDay(t) { var d = new Date(t); return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
  function fmtMonth(t) { var d = new Date(t); return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
  function surname(name) { var parts = String(name).trim().split(/\s+/); return parts[parts.length - 1]; }
  function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }

  function Timeline(el) {
    this.el = el;
    this.mode = el.getAttribute("data-lanes") === "country" ? "country" : "pair";
    this.meetingUrl = el.getAttribute("data-meeting-url") || "/meetings/0/";
    this.status = document.querySelector("[data-timeline-status]");
    this.renders = 0;
    this.items = [];
    this.countries = {};
    this.drag = null;
    this.pointers = {};
    this.suppressClick = false;
    this.frame = 0;
  }

  Timeline.prototype.load = function () {
    var self = this;
    self.el.setAttribute("aria-busy", "true");
    // a plain same-origin fetch, so that it picks up the page's <link rel="preload"> of the same URL
    return fetch(self.el.getAttribute("data-src"))
      .then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status); }
        return r.json();
      })
      .then(function (data) {
        var fetched = window.performance.now();
        self.el.setAttribute("data-fetched-ms", fetched.toFixed(0));  // since navigation start
        self.countries = data.countries || {};
        self.truncated = !!data.truncated;
        var names = data.people || {};
        // participants arrive as [person id, country]; names come once, in data.people
        data.items.forEach(function (m) { m.p = m.p.map(function (p) { return [p[0], names[p[0]] || "?", p[1]]; }); });
        self.undated = 0;
        self.items = [];
        data.items.forEach(function (m) {
          if (!m.s) { self.undated += 1; return; }
          self.items.push(self.prepare(m));
        });
        self.items.sort(function (a, b) { return a.t0 - b.t0; });
        self.el.setAttribute("data-prepare-ms", (window.performance.now() - fetched).toFixed(1));
        self.el.removeAttribute("aria-busy");
        self.mount();
        self.buildLanes();
        var view = new URLSearchParams(window.location.search).get("view");
        if (!(view && self.setView(view))) { self.fit(); }
        self.render();
      })
      .catch(function (err) {
        self.el.removeAttribute("aria-busy");
        self.el.setAttribute("data-error", String(err));
        self.say("The timeline could not load (" + err.message + "); the list below is complete.");
      });
  };

  Timeline.prototype.prepare = function (m) {
    var self = this;
    var names = m.p.map(function (p) { return p[1]; });
    var unnamed = m.u.map(function (c) { return (self.countries[c] || c) + " (official)"; });
    var who = names.concat(unnamed);
    var when = m.pr === "year" ? m.s.slice(0, 4) : m.pr === "month" ? fmtMonth(day(m.s)) : (m.e !== m.s ? m.s + " – " + m.e : fmtDay(day(m.s)));
    var title = who.join(", ") + " — " + (STATUS_LABEL[m.st] || m.st) + ", " + when + (m.pl ? ", " + m.pl : "") + (m.oc ? " (" + m.oc + ")" : "");
    return {
      id: m.id,
      t0: day(m.s),
      t1: day(m.e || m.s) + DAY,
      st: m.st,
      tentative: m.pr !== "day",
      people: m.p,
      unnamed: m.u,
      title: title,
      where: (m.pl || "").split(",")[0] || m.oc || "",
      short: m.p.map(function (p) { return surname(p[1]); }).concat(m.u).join(" – ")
    };
  };

  // --- lanes -------------------------------------------------------------------------------------

  Timeline.prototype.laneKeys = function (item) {
    var self = this;
    if (this.mode === "country") {
      var codes = {};
      item.people.forEach(function (p) { if (p[2]) { codes[p[2]] = true; } });
      item.unnamed.forEach(function (c) { codes[c] = true; });
      var keys = Object.keys(codes).sort();
      return keys.length ? keys.map(function (c) { return [c, self.countries[c] || c]; }) : [["?", "country unknown"]];
    }
    var parties = item.people.map(function (p) { return [String(p[0]), p[1]]; });
    if (parties.length < 2) {
      parties = parties.concat(item.unnamed.map(function (c) { return ["c:" + c, self.countries[c] || c]; }));
    }
    parties.sort(function (a, b) { return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0; });
    var out = [];
    for (var i = 0; i < parties.length && out.length < 6; i++) {
      for (var j = i + 1; j < parties.length && out.length < 6; j++) {
        var a = parties[i][1], b = parties[j][1];
        out.push([parties[i][0] + "|" + parties[j][0], surname(a) + " – " + surname(b), a + " and " + b, [a, b]]);
      }
    }
    return out.length ? out : [["?", "others"]];
  };

  Timeline.prototype.buildLanes = function () {
    var lanes = {};
    var perItem = [];
    var self = this;
    this.items.forEach(function (item) {
      var keys = self.laneKeys(item);
      perItem.push(keys);
      keys.forEach(function (k) {
        if (!lanes[k[0]]) { lanes[k[0]] = { key: k[0], label: k[1], full: k[2] || k[1], lines: k[3] || null, items: [] }; }
        lanes[k[0]].items.push(item);
      });
    });
    var ordered = Object.keys(lanes).map(function (k) { return lanes[k]; });
    ordered.sort(function (a, b) { return b.items.length - a.items.length || (a.label < b.label ? -1 : 1); });
    if (ordered.length > MAX_LANES) {
      var kept = ordered.slice(0, MAX_LANES - 1);
      var keptKeys = {};
      kept.forEach(function (l) { keptKeys[l.key] = true; });
      var other = { key: "*", label: "all others", full: (ordered.length - kept.length) + " other lanes", items: [] };
      this.items.forEach(function (item, i) {
        if (!perItem[i].some(function (k) { return keptKeys[k[0]]; })) { other.items.push(item); }
      });
      if (other.items.length) { kept.push(other); }
      ordered = kept;
    }
    this.lanes = ordered;  // each lane's items stay sorted by start: this.items was
  };

  // --- view window -------------------------------------------------------------------------------

  Timeline.prototype.fit = function () {
    if (!this.items.length) { var now = Date.now(); this.t0 = now - 180 * DAY; this.t1 = now + 180 * DAY; return; }
    var lo = this.items[0].t0;
    var hi = this.items.reduce(function (m, it) { return Math.max(m, it.t1); }, lo);
    var pad = Math.max((hi - lo) * 0.04, 10 * DAY);
    this.t0 = lo - pad;
    this.t1 = hi + pad;
  };

  Timeline.prototype.setView = function (text) {
    var parts = text.split("..");
    var a = day(parts[0]), b = day(parts[1]);
    if (!a || !b || isNaN(a) || isNaN(b) || b - a < MIN_SPAN) { return false; }
    this.t0 = a; this.t1 = b;
    return true;
  };

  Timeline.prototype.zoom = function (factor, atX) {
    var span = this.t1 - this.t0;
    var next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
    var ratio = atX == null ? 0.5 : Math.min(1, Math.max(0, (atX - this.labelW) / this.plotW));
    var pivot = this.t0 + span * ratio;
    this.t0 = pivot - next * ratio;
    this.t1 = this.t0 + next;
    this.schedule(true);
  };

  Timeline.prototype.pan = function (fraction) {
    var shift = (this.t1 - this.t0) * fraction;
    this.t0 += shift; this.t1 += shift;
    this.schedule(true);
  };

  Timeline.prototype.rememberView = function () {
    // the zoomed window goes into the URL (replaceState: a share link keeps it, Back is not flooded)
    var self = this;
    clearTimeout(this.viewTimer);
    this.viewTimer = setTimeout(function () {
      var url = new URL(window.location.href);
      url.searchParams.set("view", isoDay(self.t0) + ".." + isoDay(self.t1));
      window.history.replaceState(window.history.state, "", url);
    }, 400);
  };

  Timeline.prototype.schedule = function (moved) {
    var self = this;
    if (moved) { this.rememberView(); }
    if (this.frame) { return; }
    this.frame = window.requestAnimationFrame(function () { self.frame = 0; self.render(); });
  };

  // --- drawing -----------------------------------------------------------------------------------

  Timeline.prototype.mount = function () {
    var toolbar = document.querySelector("[data-timeline-toolbar]");
    if (toolbar) { toolbar.hidden = false; }
    this.el.classList.add("is-live");
    this.bind();
  };

  Timeline.prototype.x = function (t) { return this.labelW + (t - this.t0) / (this.t1 - this.t0) * this.plotW; };

  Timeline.prototype.ticks = function () {
    var span = this.t1 - this.t0;
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      var approx = STEPS[i][0] === "day" ? STEPS[i][1] * DAY : STEPS[i][0] === "month" ? STEPS[i][1] * 30.44 * DAY : STEPS[i][1] * 365.25 * DAY;
      if (approx / span * this.plotW >= 78) { step = STEPS[i]; break; }
    }
    var out = [];
    var d = new Date(this.t0);
    var unit = step[0], n = step[1];
    var cur;
    if (unit === "day") {
      cur = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      if (n === 7) { cur -= ((new Date(cur).getUTCDay() + 6) % 7) * DAY; }  // Mondays
    } else if (unit === "month") {
      cur = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % n), 1);
    } else {
      cur = Date.UTC(d.getUTCFullYear() - (d.getUTCFullYear() % n), 0, 1);
    }
    for (var guard = 0; cur <= this.t1 && guard < 400; guard++) {
      var c = new Date(cur);
      var label = unit === "day" ? c.getUTCDate() + " " + MONTHS[c.getUTCMonth()] + (c.getUTCDate() <= n || guard === 0 ? " " + c.getUTCFullYear() : "")
        : unit === "month" ? (c.getUTCMonth() === 0 || guard === 0 ? fmtMonth(cur) : MONTHS[c.getUTCMonth()]) : String(c.getUTCFullYear());
      if (cur >= this.t0) { out.push([cur, label]); }
      cur = unit === "day" ? cur + n * DAY
        : unit === "month" ? Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + n, 1) : Date.UTC(c.getUTCFullYear() + n, 0, 1);
    }
    return out;
  };

  Timeline.prototype.render = function () {
    var began = window.performance.now();
    var width = Math.max(280, this.el.clientWidth);
    this.labelW = width < 560 ? 92 : 190;
    this.plotW = width - this.labelW - 12;
    var height = AXIS_H + this.lanes.length * LANE_H + 6;
    var parts = [];
    var self = this;
    var drawn = 0, clusters = 0, seen = {}, inView = 0;

    parts.push('<rect class="tl-bg" x="0" y="0" width="' + width + '" height="' + height + '"></rect>');
    this.lanes.forEach(function (lane, i) {
      var y = AXIS_H + i * LANE_H;
      parts.push('<rect class="tl-lane' + (i % 2 ? " odd" : "") + '" x="0" y="' + y + '" width="' + width + '" height="' + LANE_H + '"></rect>');
    });
    this.ticks().forEach(function (tick) {
      var x = self.x(tick[0]).toFixed(1);
      parts.push('<line class="tl-grid" x1="' + x + '" x2="' + x + '" y1="' + (AXIS_H - 6) + '" y2="' + height + '"></line>');
      parts.push('<text class="tl-tick" x="' + (+x + 4) + '" y="' + (AXIS_H - 10) + '">' + esc(tick[1]) + "</text>");
    });
    var now = Date.now();
    if (now > this.t0 && now < this.t1) {
      var nx = this.x(now).toFixed(1);
      parts.push('<line class="tl-today" x1="' + nx + '" x2="' + nx + '" y1="' + AXIS_H + '" y2="' + height + '"><title>today</title></line>');
    }

    this.lanes.forEach(function (lane, i) {
      var yMid = AXIS_H + i * LANE_H + LANE_H / 2;
      var groups = [];
      var last = null;
      for (var k = 0; k < lane.items.length; k++) {
        var it = lane.items[k];
        if (it.t0 > self.t1) { break; }
        if (it.t1 < self.t0) { continue; }
        if (!seen[it.id]) { seen[it.id] = true; inView += 1; }
        var xa = self.x(it.t0), xb = self.x(it.t1);
        if (xb - xa < 18) { var c = (xa + xb) / 2; xa = c - 7; xb = c + 7; }  // drawn as a dot of radius 7
        if (last && xa - last.xb < CLUSTER_PX) {
          last.items.push(it);
          last.xb = Math.max(last.xb, xb);
        } else {
          last = { xa: xa, xb: xb, items: [it] };
          groups.push(last);
        }
      }
      groups.forEach(function (g, n) {
        if (g.items.length === 1) { parts.push(self.drawItem(g.items[0], yMid)); drawn += 1; } else { parts.push(self.drawCluster(g, yMid)); clusters += 1; }
        // a place name beside a lone meeting, where the lane has room for it before the next shape
        var room = (n + 1 < groups.length ? groups[n + 1].xa : self.labelW + self.plotW) - g.xb;
        var where = g.items.length === 1 ? g.items[0].where : "";
        if (where && room > 16 + where.length * 6.5) {
          parts.push('<text class="tl-where" x="' + (g.xb + 5).toFixed(1) + '" y="' + (yMid + 4) + '" aria-hidden="true">' + esc(where) + "</text>");
        }
      });
    });

    // lane labels last, over the plot's left edge
    parts.push('<rect class="tl-labels" x="0" y="0" width="' + this.labelW + '" height="' + height + '"></rect>');
    var narrow = this.labelW < 120;
    function cut(text, max) { return text.length > max ? text.slice(0, max - 1) + "…" : text; }
    this.lanes.forEach(function (lane, i) {
      var y = AXIS_H + i * LANE_H + LANE_H / 2 + 4;
      var text;
      if (lane.lines) {  // a pair: one name a line, surnames only on a phone
        var a = narrow ? cut(surname(lane.lines[0]), 12) : cut(lane.lines[0], 24);
        var b = narrow ? cut(surname(lane.lines[1]), 12) : cut(lane.lines[1], 24);
        text = '<tspan x="8" y="' + (y - 7) + '">' + esc(a) + '</tspan><tspan x="8" y="' + (y + 7) + '">' + esc(b) + "</tspan>";
      } else {
        text = esc(cut(lane.label, narrow ? 12 : 24));
      }
      parts.push('<g><title>' + esc(lane.full) + " (" + lane.items.length + ')</title><text class="tl-lane-label" x="8" y="' + y + '" aria-label="' + esc(lane.full) + '">' + text + "</text></g>");
    });

    var svg = '<svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + " " + height + '" role="group" aria-label="' +
      esc(fmtDay(this.t0) + " to " + fmtDay(this.t1)) + '">' + parts.join("") + "</svg>";
    var hadFocus = this.el.contains(document.activeElement) && document.activeElement !== this.el;
    this.el.innerHTML = svg;
    if (hadFocus) { this.el.focus({ preventScroll: true }); }  // the focused node was replaced: keep keys working
    this.renders += 1;
    this.el.setAttribute("data-rendered", String(this.renders));
    this.el.setAttribute("data-drawn", String(drawn));
    this.el.setAttribute("data-clusters", String(clusters));
    this.el.setAttribute("data-view", isoDay(this.t0) + ".." + isoDay(this.t1));  // what the URL's view= will say
    this.el.setAttribute("data-render-ms", (window.performance.now() - began).toFixed(1));  // read by the benchmark
    this.say(inView.toLocaleString("en") + " of " + this.items.length.toLocaleString("en") + " meetings in view, " + fmtDay(this.t0) + " – " + fmtDay(this.t1) +
      (this.undated ? "; " + this.undated + " undated not drawn" : "") + ". Drag to pan, scroll or +/− to zoom, click a cluster to open it." +
      (this.truncated ? " Only the newest " + this.items.length.toLocaleString("en") + " are drawn: narrow the filters to see older ones." : ""));
  };

  Timeline.prototype.drawItem = function (it, y) {
    var xa = this.x(it.t0), xb = this.x(it.t1);
    var url = this.meetingUrl.replace(/\/0\/$/, "/" + it.id + "/");
    var cls = "tl-item st-" + it.st + (it.tentative ? " imprecise" : "");
    var shape;
    var strike = it.st === "cancelled" || it.st === "ruled_out";
    if (xb - xa >= 18) {  // long enough to read as a range; shorter ones are dots
      shape = '<rect class="' + cls + '" x="' + xa.toFixed(1) + '" y="' + (y - 8) + '" width="' + (xb - xa).toFixed(1) + '" height="16" rx="5"></rect>';
      if (strike) { shape += '<line class="tl-strike" x1="' + xa.toFixed(1) + '" x2="' + xb.toFixed(1) + '" y1="' + y + '" y2="' + y + '"></line>'; }
    } else {
      var cx = ((xa + xb) / 2).toFixed(1);
      shape = '<circle class="' + cls + '" cx="' + cx + '" cy="' + y + '" r="7"></circle>';
      if (strike) { shape += '<line class="tl-strike" x1="' + (cx - 9) + '" x2="' + (+cx + 9) + '" y1="' + y + '" y2="' + y + '"></line>'; }
    }
    return '<a class="tl-link" href="' + esc(url) + '" aria-label="' + esc(it.title) + '" data-id="' + it.id + '"><title>' + esc(it.title) + "</title>" + shape + "</a>";
  };

  Timeline.prototype.drawCluster = function (g, y) {
    var counts = {};
    g.items.forEach(function (it) { counts[it.st] = (counts[it.st] || 0) + 1; });
    var main = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; })[0];
    var lo = g.items[0].t0, hi = g.items.reduce(function (m, it) { return Math.max(m, it.t1); }, lo);
    var summary = Object.keys(counts).map(function (s) { return counts[s] + " " + STATUS_LABEL[s]; }).join(", ");
    var label = g.items.length + " meetings, " + fmtDay(lo) + " – " + fmtDay(hi - DAY) + " (" + summary + "). Press Enter to zoom in.";
    var w = Math.max(24, g.xb - g.xa);
    var x = (g.xa + g.xb) / 2 - w / 2;
    return '<g class="tl-cluster st-' + main + '" tabindex="0" role="button" data-t0="' + lo + '" data-t1="' + hi + '" aria-label="' + esc(label) + '"><title>' + esc(label) + "</title>" +
      '<rect x="' + x.toFixed(1) + '" y="' + (y - 10) + '" width="' + w.toFixed(1) + '" height="20" rx="10"></rect>' +
      '<text x="' + (x + w / 2).toFixed(1) + '" y="' + (y + 4) + '">' + g.items.length + "</text></g>";
  };

  Timeline.prototype.openCluster = function (node) {
    var lo = +node.getAttribute("data-t0"), hi = +node.getAttribute("data-t1");
    if (hi - lo <= 2 * DAY) {
      // meetings of the same day never separate by zooming: list them instead
      var url = new URL(window.location.href);
      url.searchParams.set("start", isoDay(lo));
      url.searchParams.set("end", isoDay(hi - DAY));
      url.searchParams.delete("page");
      url.hash = "list-head";
      window.location.assign(url);
      return;
    }
    var pad = Math.max((hi - lo) * 0.15, 2 * DAY);
    this.t0 = lo - pad;
    this.t1 = Math.max(hi + pad, this.t0 + MIN_SPAN);
    this.schedule(true);
  };

  Timeline.prototype.say = function (text) { if (this.status) { this.status.textContent = text; } };

  Timeline.prototype.setMode = function (mode, push) {
    if (mode === this.mode) { return; }
    this.mode = mode;
    this.buildLanes();
    this.render();
    document.querySelectorAll("[data-lanes]").forEach(function (a) {
      if (a.tagName === "A") { if (a.getAttribute("data-lanes") === mode) { a.setAttribute("aria-current", "true"); } else { a.removeAttribute("aria-current"); } }
    });
    var hidden = document.querySelector('form input[name="lanes"]');
    if (mode === "pair" && hidden) { hidden.remove(); }
    if (mode !== "pair") {
      var form = document.querySelector("form.filter-bar");
      if (form && !hidden) { hidden = document.createElement("input"); hidden.type = "hidden"; hidden.name = "lanes"; form.appendChild(hidden); }
      if (hidden) { hidden.value = mode; }
    }
    if (push) {
      var url = new URL(window.location.href);
      if (mode === "pair") { url.searchParams.delete("lanes"); } else { url.searchParams.set("lanes", mode); }
      window.history.pushState({ lanes: mode }, "", url);
    }
  };

  // --- input -------------------------------------------------------------------------------------

  Timeline.prototype.bind = function () {
    var self = this, el = this.el;
    el.addEventListener("wheel", function (e) {
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) { self.pan(e.deltaX / self.plotW); } else { self.zoom(Math.exp(e.deltaY * 0.0015), e.offsetX); }
      e.preventDefault();
    }, { passive: false });
    el.addEventListener("pointerdown", function (e) {
      if (e.button !== 0) { return; }
      self.pointers[e.pointerId] = e.clientX;
      self.drag = { x: e.clientX, t0: self.t0, t1: self.t1, moved: false, span: null };
      var ids = Object.keys(self.pointers);
      if (ids.length === 2) { self.drag.span = Math.abs(self.pointers[ids[0]] - self.pointers[ids[1]]) || 1; }
    });
    el.addEventListener("pointermove", function (e) {
      if (!self.drag || !(e.pointerId in self.pointers)) { return; }
      self.pointers[e.pointerId] = e.clientX;
      var ids = Object.keys(self.pointers);
      if (ids.length === 2 && self.drag.span) {  // pinch
        var span = Math.abs(self.pointers[ids[0]] - self.pointers[ids[1]]) || 1;
        var factor = self.drag.span / span;
        var mid = (self.drag.t0 + self.drag.t1) / 2, half = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (self.drag.t1 - self.drag.t0) * factor)) / 2;
        self.t0 = mid - half; self.t1 = mid + half; self.drag.moved = true;
        self.schedule(true);
        return;
      }
      var dx = e.clientX - self.drag.x;
      if (!self.drag.moved && Math.abs(dx) < 4) { return; }
      if (!self.drag.moved) { el.setPointerCapture(e.pointerId); el.classList.add("dragging"); }
      self.drag.moved = true;
      var shift = dx / self.plotW * (self.drag.t1 - self.drag.t0);
      self.t0 = self.drag.t0 - shift; self.t1 = self.drag.t1 - shift;
      self.schedule(true);
    });
    function end(e) {
      delete self.pointers[e.pointerId];
      if (self.drag && self.drag.moved) { self.suppressClick = true; setTimeout(function () { self.suppressClick = false; }, 0); }
      if (!Object.keys(self.pointers).length) { self.drag = null; el.classList.remove("dragging"); }
    }
    el.addEventListener("pointerup", end);
    el.addEventListener("pointercancel", end);
    el.addEventListener("click", function (e) {
      if (self.suppressClick) { e.preventDefault(); e.stopPropagation(); return; }
      var cluster = e.target.closest(".tl-cluster");
      if (cluster) { self.openCluster(cluster); }
    }, true);
    el.addEventListener("keydown", function (e) {
      var cluster = e.target.closest && e.target.closest(".tl-cluster");
      if (cluster && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); self.openCluster(cluster); return; }
      var handled = true;
      if (e.key === "ArrowLeft") { self.pan(-0.2); } else if (e.key === "ArrowRight") { self.pan(0.2); } else if (e.key === "+" || e.key === "=") { self.zoom(0.6); } else if (e.key === "-" || e.key === "_") { self.zoom(1 / 0.6); } else if (e.key === "0") { self.fit(); self.schedule(true); } else { handled = false; }
      if (handled) { e.preventDefault(); }
    });
    document.querySelectorAll("[data-zoom]").forEach(function (b) {
      b.addEventListener("click", function () {
        var what = b.getAttribute("data-zoom");
        if (what === "in") { self.zoom(0.6); } else if (what === "out") { self.zoom(1 / 0.6); } else { self.fit(); self.schedule(true); }
      });
    });
    document.querySelectorAll("a[data-lanes]").forEach(function (a) {
      a.addEventListener("click", function (e) { e.preventDefault(); self.setMode(a.getAttribute("data-lanes"), true); });
    });
    window.addEventListener("popstate", function () {
      var lanes = new URLSearchParams(window.location.search).get("lanes") === "country" ? "country" : "pair";
      self.setMode(lanes, false);
    });
    if (window.ResizeObserver) {
      var lastWidth = el.clientWidth;
      new ResizeObserver(function () { if (el.clientWidth !== lastWidth) { lastWidth = el.clientWidth; self.schedule(false); } }).observe(el);
    }
  };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-timeline]").forEach(function (el) {
      var tl = new Timeline(el);
      el.sidelinesTimeline = tl;
      tl.load();
    });
  });
})();
