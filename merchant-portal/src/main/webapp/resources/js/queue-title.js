/* SPDX-License-Identifier: EUPL-1.2 */
/* After each refresh of the queue: the window title starts with the number of reservations waiting
   to be confirmed („(2) Reservierungen“), so a tab in the background shows it. */
function innenstadtQueueTitle() {
    'use strict';
    var badge = document.getElementById('queue-badge');
    var count = badge ? Number(badge.getAttribute('data-count')) : 0;
    var title = document.title.replace(/^\(\d+\) /, '');
    document.title = count > 0 ? '(' + count + ') ' + title : title;
}

/* The keyboard focus through a refresh that redrew the list. Faces numbers the rows anew and puts the focus
   back on the button with the same row number, which may now belong to another reservation: Enter would then
   confirm the customer who just came in instead of the one at the counter. So the focus goes back to the same
   button of the reservation it was on, or to the list when that reservation is no longer shown. */
var innenstadtQueueFocus = null;

function innenstadtQueueBeforeRefresh() {
    'use strict';
    var focused = document.activeElement;
    innenstadtQueueFocus = focused && focused.dataset && focused.dataset.reservation
        ? { reservation: focused.dataset.reservation, action: focused.dataset.action } : null;
}

function innenstadtQueueAfterRefresh() {
    'use strict';
    innenstadtQueueTitle();
    var kept = innenstadtQueueFocus;
    var focused = document.activeElement;
    if (!kept || (focused && focused.dataset && focused.dataset.reservation === kept.reservation)) {
        return;
    }
    var target = document.querySelector('[data-reservation="' + kept.reservation + '"][data-action="' + kept.action + '"]')
        || document.querySelector('#queue .table-scroll');
    if (target) {
        target.focus();
    }
}
