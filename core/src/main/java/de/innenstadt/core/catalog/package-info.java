// SPDX-License-Identifier: EUPL-1.2
/** Products, identified by GS1-checked GTINs, and their categories. */
package de.innenstadt.core.catalog;
