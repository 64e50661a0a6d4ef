// SPDX-License-Identifier: EUPL-1.2
/** Portal accounts, their roles and password hashing. */
package de.innenstadt.core.account;
