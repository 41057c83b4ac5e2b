// Draws every [data-chart] element with ECharts; htmx:load re-runs it on swapped content.
(function () {
  function draw(root) {
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.drawn || typeof echarts === "undefined") return;
      var data = JSON.parse(el.dataset.values);
      var chart = echarts.init(el);
      if (el.dataset.chart === "pie") {
        chart.setOption({ tooltip: {}, series: [{ type: "pie", radius: ["35%", "70%"], data: data }] });
      } else {
        chart.setOption({
          tooltip: { trigger: "axis" },
          xAxis: { type: "category", data: data.periods },
          yAxis: { type: "value" },
          series: [{ type: "line", data: data.values, smooth: true }],
        });
      }
      el.dataset.drawn = "1";
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:load", function (e) { draw(e.target); });
})();
