/** Inline style of the HTML report: no web fonts, no external sheet (the page must work offline). */
export const CSS = `
:root{--err:#c62828;--warn:#9c5c00;--info:#1565c0;--bg:#fff;--fg:#1b1b1b;--muted:#666;--line:#ddd}
*{box-sizing:border-box}
body{font:14px/1.6 system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:1rem 1.5rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1rem 0 .3rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.2rem .6rem}td.n{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:bold}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.chart{margin:0}.chart figcaption{font-weight:bold}.chart text{font-size:12px;fill:var(--fg)}
rect.sev-error{fill:var(--err)}rect.sev-warning{fill:var(--warn)}rect.sev-info{fill:var(--info)}
.chart line{stroke:var(--muted)}.chart text.axis-title{font-weight:bold}.chart text.tick{fill:var(--muted)}
.legend{list-style:none;display:flex;gap:1rem;padding:0;margin:.2rem 0}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
.swatch.sev-error{background:var(--err)}.swatch.sev-warning{background:var(--warn)}.swatch.sev-info{background:var(--info)}
.empty{color:var(--muted)}
#filters{position:sticky;top:0;background:#f7f7f7;border:1px solid var(--line);padding:.5rem .8rem;z-index:1}
#filters fieldset{border:0;margin:0;padding:.2rem 0;display:flex;flex-wrap:wrap;gap:.2rem .8rem;align-items:center}
#filters legend{font-weight:bold;float:left;margin-right:.5rem}
.badge{display:inline-block;border-radius:3px;padding:0 .35rem;color:#fff;font-size:12px}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info{background:var(--info)}
.findings{list-style:none;padding:0}.finding{padding:.15rem 0;border-bottom:1px dotted var(--line)}.finding code{color:var(--muted)}
.forms{margin:.1rem 0 .1rem 2rem;color:var(--muted)}
.place{display:flex;gap:.6rem;padding:.1rem 0}.place .label{min-width:4.5rem;color:var(--muted);white-space:nowrap}.place:target{background:#fff8c4}
.place,.article{scroll-margin-top:11rem}
mark.hl{background:none;border-bottom:2px solid;padding:0 1px}mark.sev-error{border-color:var(--err);background:#fdecea}
mark.sev-warning{border-color:var(--warn);background:#fff4e0}mark.sev-info{border-color:var(--info);background:#e8f0fe}
mark.hl.off{background:none;border-bottom-color:transparent}
footer{color:var(--muted);margin:2rem 0 1rem;font-size:12px}
`;

/**
 * The filter: plain script, no library. Findings and highlights carry the index of their diagnostic;
 * the table of diagnostics (rule, severity, file) comes from the JSON block written by the formatter.
 */
export const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('ca-data').textContent);
  var form = document.getElementById('filters');
  function checked(name) {
    var on = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (i) { on[i.value] = i.checked; });
    return on;
  }
  function apply() {
    var sev = checked('severity');
    var rule = checked('rule');
    var visible = data.diagnostics.map(function (d) { return !!(sev[d[1]] && rule[d[0]]); });
    var shown = 0;
    var perFile = {};
    document.querySelectorAll('.finding').forEach(function (li) {
      var k = +li.getAttribute('data-diag');
      li.hidden = !visible[k];
      if (visible[k]) { shown++; perFile[data.diagnostics[k][2]] = (perFile[data.diagnostics[k][2]] || 0) + 1; }
    });
    document.querySelectorAll('mark[data-diags]').forEach(function (m) {
      var on = m.getAttribute('data-diags').split(' ').some(function (k) { return visible[+k]; });
      m.classList.toggle('off', !on);
    });
    document.querySelectorAll('[data-file-shown]').forEach(function (el) {
      el.textContent = String(perFile[+el.getAttribute('data-file-shown')] || 0);
    });
    document.querySelectorAll('[data-shown-total]').forEach(function (el) { el.textContent = String(shown); });
  }
  form.addEventListener('change', apply);
  form.querySelectorAll('button[data-rules]').forEach(function (b) {
    b.addEventListener('click', function (e) {
      e.preventDefault();
      var on = b.getAttribute('data-rules') === 'all';
      form.querySelectorAll('input[name="rule"]').forEach(function (i) { i.checked = on; });
      apply();
    });
  });
  apply();
})();
`;
