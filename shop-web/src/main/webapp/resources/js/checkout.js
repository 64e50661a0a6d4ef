// SPDX-License-Identifier: EUPL-1.2
// A refused checkout starts with the list of what to correct: focus it, so a screen reader reads it at once
// and the keyboard continues from there (each entry links to its field).
const summary = document.getElementById('error-summary');
if (summary) {
    summary.focus();
}
