// Draws the report's charts. Each figure.chart holds its ECharts option as
// JSON in data-option, written by go-echarts and escaped by html/template,
// and in data-points what each point is: its figure as stated, the id of
// its source and a note. Tooltips show those and link to the source;
// clicking a point goes to it. No text is ever inserted as markup.
"use strict";
(function () {
  var charts = [];
  function text(s) {
    var d = document.createElement("div");
    d.textContent = s == null ? "" : String(s);
    return d.innerHTML;
  }
  // axis labels: compact, for reading the scale only; figures are in the
  // tooltips and the table exactly as stated.
  function axisFormatter(unit) {
    return function (v) {
      var a = Math.abs(v), s;
      if (unit === "USD" || unit === "USD/share") {
        if (a >= 1e9) { s = (a / 1e9).toLocaleString("en-US", { maximumFractionDigits: 2 }) + "B"; }
        else if (a >= 1e6) { s = (a / 1e6).toLocaleString("en-US", { maximumFractionDigits: 2 }) + "M"; }
        else if (a >= 1e3) { s = (a / 1e3).toLocaleString("en-US", { maximumFractionDigits: 2 }) + "K"; }
        else { s = a.toLocaleString("en-US", { maximumFractionDigits: 2 }); }
        return (v < 0 ? "-$" : "$") + s;
      }
      if (unit === "percent") { return v + "%"; }
      return v.toLocaleString("en-US");
    };
  }
  document.querySelectorAll("figure.chart .plot").forEach(function (el) {
    var option = JSON.parse(el.getAttribute("data-option"));
    var points = JSON.parse(el.getAttribute("data-points") || "[]");
    function meta(p) {
      var s = points[p.seriesIndex];
      return (s && s[p.dataIndex]) || null;
    }
    option.animation = false;
    option.tooltip = Object.assign({}, option.tooltip || {}, {
      enterable: true,
      confine: true,
      formatter: function (params) {
        if (!Array.isArray(params)) { params = [params]; }
        var lines = [];
        params.forEach(function (p) {
          var m = meta(p);
          if (!m) { return; }
          var line = p.marker + text(p.seriesName) + ": <b>" + text(m.l) + "</b>";
          if (m.s) { line += ' <a href="#' + encodeURIComponent(m.s) + '">source</a>'; }
          if (m.n) { line += '<br><span class="tip-note">' + text(m.n) + "</span>"; }
          lines.push(line);
        });
        return (params.length ? "<b>" + text(params[0].name) + "</b><br>" : "") + lines.join("<br>");
      }
    });
    [].concat(option.yAxis || []).forEach(function (y) {
      y.axisLabel = Object.assign({}, y.axisLabel || {}, { formatter: axisFormatter(el.getAttribute("data-unit")) });
    });
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption(option);
    chart.on("click", function (p) {
      var m = meta(p);
      if (m && m.s) { location.hash = m.s; }
    });
    charts.push(chart);
  });
  // ECharts redraws on the next animation frame, and none comes while a
  // page is printed: resize for the paper and draw at once.
  function resize() {
    charts.forEach(function (c) { c.resize(); c.getZr().flush(); });
  }
  window.addEventListener("resize", resize);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  window.matchMedia("print").addEventListener("change", resize);
  document.documentElement.setAttribute("data-charts-drawn", String(charts.length));
})();
