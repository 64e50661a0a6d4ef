// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo data for Kaiserslautern's city centre (fictional shops at real addresses and a seeded product
 * generator), so that developers, tests and pitches see a believable marketplace without touching
 * any real merchant's data.
 */
package de.innenstadt.core.demo;
