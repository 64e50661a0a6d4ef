// SPDX-License-Identifier: EUPL-1.2
// The print button of the reservation page: printing needs a script, and the page allows no inline one.
document.querySelectorAll('.print-button').forEach(function (button) {
    button.addEventListener('click', function () {
        window.print();
    });
});
