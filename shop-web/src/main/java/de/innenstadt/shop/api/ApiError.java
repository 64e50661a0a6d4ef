// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

/** The body of every error answer: a stable machine-readable code and a sentence for people. */
public record ApiError(String error, String message) {
}
