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
