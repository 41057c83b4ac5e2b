// Draws the charts of the indicator detail ([data-view-chart=progress]: the actual by month
// against the target and 序时进度) and of the district comparison ([data-view-chart=districts]:
// a bar per district coloured by its status, with its target and 序时进度 marked).
(function () {
  var STATUS = {
    met: "#3a9a4f", on_schedule: "#7cc48a", behind: "#e8a317", far_behind: "#d9534f",
    not_met: "#b00020", no_data: "#9e9e9e", no_baseline: "#9e9e9e",
  };
  // 2024M03 reads 3月 on a Chinese page
  function month(id) {
    var zh = document.documentElement.lang.indexOf("zh") === 0;
    return zh && /^\d{4}M\d{2}$/.test(id) ? parseInt(id.slice(5), 10) + "月" : id;
  }
  function empty(values) {
    return values.every(function (v) { return v === null; });
  }
  function progress(d) {
    var nothing = empty(d.actual) && empty(d.target);
    return {
      animation: false,
      title: nothing ? { text: d.labels.none, left: "center", top: "middle", textStyle: { color: "#888" } } : undefined,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { top: 40, left: 50, right: 20, bottom: 30 },
      xAxis: { type: "category", data: d.periods, axisLabel: { formatter: month } },
      // room around the figures, so that no point or line lies on the chart's edge
      yAxis: { type: "value", name: d.unit, scale: true, boundaryGap: ["15%", "10%"] },
      series: [
        { name: d.labels.actual, type: "line", data: d.actual, symbolSize: 8, lineStyle: { width: 3 } },
        { name: d.labels.target, type: "line", data: d.target, symbol: "none", lineStyle: { type: "dashed" } },
        { name: d.labels.expected, type: "line", data: d.expected, symbol: "none", lineStyle: { type: "dotted", width: 2 } },
      ],
    };
  }
  function districts(d) {
    var units = d.units;
    return {
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { top: 40, left: 50, right: 20, bottom: 30 },
      xAxis: { type: "category", data: units.map(function (u) {
        return u.actual === null ? u.name + "\n" + u.status_label : u.name;  // 无数据: no bar
      }) },
      yAxis: { type: "value", name: d.indicator.unit },
      series: [
        {
          name: d.labels.actual, type: "bar", barMaxWidth: 48,
          data: units.map(function (u) {
            return { value: u.actual, itemStyle: { color: STATUS[u.status] || "#5470c6" } };
          }),
          label: { show: true, position: "top", formatter: function (p) {
            return units[p.dataIndex].status_label;
          } },
        },
        { name: d.labels.target, type: "scatter", symbol: "rect", symbolSize: [40, 3],
          data: units.map(function (u) { return u.target; }), itemStyle: { color: "#1d4e89" } },
        { name: d.labels.expected, type: "scatter", symbol: "diamond", symbolSize: 12,
          data: units.map(function (u) { return u.expected; }), itemStyle: { color: "#c46200" } },
      ],
    };
  }
  function draw(root) {
    root.querySelectorAll("[data-view-chart]").forEach(function (el) {
      if (el.dataset.drawn || typeof echarts === "undefined") return;
      var data = JSON.parse(el.dataset.values);
      var option = el.dataset.viewChart === "progress" ? progress(data) : districts(data);
      echarts.init(el).setOption(option);
      el.dataset.drawn = "1";
    });
  }
  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:load", function (e) { draw(e.target); });
})();
