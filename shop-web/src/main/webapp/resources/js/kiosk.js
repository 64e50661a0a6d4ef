// SPDX-License-Identifier: EUPL-1.2
// A kiosk starts over after a while without input: it asks „Sind Sie noch da?“ first and waits the warning time
// (WCAG 2.2.1), then ends the visit (POST /visit/end), which forgets the bag and the last reservation's codes.
(function () {
    var body = document.body;
    var idle = parseInt(body.getAttribute('data-kiosk-idle'), 10);
    var warning = parseInt(body.getAttribute('data-kiosk-warning'), 10);
    var dialog = document.getElementById('kiosk-idle');
    var form = document.getElementById('kiosk-reset');
    if (!(idle > 0) || !(warning > 0) || !dialog || !form) {
        return;
    }
    var idleTimer;
    var resetTimer;

    function startOver() {
        form.submit();
    }

    function ask() {
        if (typeof dialog.showModal === 'function') {
            dialog.showModal();
        } else {
            dialog.setAttribute('open', 'open');
        }
        document.getElementById('kiosk-stay').focus();
        resetTimer = window.setTimeout(startOver, warning * 1000);
    }

    function stillHere() {
        if (resetTimer) {
            window.clearTimeout(resetTimer);
            resetTimer = null;
            if (dialog.open) {
                dialog.close();
            }
        }
        window.clearTimeout(idleTimer);
        idleTimer = window.setTimeout(ask, idle * 1000);
    }

    ['pointerdown', 'keydown', 'touchstart', 'scroll', 'input'].forEach(function (type) {
        document.addEventListener(type, function () {
            if (!resetTimer) {
                stillHere();
            }
        }, {passive: true, capture: true});
    });
    document.getElementById('kiosk-stay').addEventListener('click', stillHere);
    dialog.addEventListener('cancel', function (event) {
        event.preventDefault();
        stillHere();
    });
    stillHere();
}());
