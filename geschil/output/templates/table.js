// The rulings table: type to filter, click a heading to sort. Inline, nothing fetched.
(function () {
  var table = document.getElementById("rulings");
  if (!table) return;
  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  var search = document.getElementById("search"), count = document.getElementById("count");
  function show() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var hit = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !hit; shown += hit ? 1 : 0;
    });
    count.textContent = count.dataset.template.replace("{shown}", shown).replace("{total}", rows.length);
  }
  search.addEventListener("input", show);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.sort || a.cells[col].textContent.trim();
        var y = b.cells[col].dataset.sort || b.cells[col].textContent.trim();
        var c = x.localeCompare(y, "nl", {numeric: true});
        return up ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  show();
})();
