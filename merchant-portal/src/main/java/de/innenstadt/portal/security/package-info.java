// SPDX-License-Identifier: EUPL-1.2
/** Login, logout and the logged-in actor that every service call carries. */
package de.innenstadt.portal.security;
