// SPDX-License-Identifier: EUPL-1.2
/**
 * Starts MariaDB, Elasticsearch and Payara Micro as local child processes so the platform runs on a bare JDK.
 */
package de.innenstadt.launcher;
