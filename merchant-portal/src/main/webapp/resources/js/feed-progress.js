// SPDX-License-Identifier: EUPL-1.2
// Follows a running import on the feed page: polls its progress once a second and fills the bar and
// the counts; reloads the page when it has ended so the history shows the outcome.
(function () {
    var box = document.getElementById('import-progress');
    if (!box || box.getAttribute('data-running') !== 'true') {
        return;
    }
    var bar = box.querySelector('progress');
    var text = box.querySelector('.import-progress-text');
    var url = box.getAttribute('data-url');
    function poll() {
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (r) { return r.json(); })
            .then(function (p) {
                bar.value = p.percent;
                bar.setAttribute('data-percent', p.percent);
                // while it runs, the page's own word for „running“; once it ends, the page reloads with the outcome
                text.textContent = p.percent + ' % · ' + p.linesDone + (p.linesTotal ? ' / ' + p.linesTotal : '') + ' · '
                    + box.getAttribute('data-running-label');
                if (p.status === 'RUNNING') {
                    setTimeout(poll, 1000);
                } else {
                    window.location.reload();
                }
            })
            .catch(function () { setTimeout(poll, 2000); });
    }
    poll();
})();

// A file larger than the server takes is refused here, before minutes of sending it; the server
// refuses it too (by its announced length, before reading), for browsers without this script.
(function () {
    var form = document.getElementById('upload');
    if (!form) {
        return;
    }
    var file = document.getElementById('upload-file');
    var tooLarge = document.getElementById('upload-too-large');
    form.addEventListener('submit', function (event) {
        var chosen = file.files && file.files[0];
        var large = !!chosen && chosen.size > Number(form.dataset.maxBytes);
        tooLarge.hidden = !large;
        file.setAttribute('aria-invalid', large ? 'true' : 'false');
        if (large) {
            event.preventDefault();
            file.focus();
        }
    });
})();
