// SPDX-License-Identifier: EUPL-1.2
// Loaded in the head without defer: marks the page as scripted before the first paint, so the map's
// space is reserved and nothing shifts later.
document.documentElement.classList.add('js');
