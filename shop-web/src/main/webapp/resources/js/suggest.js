// SPDX-License-Identifier: EUPL-1.2
// Completions for the search box: fills the input's <datalist> from /api/v1/suggest as the shopper
// types, so the browser shows them natively (keyboard and screen readers included). Without
// JavaScript the box is a plain search field and nothing is missing.
(function () {
    'use strict';
    var box = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    if (!box || !list || !window.fetch) {
        return;
    }
    var base = box.form.getAttribute('data-suggest');
    var timer = null;
    var last = '';
    box.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var text = box.value.trim();
            if (text.length < 2 || text === last) {
                return;
            }
            last = text;
            fetch(base + '?q=' + encodeURIComponent(text), { headers: { 'Accept': 'application/json' } })
                .then(function (answer) { return answer.ok ? answer.json() : { suggestions: [] }; })
                .then(function (answer) {
                    if (box.value.trim() !== text) {
                        return;
                    }
                    list.textContent = '';
                    answer.suggestions.forEach(function (suggestion) {
                        var option = document.createElement('option');
                        option.value = suggestion;
                        list.appendChild(option);
                    });
                })
                .catch(function () { list.textContent = ''; });
        }, 150);
    });
}());
