// SPDX-License-Identifier: EUPL-1.2
/** Pedestrian counts in: laser-counter CSV downloads from a drop folder and a polled counter API. */
package de.innenstadt.routes.footfall;
