// SPDX-License-Identifier: EUPL-1.2
/** The merchant's shop profile, pickup settings, stores and opening hours. */
package de.innenstadt.portal.shop;
